import {isHttpStatus, type HttpStatus, type StatusClass} from 'typed-http-status';
import {STATUS_CLASS_TITLES} from 'typed-http-status/registry';
import {capture, hasOwn, isArray} from '../../../src/built-ins.ts';
import {describeValue} from './escape.ts';

// The classes' names, written once when the module loads, for the message of a string that is not one.
const CLASSES = /* @__PURE__ */ capture(() => Object.keys(STATUS_CLASS_TITLES).join(', '));

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type StatusDigits = `${'1' | '2' | '3' | '4' | '5'}${Digit}${Digit}`;

// A number literal from 100 to 599 (registered or not), or a validated HttpStatus; a plain `number`, a fraction or
// a literal outside the range maps to HttpStatus, so that the compiler's message names what was expected. An empty
// list (`readonly []`, or `never[]` as TypeScript 5.0 infers it from `[]`) has no element type, and maps to a
// non-empty tuple.
type CheckedCode<Code> = Code extends HttpStatus ? Code : Code extends number ? (`${Code}` extends StatusDigits ? Code : HttpStatus) : HttpStatus;

/**
 * What `toHaveStatus` accepts, checked at compile time: a status class (`'4xx'`), a status code (a named constant,
 * a validated `HttpStatus`, or a number literal from 100 to 599), or a non-empty list of codes. Anything else maps
 * to the type it should have been, so the compiler's message says what was expected; a plain `number` does not
 * compile (pass a literal, a constant, or the result of `parseStatus`).
 *
 * @example
 * ```ts
 * import type {StatusExpectation} from 'typed-http-status-matchers';
 * type Ok = StatusExpectation<'4xx'>;
 * //=> '4xx'
 * type Typo = StatusExpectation<'4XX'>; // StatusClass: the message names the classes
 * //=> '1xx' | '2xx' | '3xx' | '4xx' | '5xx'
 * ```
 */
export type StatusExpectation<Expected> = Expected extends string
	? Expected extends StatusClass
		? Expected
		: StatusClass
	: Expected extends readonly unknown[]
		? [Expected[number]] extends [never]
			? readonly [HttpStatus, ...HttpStatus[]]
			: [Expected[number]] extends [CheckedCode<Expected[number]>]
				? Expected
				: readonly HttpStatus[]
		: CheckedCode<Expected>;

/** An expectation once validated: the codes that pass, or the class. Internal. */
export type Expectation = {readonly codes: readonly HttpStatus[]} | {readonly statusClass: StatusClass};

/**
 * Validate what a test passed to `toHaveStatus`. A mistake here is in the test, not in the code under test, so it
 * throws instead of failing the assertion: `TypeError` for a value of the wrong kind, `RangeError` for a number
 * outside 100–599, a string that is not a class, or an empty list. Internal.
 */
export function parseExpectation(expected: unknown): Expectation {
	if (typeof expected === 'string') {
		if (hasOwn(STATUS_CLASS_TITLES, expected)) {
			return {statusClass: expected as StatusClass};
		}
		throw new RangeError(`toHaveStatus expects a status class, one of ${CLASSES}; received ${describeValue(expected)}`);
	}
	if (isArray(expected)) {
		if (expected.length === 0) {
			throw new RangeError('toHaveStatus expects at least one status code in a list; received an empty list');
		}
		const codes: HttpStatus[] = [];
		for (let index = 0; index !== expected.length; index++) {
			codes[index] = checkCode(expected[index], ' in a list');
		}
		return {codes};
	}
	return {codes: [checkCode(expected, '')]};
}

function checkCode(code: unknown, where: string): HttpStatus {
	if (typeof code !== 'number') {
		throw new TypeError(
			`toHaveStatus expects ${where ? 'a list of status codes' : "a status code, a class such as '4xx', or a list of codes"}; received ${describeValue(code)}${where}`,
		);
	}
	if (!isHttpStatus(code)) {
		throw new RangeError(`toHaveStatus expects a status code, an integer from 100 to 599; received ${describeValue(code)}${where}`);
	}
	return code;
}
