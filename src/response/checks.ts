// The run-time checks of the builders, for callers the compiler did not check (JavaScript, `any`, a cast): each names
// the builder and the bad value, and throws before `Response` would, with the same error type `Response` throws.
import {quoteText} from '../escape-text.ts';
import {isFinalStatus, isNullBodyStatus} from '../index.ts';
import type {HeadersInput} from './typed-response.ts';

/**
 * A short rendering of a value that is not what a builder expected; a string is quoted, cut and escaped by the
 * library's one rule for text that reaches a terminal or a log (src/escape-text.ts).
 */
export function show(value: unknown): string {
	if (typeof value === 'number') {
		return Object.is(value, -0) ? '-0' : String(value);
	}
	if (typeof value === 'string') {
		return quoteText(value);
	}
	return value === null ? 'null' : typeof value === 'object' ? 'an object' : typeof value;
}

/** The status, if it is a final status (200–599): a `TypeError` for a non-number, a `RangeError` for any other number. */
export function finalStatus(builder: string, status: unknown): number {
	if (typeof status !== 'number') {
		throw new TypeError(`${builder}: expected a status code, a number; received ${show(status)}`);
	}
	if (!isFinalStatus(status)) {
		throw new RangeError(`${builder}: expected a final status, an integer from 200 to 599; received ${show(status)}`);
	}
	return status;
}

/** The status, if a response with it may carry a body: also a `TypeError` for a null body status (204, 205, 304). */
export function contentfulStatus(builder: string, status: unknown): number {
	const final = finalStatus(builder, status);
	if (isNullBodyStatus(final)) {
		throw new TypeError(`${builder}: status ${final} is a null body status; a response with it cannot have a body`);
	}
	return final;
}

/** The response's headers: the caller's, with `type` as the content type unless they set one. */
export function withContentType(headers: HeadersInput, type: string): Headers {
	const merged = new Headers(headers);
	if (!merged.has('content-type')) {
		merged.set('content-type', type);
	}
	return merged;
}
