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

/** The idioms of this package's form, each of which can be written the bare way instead to see what it costs
 * (`isSuccess` with the exhaustive `switch` it guards, closed by `assertNever`). */
export const IDIOMS = /** @type {const} */ (['isClientError', 'isSuccess', 'isError', 'hasStatus', 'problem', 'text', 'json']);
/** @typedef {(typeof IDIOMS)[number]} Idiom */

/**
 * @param {'bare' | 'http-status-codes' | 'typed-http-status'} form which idioms.
 * @param {number} file the file's index.
 * @param {ReadonlySet<Idiom>} bare the idioms of this package's form written the bare way (with its constants).
 * @param {number} count handlers in the file: HANDLERS_PER_FILE, or fewer for the file alone.
 * @returns {string} one file of `count` handlers.
 */
function handlerFile(form, file, bare, count) {
	const handlers = [];
	for (let slot = 0; slot < count; slot++) {
		const index = file * HANDLERS_PER_FILE + slot;
		const [good, bad] = PAIRS[index % PAIRS.length] ?? PAIRS[0];
		const name = (/** @type {Code} */ code) =>
			form === 'bare' ? String(code) : form === 'http-status-codes' ? `StatusCodes.${CODES[code].theirs}` : CODES[code].ours;
		const reply = `{status: ${good}; note: string} | {status: ${bad}; error: string}`;
		const respond = (/** @type {string} */ body, /** @type {string} */ status) => `new Response(${body}, {status: ${status}})`;
		// Each idiom, in this package's form unless it is written the bare way.
		const ours = (/** @type {Idiom} */ idiom) => form === 'typed-http-status' && !bare.has(idiom);
		const sendProblem = ours('problem')
			? `problem(${name(404)}, {detail: String(input)})`
			: respond(`JSON.stringify({type: 'about:blank', status: ${name(404)}, detail: String(input)})`, name(404));
		const sendText = ours('text') ? "text('failed', status)" : respond("'failed'", 'status');
		const sendJson = (/** @type {string} */ body, /** @type {string} */ status) =>
			ours('json') ? `json(${body}, ${status})` : respond(`JSON.stringify(${body})`, status);
		const lines = [
			`export function handler${index}(input: number, reply: ${reply}) {`,
			`\tconst status = input > ${index} ? ${name(good)} : ${name(bad)};`,
			`\tif (${ours('isClientError') ? 'isClientError(input)' : 'input >= 400 && input <= 499'}) return ${sendProblem};`,
			ours('isSuccess')
				? `\tif (isSuccess(status)) {\n\t\tswitch (status) {\n\t\t\tcase ${name(good)}: break;\n\t\t\tdefault: return assertNever(status);\n\t\t}\n\t}`
				: `\tif (status >= 200 && status <= 299) {\n\t\tswitch (status) {\n\t\t\tcase ${name(good)}: break;\n\t\t\tdefault: throw new TypeError(String(status));\n\t\t}\n\t}`,
			`\tif (${ours('isError') ? 'isError(status)' : 'status >= 400 && status <= 599'}) return ${sendText};`,
			`\tif (${ours('hasStatus') ? `hasStatus(reply, ${name(bad)})` : `reply.status === ${name(bad)}`}) return ${sendJson('{error: reply.error}', name(409))};`,
			`\treturn ${sendJson('{note: reply.note}', name(201))};`,
			'}',
		];
		handlers.push(lines.join('\n'));
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
 * @param {Iterable<Idiom>} [bare] in this package's form, the idioms to write the bare way instead.
 * @returns {Record<string, string>} 30 files.
 */
export function atScaleProgram(form, bare = []) {
	const written = new Set(bare);
	return Object.fromEntries(
		Array.from({length: FILES}, (_, file) => [`handlers${String(file).padStart(2, '0')}.ts`, handlerFile(form, file, written, HANDLERS_PER_FILE)]),
	);
}

/**
 * The program's first file in one form, with its first `handlers` handlers only: the file the editor section edits
 * (all ten), or its first handler alone, which the editor section checks to tell the first use of each idiom from
 * the cost of each further call.
 *
 * @param {'bare' | 'http-status-codes' | 'typed-http-status'} form which idioms.
 * @param {Iterable<Idiom>} [bare] in this package's form, the idioms to write the bare way instead.
 * @param {number} [handlers] how many handlers, from 1 to HANDLERS_PER_FILE.
 * @returns {string} the file's source.
 */
export function firstFile(form, bare = [], handlers = HANDLERS_PER_FILE) {
	if (!Number.isInteger(handlers) || handlers < 1 || handlers > HANDLERS_PER_FILE) {
		throw new RangeError(`firstFile: expected from 1 to ${HANDLERS_PER_FILE} handlers, received ${handlers}`);
	}
	return handlerFile(form, 0, new Set(bare), handlers);
}
