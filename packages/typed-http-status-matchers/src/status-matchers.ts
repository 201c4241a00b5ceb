import type {StatusClass} from 'typed-http-status';
import type {StatusExpectation} from './expectation.ts';

/**
 * The matchers' signatures, for a test runner's assertion type: `R` is what a matcher returns there (`void` for
 * vitest's `Assertion`, jest's `R`). `typed-http-status-matchers/vitest` and `typed-http-status-matchers/jest` merge it into the
 * runner's types; extend it yourself for another runner with jest-compatible `expect.extend`.
 *
 * @example
 * ```ts
 * import type {StatusMatchers} from 'typed-http-status-matchers';
 * declare module 'vitest' {
 * 	interface Assertion<T = any> extends StatusMatchers<void> {}
 * }
 * ```
 */
export interface StatusMatchers<R = unknown> {
	/**
	 * Assert the status of a response (a fetch `Response`, anything with a numeric `status` or `statusCode`) or
	 * of a number: one code, any code of a class such as `'4xx'`, or any code of a list (RFC 9110 §15).
	 *
	 * @example
	 * ```ts
	 * import {HTTP_201_CREATED} from 'typed-http-status';
	 * import 'typed-http-status-matchers/vitest';
	 * import {expect} from 'vitest';
	 * declare const response: Response;
	 * expect(response).toHaveStatus(HTTP_201_CREATED);
	 * expect(response).toHaveStatus('2xx');
	 * expect(response).not.toHaveStatus([500, 503]);
	 * ```
	 */
	toHaveStatus<const Expected extends StatusClass | number | readonly number[] | (string & {})>(expected: StatusExpectation<Expected>): R;
}
