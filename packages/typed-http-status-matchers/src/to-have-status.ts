import {parseExpectation} from './expectation.ts';
import {expectedLabel, meets, receivedLabel} from './message.ts';
import {readReceived} from './received.ts';

/**
 * The part of vitest's and jest's matcher context that `toHaveStatus` reads: whether it runs under `.not`.
 *
 * @example
 * ```ts
 * import {toHaveStatus} from 'typed-http-status-matchers';
 * // `pass` is true, so under `.not` the assertion fails:
 * toHaveStatus.call({isNot: true}, 201, 201).pass;
 * //=> true
 * ```
 */
export interface MatcherContext {
	readonly isNot?: boolean | undefined;
}

/**
 * What a matcher returns to `expect`: whether it passed, and the message to show when that was not wanted.
 *
 * @example
 * ```ts
 * import {toHaveStatus} from 'typed-http-status-matchers';
 * toHaveStatus.call({}, 404, '2xx').message();
 * //=> 'expected status 2xx Successful (200–299), received 404 Not Found (4xx Client Error)'
 * ```
 */
export interface MatcherResult {
	readonly pass: boolean;
	readonly message: () => string;
}

/**
 * The `toHaveStatus` matcher, for `expect.extend`: passes when the received response (or number) has the expected
 * status code, one of a list of codes, or a code of the expected class (RFC 9110 §15). A received value without
 * a status fails with or without `.not`; an expectation outside 100–599, or a string that is not a class, throws.
 *
 * @throws {TypeError} when `expected` is neither a number, a string nor a list.
 * @throws {RangeError} when it is one, but not a code from 100 to 599, a class, or a non-empty list of codes.
 *
 * @example
 * ```ts
 * import {expect} from 'vitest';
 * import {toHaveStatus} from 'typed-http-status-matchers';
 * expect.extend({toHaveStatus});
 * const response = {status: 400, text: '{"error":"name is required"}'};
 * toHaveStatus.call({}, response, 201).pass;
 * //=> false
 * // so `expect(response).toHaveStatus(201)` fails with:
 * //   expected status 201 Created, received 400 Bad Request (4xx Client Error)
 * //   received body: {"error":"name is required"}
 * ```
 */
export function toHaveStatus(this: MatcherContext, received: unknown, expected: unknown): MatcherResult {
	const expectation = parseExpectation(expected);
	const isNot = this.isNot === true;
	const seen = readReceived(received);
	if ('problem' in seen) {
		// Neither `expect(x).toHaveStatus()` nor `expect(x).not.toHaveStatus()` may pass when x has no status.
		return {pass: isNot, message: () => `expected status ${expectedLabel(expectation, isNot)}, ${seen.problem}`};
	}
	// The verdict is the status's alone; the body is read only when the message is asked for (on a failure), and a
	// body that cannot be read is left out of it.
	return {
		pass: meets(seen.status, expectation),
		message: () => {
			const body = seen.body();
			return `expected status ${expectedLabel(expectation, isNot)}, received ${receivedLabel(seen.status)}${body === undefined ? '' : `\nreceived body: ${body}`}`;
		},
	};
}
