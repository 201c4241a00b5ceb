// @ts-check
// The shape every consumer program shares, so that only the idioms differ: 50 handlers, each returning one of
// three statuses picked from CODES by its index, and 50 responders that call their handler, narrow the status by
// class, look up a phrase, and send 5xx codes through one `switch` that decides whether to retry.

/** Codes every package names, used by the handlers. */
export const CODES = /** @type {const} */ ([200, 201, 204, 301, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503]);

/** How many handlers each program has. */
export const HANDLERS = 50;

/** @typedef {(typeof CODES)[number]} Code */

/**
 * The three codes handler `index` may return.
 *
 * @param {number} index the handler's index.
 * @returns {[Code, Code, Code]} three codes.
 */
export function codesOf(index) {
	/** @param {number} offset */
	const at = offset => /** @type {Code} */ (CODES[(index + offset) % CODES.length]);
	return [at(0), at(5), at(10)];
}

/**
 * Repeat `render` for every handler index and join the results.
 *
 * @param {(index: number, codes: [Code, Code, Code]) => string} render one handler and its responder.
 * @returns {string} all of them.
 */
export function eachHandler(render) {
	return Array.from({length: HANDLERS}, (_, index) => render(index, codesOf(index))).join('\n');
}
