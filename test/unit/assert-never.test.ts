import {expect, test} from 'vitest';
import {assertNever} from '../../src/assert-never.ts';

test.each([
	[404, 'Unhandled value in an exhaustive check: 404'],
	['404', 'Unhandled value in an exhaustive check: "404"'],
	[null, 'Unhandled value in an exhaustive check: null'],
	[{toString: () => 'boom'}, 'Unhandled value in an exhaustive check: an object'],
])('throws a TypeError naming %s', (value, message) => {
	expect(() => assertNever(value as never)).toThrow(TypeError);
	expect(() => assertNever(value as never)).toThrow(message);
});

test('an exhaustive switch reaches assertNever only for a value outside its type', () => {
	function family(code: 1 | 2): string {
		switch (code) {
			case 1: {
				return 'one';
			}
			case 2: {
				return 'two';
			}
			default: {
				return assertNever(code);
			}
		}
	}
	expect(family(1)).toBe('one');
	expect(() => family(3 as 1)).toThrow('Unhandled value in an exhaustive check: 3');
});
