import {describe, expect, test} from 'vitest';
import {isHttpStatus, parseStatus} from '../../src/http-status.ts';
import {integers, oddValues} from '../helpers/values.ts';

describe('isHttpStatus', () => {
	test('is true exactly for the integers from 100 to 599', () => {
		expect(integers.filter(code => isHttpStatus(code) !== (code >= 100 && code <= 599))).toEqual([]);
	});

	test.each(oddValues)('returns false for %s without throwing', (_label, value) => {
		expect(isHttpStatus(value)).toBe(false);
	});
});

describe('parseStatus', () => {
	test.each([100, 200, 299, 404, 418, 499, 599, 404.0])('returns the number %d', code => {
		expect(parseStatus(code)).toBe(code);
	});

	test.each([
		['100', 100],
		['404', 404],
		['599', 599],
		['299', 299],
	])('parses the string %j', (text, code) => {
		expect(parseStatus(text)).toBe(code);
	});

	test('accepts every integer from 100 to 599, as a number and as three digits', () => {
		for (const code of integers.filter(value => value >= 100 && value <= 599)) {
			expect(parseStatus(code)).toBe(code);
			expect(parseStatus(String(code))).toBe(code);
		}
	});

	test.each([
		[99, 'received 99'],
		[600, 'received 600'],
		[0, 'received 0'],
		[-0, 'received -0'],
		[-404, 'received -404'],
		[200.5, 'received 200.5'],
		[Number.NaN, 'received NaN'],
		[Number.POSITIVE_INFINITY, 'received Infinity'],
		[1e21, 'received 1e+21'],
	])('throws RangeError for the number %d', (value, received) => {
		expect(() => parseStatus(value)).toThrow(RangeError);
		expect(() => parseStatus(value)).toThrow(`Expected an HTTP status code, an integer from 100 to 599; ${received}`);
	});

	test.each([
		['', 'received ""'],
		[' 404', 'received " 404"'],
		['404 ', 'received "404 "'],
		['0404', 'received "0404"'],
		['4e2', 'received "4e2"'],
		['0x194', 'received "0x194"'],
		['404.0', 'received "404.0"'],
		['099', 'received "099"'],
		['600', 'received "600"'],
		['-40', 'received "-40"'],
		['+40', 'received "+40"'],
		['４０４', String.raw`received "\uff14\uff10\uff14"`],
		['__proto__', 'received "__proto__"'],
	])('throws RangeError for the string %j', (value, received) => {
		expect(() => parseStatus(value)).toThrow(RangeError);
		expect(() => parseStatus(value)).toThrow(`Expected an HTTP status code, an integer from 100 to 599 or three digits; ${received}`);
	});

	test.each([
		[null, 'null'],
		[undefined, 'undefined'],
		[true, 'true'],
		[404n, '404n'],
		[Symbol('status'), 'Symbol(status)'],
		[{valueOf: () => 404}, 'an object'],
		[[404], 'an array'],
		[Object(404), 'an object'],
		[() => 404, 'a function'],
	])('throws TypeError for %s', (value, received) => {
		expect(() => parseStatus(value)).toThrow(TypeError);
		expect(() => parseStatus(value)).toThrow(`Expected an HTTP status code as a number or a three-digit string; received ${received}`);
	});

	test.each(oddValues)('returns a valid status or throws TypeError or RangeError for %s', (_label, value) => {
		let error: unknown;
		try {
			expect(isHttpStatus(parseStatus(value))).toBe(true);
			expect(typeof value).toBe('string'); // only the three-digit strings among the odd values parse
		} catch (caught) {
			error = caught;
		}
		expect(error === undefined || error instanceof TypeError || error instanceof RangeError).toBe(true);
	});

	test('keeps the message short for a huge string, bigint or symbol', () => {
		const huge = '9'.repeat(1_000_000);
		expect(() => parseStatus(huge)).toThrow(`received "${'9'.repeat(40)}"… (a string of 1000000 characters)`);
		expect(() => parseStatus(10n ** 1000n)).toThrow(/received a bigint of more than 77 digits$/);
		expect(() => parseStatus(Symbol('x'.repeat(100)))).toThrow(/received Symbol\(x{33}… \(108 characters\)$/);
		for (const value of [huge, 10n ** 1000n, Symbol('x'.repeat(100))]) {
			try {
				parseStatus(value);
			} catch (error) {
				expect((error as Error).message.length).toBeLessThan(200);
			}
		}
	});
});
