// The jest setup module, as far as vitest can see it: it hands the matchers to the `expect` of @jest/globals (which
// only exists inside jest, so it is replaced here). test/jest/ runs it for real, inside jest, from the built package.
import {expect, test, vi} from 'vitest';
import {matchers} from '../../src/index.ts';

const extend = vi.fn();
vi.mock('@jest/globals', () => ({expect: {extend}}));

test('importing typed-http-status-matchers/jest registers the matchers once with the expect of @jest/globals', async () => {
	await import('../../src/jest.ts');
	expect(extend).toHaveBeenCalledTimes(1);
	expect(extend).toHaveBeenCalledWith(matchers);
});
