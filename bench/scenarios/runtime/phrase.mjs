// Runtime benchmark 2: look up the reason phrase of every code of an array (registered codes only), adding up
// the phrases' lengths, against a plain object literal `{100: 'Continue', …}` indexed by the code. Idioms:
// typed-http-status `reasonPhrase(code)` and its table `REASON_PHRASES[code]`; http-status-codes `getReasonPhrase(code)`; statuses
// `status.message[code]`; http-status `status[code]` (each package's README). Hono has no phrases.
// Each task is its own function literal (separate type feedback) and feeds `sink`.

/**
 * @param {{typed: typeof import('../../../src/index.ts'), httpStatusCodes: typeof import('http-status-codes'), statuses: typeof import('statuses'), httpStatus: typeof import('http-status').default}} packages
 *   the loaded packages: `typed` (typed-http-status's namespace), `httpStatusCodes`, `statuses` (the function) and
 *   `httpStatus` (http-status's default export).
 * @param {Record<number, string>} plain the phrase of every registered code, as a plain object literal.
 * @param {ReadonlyArray<import('../../../src/index.ts').StatusCode>} codes registered codes to look up, each named by every package.
 * @param {{value: number}} sink where every total goes.
 * @returns {{name: string, inline: string, run: () => void}[]} the tasks, each compared with the plain object.
 */
export function phraseTasks({typed, httpStatusCodes, statuses, httpStatus}, plain, codes, sink) {
	const {reasonPhrase, REASON_PHRASES} = typed;
	const {getReasonPhrase} = httpStatusCodes;
	// Every code here is one each package names (runtimeSection picks them), so each lookup is a string.
	const message = /** @type {Readonly<Record<number, string>>} */ (statuses.message);
	const byCode = /** @type {Readonly<Record<number, string>>} */ (/** @type {unknown} */ (httpStatus));
	const {length} = codes;
	const base = 'plain object';
	return [
		{
			name: base,
			inline: base,
			run() {
				let total = 0;
				for (let index = 0; index < length; index++) {
					total += plain[codes[index]].length;
				}
				sink.value += total;
			},
		},
		{
			name: 'reasonPhrase',
			inline: base,
			run() {
				let total = 0;
				for (let index = 0; index < length; index++) {
					total += reasonPhrase(codes[index]).length;
				}
				sink.value += total;
			},
		},
		{
			name: 'REASON_PHRASES[c] (the frozen table)',
			inline: base,
			run() {
				let total = 0;
				for (let index = 0; index < length; index++) {
					total += REASON_PHRASES[codes[index]].length;
				}
				sink.value += total;
			},
		},
		{
			name: 'statuses.message[c]',
			inline: base,
			run() {
				let total = 0;
				for (let index = 0; index < length; index++) {
					total += message[codes[index]].length;
				}
				sink.value += total;
			},
		},
		{
			name: 'http-status status[c]',
			inline: base,
			run() {
				let total = 0;
				for (let index = 0; index < length; index++) {
					total += byCode[codes[index]].length;
				}
				sink.value += total;
			},
		},
		{
			name: 'http-status-codes getReasonPhrase',
			inline: base,
			run() {
				let total = 0;
				for (let index = 0; index < length; index++) {
					total += getReasonPhrase(codes[index]).length;
				}
				sink.value += total;
			},
		},
	];
}
