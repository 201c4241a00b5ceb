// Edges of the builders' checks that the other response tests do not reach.
import {expect, test} from 'vitest';
import {json} from '../../../src/response/index.ts';

test('a TypeError from a toJSON that names neither a cycle nor a bigint is put down to the toJSON', () => {
	const body = {
		toJSON(): never {
			throw new TypeError('not today');
		},
	};
	expect(() => json(body)).toThrow('json: the body has no JSON form: a toJSON method threw');
});

// A throw from inside a list of header pairs is wrapped, not passed on as ours: a TypeError without an own `message`
// cannot be one of the builder's own errors, and a throw with no message gives the platform no reason to repeat.
test.each([
	['a TypeError without a message', new TypeError()],
	['a string', 'nope'],
	['null', null],
	['undefined', undefined],
	['an error with an empty message', new Error('')],
])('a throw of %s from inside the header pairs is wrapped, with no reason to repeat, as the cause', (_label, thrown) => {
	const value = {
		toString(): string {
			// A caller's code may throw anything; the builder must still say what happened.
			// eslint-disable-next-line @typescript-eslint/only-throw-error
			throw thrown;
		},
	};
	let caught: unknown;
	try {
		json({}, undefined, {headers: [['x-value', value]]} as never);
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeInstanceOf(TypeError);
	expect((caught as TypeError).message).toBe(
		"json: the platform's Headers refused the headers (names must be token characters, values without a line break or NUL): it gave no reason",
	);
	expect((caught as TypeError).cause).toBe(thrown);
});
