// @ts-check
// The program at scale: 300 handlers in 30 files, written three ways — bare numbers, http-status-codes, and this
// package — so that only the idioms differ. Each handler picks a status from two named codes (a union), narrows a
// `number` and the union by class, closes a `switch` over the union, narrows a response union by its status, and
// sends a response: with this package through its constants, guards, `assertNever`, `hasStatus` and the builders
// of `typed-http-status/response`; the other two with inline range checks, `===` and `new Response`.

/** Files in each program, and handlers in each file. */
export const FILES = 30;
export const HANDLERS_PER_FILE = 10;

/** The codes the handlers use, with the name each form gives them. */
const CODES = {
	200: {ours: 'HTTP_200_OK', theirs: 'OK'},
	201: {ours: 'HTTP_201_CREATED', theirs: 'CREATED'},
	204: {ours: 'HTTP_204_NO_CONTENT', theirs: 'NO_CONTENT'},
	404: {ours: 'HTTP_404_NOT_FOUND', theirs: 'NOT_FOUND'},
	409: {ours: 'HTTP_409_CONFLICT', theirs: 'CONFLICT'},
	503: {ours: 'HTTP_503_SERVICE_UNAVAILABLE', theirs: 'SERVICE_UNAVAILABLE'},
};
/** @typedef {keyof typeof CODES} Code */
/** The pair of codes handler `index` chooses between: a success and an error. */
const PAIRS = /** @type {const} */ ([
	[200, 404],
	[201, 409],
	[200, 503],
]);

/**
 * @param {'bare' | 'http-status-codes' | 'typed-http-status'} form which idioms.
 * @param {number} file the file's index.
 * @returns {string} one file of ten handlers.
 */
function handlerFile(form, file) {
	const handlers = [];
	for (let slot = 0; slot < HANDLERS_PER_FILE; slot++) {
		const index = file * HANDLERS_PER_FILE + slot;
		const [good, bad] = PAIRS[index % PAIRS.length] ?? PAIRS[0];
		const name = (/** @type {Code} */ code) =>
			form === 'bare' ? String(code) : form === 'http-status-codes' ? `StatusCodes.${CODES[code].theirs}` : CODES[code].ours;
		const reply = `{status: ${good}; note: string} | {status: ${bad}; error: string}`;
		if (form === 'typed-http-status') {
			handlers.push(`export function handler${index}(input: number, reply: ${reply}) {
	const status = input > ${index} ? ${name(good)} : ${name(bad)};
	if (isClientError(input)) return problem(${name(404)}, {detail: String(input)});
	if (isSuccess(status)) {
		switch (status) {
			case ${name(good)}: break;
			default: return assertNever(status);
		}
	}
	if (isError(status)) return text('failed', status);
	if (hasStatus(reply, ${name(bad)})) return json({error: reply.error}, ${name(409)});
	return json({note: reply.note}, ${name(201)});
}`);
		} else {
			const respond = (/** @type {string} */ body, /** @type {string} */ status) => `new Response(${body}, {status: ${status}})`;
			handlers.push(`export function handler${index}(input: number, reply: ${reply}) {
	const status = input > ${index} ? ${name(good)} : ${name(bad)};
	if (input >= 400 && input <= 499) return ${respond(`JSON.stringify({type: 'about:blank', status: ${name(404)}, detail: String(input)})`, name(404))};
	if (status >= 200 && status <= 299) {
		switch (status) {
			case ${name(good)}: break;
			default: throw new TypeError(String(status));
		}
	}
	if (status >= 400 && status <= 599) return ${respond("'failed'", 'status')};
	if (reply.status === ${name(bad)}) return ${respond('JSON.stringify({error: reply.error})', name(409))};
	return ${respond('JSON.stringify({note: reply.note})', name(201))};
}`);
		}
	}
	const imports =
		form === 'typed-http-status'
			? `import {${[...new Set(Object.values(CODES).map(code => code.ours))].join(', ')}, assertNever, isClientError, isError, isSuccess} from 'typed-http-status';
import {hasStatus, json, problem, text} from 'typed-http-status/response';
`
			: form === 'http-status-codes'
				? "import {StatusCodes} from 'http-status-codes';\n"
				: '';
	const used =
		form === 'typed-http-status'
			? `void [${Object.values(CODES)
					.map(code => code.ours)
					.join(', ')}];\n`
			: '';
	return `${imports}${used}\n${handlers.join('\n\n')}\n`;
}

/**
 * The program in one form: file name to source.
 *
 * @param {'bare' | 'http-status-codes' | 'typed-http-status'} form which idioms.
 * @returns {Record<string, string>} 30 files.
 */
export function atScaleProgram(form) {
	return Object.fromEntries(Array.from({length: FILES}, (_, file) => [`handlers${String(file).padStart(2, '0')}.ts`, handlerFile(form, file)]));
}
