import {describe, expect, test} from 'vitest';
import {isClientError, isError, isInformational, isRedirect, isServerError, isSuccess} from '../../src/class-guards.ts';
import {integers, oddValues} from '../helpers/values.ts';

// The reference definitions: Django REST framework's `lower <= code <= upper`, for integers only.
const guards = [
	['isInformational', isInformational, 100, 199],
	['isSuccess', isSuccess, 200, 299],
	['isRedirect', isRedirect, 300, 399],
	['isClientError', isClientError, 400, 499],
	['isServerError', isServerError, 500, 599],
	['isError', isError, 400, 599],
] as const;

describe.each(guards)('%s', (_name, guard, lower, upper) => {
	test(`matches ${lower} <= code <= ${upper} for every integer from -1000 to 2000`, () => {
		const wrong = integers.filter(code => guard(code) !== (code >= lower && code <= upper));
		expect(wrong).toEqual([]);
	});

	test.each([lower, upper, lower + 1, upper - 1])('accepts %i', code => expect(guard(code)).toBe(true));
	test.each([lower - 1, upper + 1, lower + 0.5, upper + 0.000_001])('rejects %d', code => expect(guard(code)).toBe(false));

	test.each(oddValues)('returns false for %s without throwing', (_label, value) => {
		expect(guard(value as number)).toBe(false);
	});
});

test('exactly one class guard accepts each integer from 100 to 599, and none accepts any other', () => {
	const classGuards = [isInformational, isSuccess, isRedirect, isClientError, isServerError];
	for (const code of integers) {
		const accepted = classGuards.filter(guard => guard(code)).length;
		expect(accepted, `code ${code}`).toBe(code >= 100 && code <= 599 ? 1 : 0);
	}
});

test('isError is isClientError or isServerError', () => {
	expect(integers.filter(code => isError(code) !== (isClientError(code) || isServerError(code)))).toEqual([]);
});
