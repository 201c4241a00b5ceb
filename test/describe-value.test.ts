import {expect, test} from 'vitest';
import {describeValue} from '../src/describe-value.ts';

const revoked = Proxy.revocable([], {});
revoked.revoke();

test.each([
	['a short string', 'abc', '"abc"'],
	['a string with quotes', 'a"b', String.raw`"a\"b"`],
	['a 41-character string', 'x'.repeat(41), `"${'x'.repeat(40)}"… (a string of 41 characters)`],
	['-0', -0, '-0'],
	['NaN', Number.NaN, 'NaN'],
	['a small bigint', 5n, '5n'],
	['a symbol', Symbol('s'), 'Symbol(s)'],
	['a symbol without description', Symbol(), 'Symbol()'],
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
