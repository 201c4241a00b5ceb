// A CommonJS consumer, type-checked as JavaScript (`checkJs`): its `require` must resolve to dist/index.d.cts,
// with the same literal types and narrowing as the ESM typings. Checked under node16 and nodenext.
'use strict';
const status = require('typed-http-status');

/**
 * @template A, B
 * @typedef {(<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false} Equal
 */

/** @type {Equal<typeof status.HTTP_404_NOT_FOUND, 404>} */
const constantIsLiteral = true;

const phrase = status.reasonPhrase(451);
/** @type {Equal<typeof phrase, 'Unavailable For Legal Reasons'>} */
const phraseIsLiteral = true;

/** @param {import('typed-http-status').StatusCode} known */
function narrow(known) {
	if (status.isClientError(known)) {
		/** @type {Equal<typeof known, import('typed-http-status').Status4xx>} */
		const narrowed = true;
		return narrowed;
	}
	/** @type {Equal<typeof known, Exclude<import('typed-http-status').StatusCode, import('typed-http-status').Status4xx>>} */
	const rest = true;
	return rest;
}

module.exports = {constantIsLiteral, phraseIsLiteral, narrow};
