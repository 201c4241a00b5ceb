// Runtime benchmark 1: classify every code of an array with a class guard, counting the hits, against the same
// range check written inline (`c >= 400 && c <= 499`). Idioms: typed-http-status's six guards (README "Usage");
// http-status's class lookup `status[`${code}_CLASS`] === status.classes.CLIENT_ERROR` (its README, "HTTP Status
// code classes"); http-status-codes, statuses and Hono have no class guard, so their users write the inline check.
// Every task is its own function literal, so that V8 keeps a separate type feedback (no shared, megamorphic call
// site), and each adds its count to `sink`, so no loop can be optimised away.

/**
 * @param {typeof import('../../../src/index.ts')} typed typed-http-status's module namespace, loaded through its exports map.
 * @param {typeof import('http-status').default} httpStatus http-status's default export.
 * @param {readonly number[]} codes the codes to classify.
 * @param {{value: number}} sink where every count goes.
 * @returns {{name: string, inline: string, run: () => void}[]} the tasks; `inline` names the inline task each is compared with.
 */
export function classifyTasks(typed, httpStatus, codes, sink) {
	const {isInformational, isSuccess, isRedirect, isClientError, isServerError, isError} = typed;
	// http-status's `${code}_CLASS` keys exist for the codes it names; for the others the lookup is undefined.
	const classOf = /** @type {Readonly<Record<string, unknown>>} */ (/** @type {unknown} */ (httpStatus));
	const {length} = codes;
	return [
		{
			name: 'inline 100–199',
			inline: 'inline 100–199',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					const code = codes[index];
					if (code >= 100 && code <= 199) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'isInformational',
			inline: 'inline 100–199',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					if (isInformational(codes[index])) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'inline 200–299',
			inline: 'inline 200–299',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					const code = codes[index];
					if (code >= 200 && code <= 299) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'isSuccess',
			inline: 'inline 200–299',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					if (isSuccess(codes[index])) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'inline 300–399',
			inline: 'inline 300–399',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					const code = codes[index];
					if (code >= 300 && code <= 399) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'isRedirect',
			inline: 'inline 300–399',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					if (isRedirect(codes[index])) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'inline 400–499',
			inline: 'inline 400–499',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					const code = codes[index];
					if (code >= 400 && code <= 499) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'isClientError',
			inline: 'inline 400–499',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					if (isClientError(codes[index])) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'http-status `${code}_CLASS`',
			inline: 'inline 400–499',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					if (classOf[`${codes[index]}_CLASS`] === httpStatus.classes.CLIENT_ERROR) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'inline 500–599',
			inline: 'inline 500–599',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					const code = codes[index];
					if (code >= 500 && code <= 599) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'isServerError',
			inline: 'inline 500–599',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					if (isServerError(codes[index])) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'inline 400–599',
			inline: 'inline 400–599',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					const code = codes[index];
					if (code >= 400 && code <= 599) hits++;
				}
				sink.value += hits;
			},
		},
		{
			name: 'isError',
			inline: 'inline 400–599',
			run() {
				let hits = 0;
				for (let index = 0; index < length; index++) {
					if (isError(codes[index])) hits++;
				}
				sink.value += hits;
			},
		},
	];
}
