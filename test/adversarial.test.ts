import {describe, expect, test} from 'vitest';
import * as status from '../src/index.ts';
import {
	isClientError,
	isError,
	isHttpStatus,
	isInformational,
	isRedirect,
	isServerError,
	isStatusCode,
	isSuccess,
	parseStatus,
	REASON_PHRASES,
	reasonPhrase,
	STATUS_CODES,
	statusClass,
} from '../src/index.ts';
import {STATUS_CLASS_TITLES, STATUS_REGISTRY, statusInfo} from '../src/registry.ts';
import {oddValues} from './helpers/values.ts';
import {coercible, revokedProxy, touched, trappedProxy} from './properties-arbitraries.ts';

// Attempts to fool the package on purpose: change its tables, pollute prototypes, and read what its error
// messages say about hostile values. After every attempt each answer must be what it was.
type Loose = (value: unknown) => unknown;
const functions = {isInformational, isSuccess, isRedirect, isClientError, isServerError, isError, isStatusCode, isHttpStatus, reasonPhrase, statusClass} as unknown as Record<string, Loose>;
const inputs: unknown[] = [...Array.from({length: 521}, (_, index) => index + 90), ...oddValues.map(([, value]) => value), '__proto__', 'constructor', '404', 299, 404.5];

/** Every answer the package gives for a few hundred inputs, and the contents of every exported table. */
function answers(): unknown {
	const parsed = (value: unknown) => {
		try {
			return parseStatus(value);
		} catch (error) {
			return `${(error as Error).name}: ${(error as Error).message}`;
		}
	};
	return {
		calls: inputs.map(value => [...Object.values(functions).map(run => run(value)), JSON.stringify(statusInfo(value as number)), parsed(value)]),
		tables: JSON.stringify([STATUS_CODES, Object.entries(REASON_PHRASES), STATUS_REGISTRY, STATUS_CLASS_TITLES, Object.entries(status)]),
	};
}

// Computed inside each test, never at import time: Stryker runs every test for a mutant that import-time code reaches.
const table = (value: unknown) => value as Record<PropertyKey, unknown> & unknown[];
const namespace = status as unknown as Record<string, unknown>;

describe('attempts to change an exported table', () => {
	test.each<[string, () => unknown]>([
		['REASON_PHRASES[404] = "x"', () => (table(REASON_PHRASES)[404] = 'x')],
		['REASON_PHRASES[299] = "x"', () => (table(REASON_PHRASES)[299] = 'x')],
		['delete REASON_PHRASES[404]', () => delete table(REASON_PHRASES)[404]],
		['Object.defineProperty(REASON_PHRASES, 299, …)', () => Object.defineProperty(REASON_PHRASES, 299, {value: 'x'})],
		['Object.setPrototypeOf(REASON_PHRASES, {299: "x"})', () => Object.setPrototypeOf(REASON_PHRASES, {299: 'x'})],
		['REASON_PHRASES.__proto__ = {299: "x"}', () => (table(REASON_PHRASES)['__proto__'] = {299: 'x'})],
		['STATUS_CODES.push(299)', () => table(STATUS_CODES).push(299)],
		['STATUS_CODES[0] = 299', () => (table(STATUS_CODES)[0] = 299)],
		['STATUS_CODES.length = 0', () => (table(STATUS_CODES).length = 0)],
		['STATUS_CODES.reverse()', () => table(STATUS_CODES).reverse()],
		['STATUS_REGISTRY.pop()', () => table(STATUS_REGISTRY).pop()],
		['STATUS_REGISTRY[28].phrase = "x"', () => (table(STATUS_REGISTRY[28])['phrase'] = 'x')],
		['STATUS_REGISTRY[28].code = 299', () => Object.defineProperty(STATUS_REGISTRY[28], 'code', {value: 299})],
		['STATUS_REGISTRY[0].deprecated.push(…)', () => table(STATUS_REGISTRY[0]!.deprecated).push('HTTP_100_GO_ON')],
		['STATUS_CLASS_TITLES["4xx"] = "x"', () => (table(STATUS_CLASS_TITLES)['4xx'] = 'x')],
		['delete STATUS_CLASS_TITLES["5xx"]', () => delete table(STATUS_CLASS_TITLES)['5xx']],
		// A module namespace is immutable by the language; vitest's stand-in for it refuses assignment too.
		['status.HTTP_404_NOT_FOUND = 200', () => (namespace['HTTP_404_NOT_FOUND'] = 200)],
	])('%s throws a TypeError and changes nothing', (_label, attempt) => {
		const before = answers();
		expect(attempt).toThrow(TypeError);
		expect(answers()).toEqual(before);
	});

	test('Reflect reports every change as refused', () => {
		const before = answers();
		expect(Reflect.set(REASON_PHRASES, 404, 'x')).toBe(false);
		expect(Reflect.deleteProperty(STATUS_CODES, 0)).toBe(false);
		expect(Reflect.defineProperty(STATUS_REGISTRY, 0, {value: null})).toBe(false);
		expect(Reflect.setPrototypeOf(STATUS_CLASS_TITLES, {})).toBe(false);
		expect(answers()).toEqual(before);
	});
});

describe('prototype pollution', () => {
	test('Object.prototype[404], [299] and friends change no answer', () => {
		const before = answers();
		const polluted: Array<[object, PropertyKey]> = [];
		const pollute = (target: object, key: PropertyKey, value: unknown) => {
			Object.defineProperty(target, key, {value, configurable: true, writable: true});
			polluted.push([target, key]);
		};
		let during: unknown;
		let lookups: unknown[] = [];
		try {
			pollute(Object.prototype, 404, 'x');
			pollute(Object.prototype, 299, 'Polluted');
			pollute(Object.prototype, 'code', 299);
			pollute(Object.prototype, 'phrase', 'Polluted');
			pollute(Object.prototype, 'NaN', 'Polluted');
			// Keys outside any table: a lookup that forgot a range check would find these on the prototype chain.
			pollute(Object.prototype, -404, 'Polluted');
			pollute(Object.prototype, 99, 'Polluted');
			pollute(Object.prototype, 600, 'Polluted');
			pollute(Object.prototype, '404.5', 'Polluted');
			pollute(Array.prototype, 610, 'Polluted');
			pollute(Array.prototype, 65, 299);
			pollute(Array.prototype, 'deprecated', ['HTTP_299_POLLUTED']);
			lookups = [({} as Record<number, unknown>)[299], reasonPhrase(299), isStatusCode(299), statusInfo(299), reasonPhrase(Number.NaN), reasonPhrase(600), reasonPhrase(-404), reasonPhrase(404.5), reasonPhrase(610)];
			during = answers();
		} finally {
			// Restore before comparing: vitest's own deep equality reads inherited keys too.
			for (const [target, key] of polluted) {
				delete (target as Record<PropertyKey, unknown>)[key];
			}
		}
		expect(lookups).toEqual(['Polluted', undefined, false, undefined, undefined, undefined, undefined, undefined, undefined]);
		expect(during).toEqual(before);
	});
});

describe('the detectors these tests rely on', () => {
	test('notice coercion and proxy traps, so a property that says "nothing ran" can fail', () => {
		touched.length = 0;
		expect(Number(coercible(404, 'valueOf'))).toBe(404);
		expect(String(coercible(404, 'toString'))).toBe('404');
		expect(Number(coercible(404, 'toPrimitive'))).toBe(404);
		expect(() => 'x' in trappedProxy({})).toThrow('has trap');
		expect(() => Object.keys(revokedProxy({}))).toThrow(TypeError);
		expect(touched).toEqual(['valueOf', 'toString', 'toPrimitive', 'has trap']);
		touched.length = 0;
	});
});

describe('error messages about hostile values', () => {
	const message = (value: unknown) => {
		try {
			parseStatus(value);
		} catch (error) {
			return (error as Error).message.replace(/^.*; received /, '');
		}
		throw new Error('parseStatus accepted it');
	};

	test.each<[string, unknown, string]>([
		['a 40-character string, whole', 'x'.repeat(40), `"${'x'.repeat(40)}"`],
		['a 41-character string, cut', 'x'.repeat(41), `"${'x'.repeat(40)}"… (a string of 41 characters)`],
		['a 40-character bigint, whole', 10n ** 38n, `1${'0'.repeat(38)}n`],
		['a 41-character bigint, cut', 10n ** 39n, `1${'0'.repeat(39)}… (41 characters)`],
		['a 40-character symbol, whole', Symbol('s'.repeat(32)), `Symbol(${'s'.repeat(32)})`],
		['a 41-character symbol, cut', Symbol('s'.repeat(33)), `Symbol(${'s'.repeat(33)}… (41 characters)`],
		['-0', -0, '-0'],
		['a proxy of an array that throws on every trap', trappedProxy([404]), 'an array'],
		['a proxy of a function that throws on every trap', trappedProxy(() => 404), 'a function'],
		['a revoked proxy', revokedProxy({}), 'a revoked proxy'],
		['an object whose every coercion answers 404', coercible(404, 'all'), 'an object'],
		['a boxed number', Object(404), 'an object'],
	])('shows %s without running its code', (_label, value, expected) => {
		touched.length = 0;
		expect(message(value)).toBe(expected);
		expect(touched).toEqual([]);
	});
});
