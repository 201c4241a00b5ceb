import type * as constants from './generated/constants.ts';
import {PHRASES_FROM_100} from './generated/reason-phrases.ts';
import {inRange} from './status-range.ts';
import type {StatusCodeIn, Uninferred} from './narrowing.ts';
import type {STATUS_CODES} from './generated/status-codes.ts';

/**
 * Every status code this package names, as a union of number literals (RFC 9110 §15 and the IANA registry,
 * plus Django REST framework's 509).
 *
 * @example
 * ```ts
 * import type {StatusCode} from 'typed-http-status';
 * const created: StatusCode = 201;
 * // const bad: StatusCode = 299; // does not compile: 299 is not a named code
 * ```
 */
// The trailing `| never` changes nothing in the union, but makes it a type of its own that keeps this alias's name:
// `(typeof STATUS_CODES)[number]` alone prints as 65 literals in every message and in a consumer's declarations.
export type StatusCode = (typeof STATUS_CODES)[number] | never;

/**
 * The name of every exported constant, such as `'HTTP_404_NOT_FOUND'`, deprecated aliases included.
 *
 * @example
 * ```ts
 * import type {StatusName} from 'typed-http-status';
 * const name: StatusName = 'HTTP_418_IM_A_TEAPOT';
 * ```
 */
export type StatusName = keyof typeof constants;

/**
 * True when `value` is a number this package names (registry membership); never throws, never coerces.
 * An unregistered but valid code such as 299 gives `false`: use {@link isHttpStatus} for "any 100–599".
 *
 * @example
 * ```ts
 * import {isStatusCode} from 'typed-http-status';
 * isStatusCode(404);
 * //=> true
 * isStatusCode(299);
 * //=> false
 * isStatusCode('404');
 * //=> false
 * ```
 */
export function isStatusCode<Value>(value: Value | Uninferred<Value, StatusCode>): value is StatusCodeIn<Value> {
	return inRange(value, 100, 99 + PHRASES_FROM_100.length) && PHRASES_FROM_100[value - 100] !== 0;
}
