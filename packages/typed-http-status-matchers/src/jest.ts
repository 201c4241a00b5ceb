/**
 * `typed-http-status-matchers/jest`: list it in jest's `setupFilesAfterEnv`, and `expect(response).toHaveStatus(…)` works
 * with the `expect` of `@jest/globals` and the global one (also under `injectGlobals: false`). It adds the
 * matchers to the `expect` package's types (what `@jest/globals` uses) and to `@types/jest`'s global `jest`
 * namespace; it exports nothing.
 *
 * @example
 * ```js
 * // jest.config.js
 * module.exports = {setupFilesAfterEnv: ['typed-http-status-matchers/jest']};
 * ```
 *
 * @module
 */
import {expect} from '@jest/globals';
import {matchers, type StatusMatchers} from './index.ts';

expect.extend(matchers);

declare module 'expect' {
	// The type parameters must match the expect package's own declarations.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	interface Matchers<R extends void | Promise<void>, T = unknown> extends StatusMatchers<R> {}
	interface AsymmetricMatchers extends StatusMatchers<void> {}
}

declare global {
	// @types/jest's global namespace, for the global `expect` when @types/jest is installed.
	// eslint-disable-next-line @typescript-eslint/no-namespace
	namespace jest {
		// eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type
		interface Matchers<R, T = {}> extends StatusMatchers<R> {}
	}
}
