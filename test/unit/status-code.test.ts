import {expect, test} from 'vitest';
import {STATUS_CODES} from '../../src/generated/status-codes.ts';
import {isStatusCode} from '../../src/reason-phrase.ts';
import {integers, oddValues, registry} from '../helpers/values.ts';

test('STATUS_CODES lists the registry codes in ascending order', () => {
	expect(STATUS_CODES).toEqual(registry.map(entry => entry.code));
	expect([...STATUS_CODES].sort((a, b) => a - b)).toEqual(STATUS_CODES);
	expect(new Set(STATUS_CODES).size).toBe(STATUS_CODES.length);
});

test('STATUS_CODES is frozen', () => {
	expect(Object.isFrozen(STATUS_CODES)).toBe(true);
	expect(() => {
		(STATUS_CODES as unknown as number[]).push(999);
	}).toThrow(TypeError);
	expect(STATUS_CODES).not.toContain(999);
});

test('isStatusCode is registry membership for every integer from -1000 to 2000', () => {
	const named = new Set<number>(registry.map(entry => entry.code));
	expect(integers.filter(code => isStatusCode(code) !== named.has(code))).toEqual([]);
});

test.each([100, 104, 306, 418, 509, 510, 511])('isStatusCode accepts named code %i', code => {
	expect(isStatusCode(code)).toBe(true);
});

test.each([299, 419, 499, 512, 599, 600])('isStatusCode rejects the valid but unnamed code %i', code => {
	expect(isStatusCode(code)).toBe(false);
});

test.each(oddValues)('isStatusCode returns false for %s without throwing', (_label, value) => {
	expect(isStatusCode(value)).toBe(false);
});

test('isStatusCode ignores prototype pollution', () => {
	const prototype = Object.prototype as Record<string, unknown>;
	prototype['299'] = 'Polluted';
	try {
		expect(isStatusCode(299)).toBe(false);
	} finally {
		delete prototype['299'];
	}
});
