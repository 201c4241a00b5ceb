import {expect, test} from 'vitest';
import {describeValue} from '../../src/describe-value.ts';

const revoked = Proxy.revocable([], {});
revoked.revoke();

const BOUND = 2n ** 256n;

test.each([
	['a short string', 'abc', '"abc"'],
	['a string with quotes', 'a"b', String.raw`"a\"b"`],
	['a 41-character string', 'x'.repeat(41), `"${'x'.repeat(40)}"… (a string of 41 characters)`],
	['a string with C1 and bidi controls', 'a\u009B\u202Eb', String.raw`"a\u009b\u202eb"`],
	['-0', -0, '-0'],
	['0', 0, '0'],
	['the smallest negative number, whose reciprocal is -Infinity too', -5e-324, '-5e-324'],
	['a negative number', -1.5, '-1.5'],
	['NaN', Number.NaN, 'NaN'],
	['a small bigint', 5n, '5n'],
	['the largest bigint written in decimal, cut', BOUND - 1n, `${String(BOUND - 1n).slice(0, 40)}… (79 characters)`],
	['the smallest bigint written in decimal, cut', 1n - BOUND, `${String(1n - BOUND).slice(0, 40)}… (80 characters)`],
	['2 ** 256, described by its size', BOUND, 'a bigint of more than 77 digits'],
	['-(2 ** 256), described by its size', -BOUND, 'a bigint of more than 77 digits'],
	['a symbol', Symbol('s'), 'Symbol(s)'],
	['a symbol without description', Symbol(), 'Symbol()'],
	['a symbol with an empty description', Symbol(''), 'Symbol()'],
	['a symbol that clears the screen', Symbol('\u001B[2J'), String.raw`Symbol(\u001b[2J)`],
	['a symbol with a CSI after the cut', Symbol(`${'s'.repeat(33)}\u009B`), `Symbol(${'s'.repeat(33)}… (42 characters)`],
	['a symbol with a newline and a quote', Symbol('a\n"'), String.raw`Symbol(a\u000a")`],
	['a non-ASCII string', 'café', String.raw`"caf\u00e9"`],
	['undefined', undefined, 'undefined'],
	['false', false, 'false'],
	['null', null, 'null'],
	['an array', [1], 'an array'],
	['an object', {}, 'an object'],
	['a function', () => 1, 'a function'],
	['a revoked proxy', revoked.proxy, 'a revoked proxy'],
])('describes %s', (_label, value, expected) => {
	expect(describeValue(value)).toBe(expected);
});

test('never calls toString, valueOf or Symbol.toPrimitive', () => {
	const touchy = {
		toString() {
			throw new Error('toString');
		},
		valueOf() {
			throw new Error('valueOf');
		},
		[Symbol.toPrimitive]() {
			throw new Error('toPrimitive');
		},
	};
	expect(describeValue(touchy)).toBe('an object');
});

test('describes a bigint of 16 million bits by its size alone, never writing its digits', () => {
	// Writing a 16-Mbit bigint in decimal takes seconds; comparing it with 2 ** 256 takes no time. That the answer is
	// the fixed sentence proves the digits were not written (the timing is in npm run bench, docs/performance.md).
	const huge = (1n << 16_777_216n) + 12_345n;
	expect(describeValue(huge)).toBe('a bigint of more than 77 digits');
	expect(describeValue(-huge)).toBe('a bigint of more than 77 digits');
});

test('every description is short: at most 40 characters of the value, escaped, and its length', () => {
	const values: unknown[] = ['\u009B'.repeat(100_000), Symbol('x'.repeat(100_000)), (1n << 255n) * 3n, -(1n << 255n) * 3n, 1n << 100_000n, -Number.MAX_VALUE];
	for (const value of values) {
		// 40 characters of at most six each (`\u009b`), a quote pair, the cut's note: never more than 300.
		expect(describeValue(value).length).toBeLessThanOrEqual(300);
	}
});

test('escapes what it keeps of a huge symbol description', () => {
	expect(describeValue(Symbol('\u009B'.repeat(1_000_000)))).toBe(`Symbol(${String.raw`\u009b`.repeat(33)}… (1000008 characters)`);
});
