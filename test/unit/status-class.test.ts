import {expect, test} from 'vitest';
import {STATUS_CLASS_TITLES, statusClass} from '../../src/status-class.ts';
import {CLASS_TITLES} from '../../scripts/registry-schema.mjs';
import {integers, oddValues} from '../helpers/values.ts';

test('statusClass is the first digit and "xx" for every integer from 100 to 599, undefined elsewhere', () => {
	for (const code of integers) {
		const expected = code >= 100 && code <= 599 ? `${String(code)[0]}xx` : undefined;
		expect(statusClass(code), `code ${code}`).toBe(expected);
	}
});

test.each(oddValues)('statusClass gives undefined for %s without throwing', (_label, value) => {
	expect(statusClass(value as number)).toBeUndefined();
});

test.each([
	[199.5, undefined],
	[599.9, undefined],
	[100, '1xx'],
	[599, '5xx'],
])('statusClass(%d) is %s', (code, expected) => {
	expect(statusClass(code)).toBe(expected);
});

test('STATUS_CLASS_TITLES has RFC 9110 titles, matches the generator, and is frozen', () => {
	expect(STATUS_CLASS_TITLES).toEqual(CLASS_TITLES);
	expect(Object.isFrozen(STATUS_CLASS_TITLES)).toBe(true);
	expect(() => {
		(STATUS_CLASS_TITLES as Record<string, string>)['4xx'] = 'Oops';
	}).toThrow(TypeError);
	expect(STATUS_CLASS_TITLES['4xx']).toBe('Client Error');
});
