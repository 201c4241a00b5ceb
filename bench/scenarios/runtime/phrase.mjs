// Runtime benchmark 2: look up the reason phrase of every code of an array (registered codes only), adding up
// the phrases' lengths, against a plain object literal `{100: 'Continue', …}` indexed by the code. Idioms:
// typed-http-status `reasonPhrase(code)` and its table `REASON_PHRASES[code]`; http-status-codes `getReasonPhrase(code)`; statuses
// `status.message[code]`; http-status `status[code]` (each package's README). Hono has no phrases.
// Each task is its own function literal (separate type feedback) and feeds `sink`.

/**
 * @param {object} packages the loaded packages: `typed` (typed-http-status's namespace), `httpStatusCodes`,
 *   `statuses` (the function) and `httpStatus` (http-status's default export).
 * @param {Record<number, string>} plain the phrase of every registered code, as a plain object literal.
 * @param {readonly number[]} codes registered codes to look up.
 * @param {{value: number}} sink where every total goes.
 * @returns {{name: string, inline: string, run: () => void}[]} the tasks, each compared with the plain object.
 */
export function phraseTasks({typed, httpStatusCodes, statuses, httpStatus}, plain, codes, sink) {
	const {reasonPhrase, REASON_PHRASES} = typed;
	const {getReasonPhrase} = httpStatusCodes;
	const {message} = statuses;
	const {length} = codes;
	const base = 'plain object';
	return [
		{name: base, inline: base, run() { let total = 0; for (let index = 0; index < length; index++) { total += plain[codes[index]].length; } sink.value += total; }},
		{name: 'reasonPhrase', inline: base, run() { let total = 0; for (let index = 0; index < length; index++) { total += reasonPhrase(codes[index]).length; } sink.value += total; }},
		{name: 'REASON_PHRASES[c] (the frozen table)', inline: base, run() { let total = 0; for (let index = 0; index < length; index++) { total += REASON_PHRASES[codes[index]].length; } sink.value += total; }},
		{name: 'statuses.message[c]', inline: base, run() { let total = 0; for (let index = 0; index < length; index++) { total += message[codes[index]].length; } sink.value += total; }},
		{name: 'http-status status[c]', inline: base, run() { let total = 0; for (let index = 0; index < length; index++) { total += httpStatus[codes[index]].length; } sink.value += total; }},
		{name: 'http-status-codes getReasonPhrase', inline: base, run() { let total = 0; for (let index = 0; index < length; index++) { total += getReasonPhrase(codes[index]).length; } sink.value += total; }},
	];
}
