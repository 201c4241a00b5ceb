import {describeValue} from './describe-value.ts';
import type {StatusCode} from './status-code.ts';

declare const unregisteredStatus: unique symbol;

/**
 * A valid status code that this package does not name, such as 299 or 599. A branded `number`: only
 * {@link isHttpStatus} and {@link parseStatus} produce it, so a plain `number` is never assignable to it.
 */
export type UnregisteredStatus = number & {readonly [unregisteredStatus]: 'UnregisteredStatus'};

/**
 * Any valid HTTP status: an integer from 100 to 599 (RFC 9110 §15), registered or not. Named codes keep
 * their literal types; the rest are {@link UnregisteredStatus}. Only validation produces one.
 *
 * @example
 * ```ts
 * import {parseStatus, type HttpStatus} from 'typed-http-status';
 * const status: HttpStatus = parseStatus('404');
 * // const bad: HttpStatus = 404 as number; // does not compile
 * ```
 */
export type HttpStatus = StatusCode | UnregisteredStatus;

/**
 * True for any integer from 100 to 599, registered or not (RFC 9110 §15); never throws, never coerces.
 *
 * @example
 * ```ts
 * import {isHttpStatus} from 'typed-http-status';
 * isHttpStatus(299);
 * //=> true
 * isHttpStatus(600);
 * //=> false
 * isHttpStatus('200');
 * //=> false
 * ```
 */
export function isHttpStatus(value: unknown): value is HttpStatus {
	return typeof value === 'number' && value >= 100 && value <= 599 && value % 1 === 0;
}

/**
 * Validate untrusted input as an HTTP status: an integer from 100 to 599, or a string of exactly three ASCII
 * digits (`'404'`; not `' 404'`, `'4e2'` or `'0404'`).
 *
 * @throws {TypeError} when `value` is neither a number nor a string.
 * @throws {RangeError} when it is one, but not a status from 100 to 599.
 * Both messages show what was received, cut short and without running any of its code.
 *
 * @example
 * ```ts
 * import {parseStatus} from 'typed-http-status';
 * parseStatus('404');
 * //=> 404
 * parseStatus(599);
 * //=> 599
 * parseStatus(99);
 * //=> throws RangeError: Expected an HTTP status code, an integer from 100 to 599; received 99
 * ```
 */
export function parseStatus(value: unknown): HttpStatus {
	let code: unknown = value;
	if (typeof value === 'string') {
		// A string is read as a number only when it is that number's own decimal form ('404', not '4e2', ' 404',
		// '0404' or '404.0'), and isHttpStatus then keeps the integers from 100 to 599: together, exactly three ASCII
		// digits. Unary plus and a template literal are operators, not built-ins a later change could replace.
		const number = +value;
		code = `${number}` === value ? number : undefined;
	} else if (typeof value !== 'number') {
		throw new TypeError(`Expected an HTTP status code as a number or a three-digit string; received ${describeValue(value)}`);
	}
	if (!isHttpStatus(code)) {
		throw new RangeError(`Expected an HTTP status code, an integer from 100 to 599${typeof value === 'string' ? ' or three digits' : ''}; received ${describeValue(value)}`);
	}
	return code;
}
