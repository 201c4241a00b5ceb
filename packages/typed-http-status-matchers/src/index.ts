/**
 * `typed-http-status-matchers`: `toHaveStatus`, a matcher that speaks status, for `expect.extend` in vitest or
 * jest. `typed-http-status-matchers/vitest` and `typed-http-status-matchers/jest` register it and add it to each runner's types.
 *
 * @example
 * ```ts
 * import {expect} from 'vitest';
 * import {matchers} from 'typed-http-status-matchers';
 * expect.extend(matchers);
 * expect(new Response(null, {status: 204})).toHaveStatus('2xx');
 * ```
 *
 * @module
 */
import {toHaveStatus} from './to-have-status.ts';

export {toHaveStatus, type MatcherContext, type MatcherResult} from './to-have-status.ts';
export type {StatusMatchers} from './status-matchers.ts';
export type {StatusExpectation} from './expectation.ts';

/**
 * Every matcher of the package, to pass to `expect.extend` (vitest or jest): today `toHaveStatus`.
 *
 * @example
 * ```ts
 * import {expect} from '@jest/globals';
 * import type {} from 'typed-http-status-matchers/jest'; // adds toHaveStatus to jest's types
 * import {matchers} from 'typed-http-status-matchers';
 * expect.extend(matchers);
 * expect(201).toHaveStatus([200, 201]);
 * ```
 */
export const matchers: {readonly toHaveStatus: typeof toHaveStatus} = /* @__PURE__ */ Object.freeze({toHaveStatus});
