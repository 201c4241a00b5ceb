/**
 * `typed-http-status-matchers/vitest`: list it in vitest's `setupFiles`, and `expect(response).toHaveStatus(…)` works and
 * type-checks in every test file. It registers the matchers with vitest's `expect` and adds them to vitest's
 * `Assertion` (and asymmetric matcher) types; it exports nothing.
 *
 * @example
 * ```ts
 * // vitest.config.ts
 * import {defineConfig} from 'vitest/config';
 * export default defineConfig({test: {setupFiles: ['typed-http-status-matchers/vitest']}});
 * ```
 *
 * @module
 */
import {expect} from 'vitest';
import {matchers, type StatusMatchers} from './index.ts';

expect.extend(matchers);

declare module 'vitest' {
	// The type parameter must match vitest's own declarations, which name it T and default it to any.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
	interface Assertion<T = any> extends StatusMatchers<void> {}
	interface AsymmetricMatchersContaining extends StatusMatchers {}
}
