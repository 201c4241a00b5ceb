import {describeValue} from './describe-value.ts';

/**
 * Mark the end of an exhaustive `switch`: it compiles only when every case is handled (`value` is `never`),
 * and throws at run time if a value slips through anyway (from JavaScript, or an unchecked cast).
 *
 * @throws {TypeError} always, naming the unhandled value.
 *
 * @example
 * ```ts
 * import {assertNever, type Status3xx} from 'typed-http-status';
 * function follows(status: Status3xx): boolean {
 * 	switch (status) {
 * 		case 301: case 302: case 303: case 307: case 308: return true;
 * 		case 300: case 304: case 305: case 306: return false;
 * 		default: return assertNever(status); // a missing case is a compile error here
 * 	}
 * }
 * ```
 */
export function assertNever(value: never): never {
	throw new TypeError(`Unhandled value in an exhaustive check: ${describeValue(value)}`);
}
