// Which ESLint the plugin's tests ran on: 9 under `npm run test:unit`, 10 under `npm run test:eslint10`
// (test/eslint10/vitest.config.ts maps `eslint` to the eslint10 dev dependency and says so).
import {ESLint, RuleTester} from 'eslint';
import {expect, test} from 'vitest';

test('the tests run on the ESLint major they are meant to', () => {
	const expected = process.env['EXPECTED_ESLINT_MAJOR'] ?? '9';
	expect(ESLint.version.split('.')[0]).toBe(expected);
	expect(typeof RuleTester).toBe('function');
});
