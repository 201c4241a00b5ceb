import {expect, test} from 'vitest';
import {REASON_PHRASES} from '../../src/generated/reason-phrases.ts';
import {isStatusCode, reasonPhrase} from '../../src/reason-phrase.ts';
import {integers, oddValues, registry} from '../helpers/values.ts';

test.each(registry.map(entry => [entry.code, entry.phrase] as const))('reasonPhrase(%i) is %j', (code, phrase) => {
	expect(reasonPhrase(code)).toBe(phrase);
});

test.each([
	[413, 'Content Too Large'],
	[414, 'URI Too Long'],
	[416, 'Range Not Satisfiable'],
	[422, 'Unprocessable Content'],
	[418, "I'm a teapot"],
	[306, '(Unused)'],
	[510, 'Not Extended'],
])('follows RFC 9110 / IANA wording: %i is %j', (code, phrase) => {
	expect(reasonPhrase(code)).toBe(phrase);
});

test('reasonPhrase is defined exactly for the named codes among the integers -1000 to 2000', () => {
	expect(integers.filter(code => (reasonPhrase(code) !== undefined) !== isStatusCode(code))).toEqual([]);
});

test.each(oddValues)('reasonPhrase gives undefined for %s without throwing', (_label, value) => {
	expect(reasonPhrase(value as number)).toBeUndefined();
});

test('lookups are own-property safe', () => {
	const table = REASON_PHRASES as unknown as Record<string, unknown>;
	for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
		expect(table[key], key).toBeUndefined();
	}
	expect(Object.getPrototypeOf(REASON_PHRASES)).toBeNull();
});

test('prototype pollution does not add phrases', () => {
	const prototype = Object.prototype as Record<string, unknown>;
	prototype['299'] = 'Polluted';
	try {
		expect(reasonPhrase(299)).toBeUndefined();
	} finally {
		delete prototype['299'];
	}
});

test("REASON_PHRASES is frozen: no consumer can change another one's phrases", () => {
	expect(Object.isFrozen(REASON_PHRASES)).toBe(true);
	expect(() => {
		(REASON_PHRASES as unknown as Record<number, string>)[404] = 'Lost';
	}).toThrow(TypeError);
	expect(() => Object.defineProperty(REASON_PHRASES, 404, {value: 'Lost'})).toThrow(TypeError);
	expect(() => delete (REASON_PHRASES as unknown as Record<number, string>)[404]).toThrow(TypeError);
	expect(reasonPhrase(404)).toBe('Not Found');
});
