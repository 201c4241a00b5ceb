import {describe, expect, test, vi} from 'vitest';
import {run} from '../../src/cli/index.ts';
import * as status from '../../src/index.ts';
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
} from '../../src/index.ts';
import {STATUS_CLASS_TITLES, STATUS_REGISTRY, statusInfo} from '../../src/registry.ts';
import {oddValues} from '../helpers/values.ts';
import {coercible, revokedProxy, touched, trappedProxy} from './properties-arbitraries.ts';

// Attempts to fool the package on purpose: change its tables, pollute prototypes, and read what its error
// messages say about hostile values. After every attempt each answer must be what it was.
type Loose = (value: unknown) => unknown;
const functions = {
	isInformational,
	isSuccess,
	isRedirect,
	isClientError,
	isServerError,
	isError,
	isStatusCode,
	isHttpStatus,
	reasonPhrase,
	statusClass,
} as unknown as Record<string, Loose>;
const inputs: unknown[] = [
	...Array.from({length: 521}, (_, index) => index + 90),
	...oddValues.map(([, value]) => value),
	'__proto__',
	'constructor',
	'404',
	299,
	404.5,
	504.5, // index 404.5 of the phrase array, a key that only a prototype can hold
];

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
			pollute(Object.prototype, 412, 'Polluted'); // index 412 of the phrase array, one past its last slot (511)
			pollute(Object.prototype, -1, 'Polluted'); // index -1 of the phrase array, where 99 would land
			pollute(Object.prototype, '404.5', 'Polluted');
			pollute(Array.prototype, 610, 'Polluted');
			pollute(Array.prototype, 65, 299);
			pollute(Array.prototype, 'deprecated', ['HTTP_299_POLLUTED']);
			lookups = [
				({} as Record<number, unknown>)[299],
				reasonPhrase(299),
				isStatusCode(299),
				statusInfo(299),
				reasonPhrase(Number.NaN),
				reasonPhrase(600),
				reasonPhrase(-404),
				reasonPhrase(404.5),
				reasonPhrase(610),
			];
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

describe('data-only prototype pollution before the import', () => {
	// What a JSON.parse merge of {"__proto__": {...}} leaves behind: plain data on Object.prototype, no functions.
	const pollution: Record<string, unknown> = {
		note: '\u001B[2J\u009B31mpwned',
		'6xx': 'Polluted',
		'0xx': 'Polluted',
		standing: 'Polluted',
		404: 'Polluted',
		299: 'Polluted',
	};
	async function polluted<T>(body: () => T | Promise<T>): Promise<T> {
		for (const [key, value] of Object.entries(pollution)) {
			Object.defineProperty(Object.prototype, key, {value, configurable: true, writable: true});
		}
		try {
			return await body();
		} finally {
			for (const key of Object.keys(pollution)) {
				delete (Object.prototype as Record<string, unknown>)[key];
			}
		}
	}

	test('records, class titles and lookups show no inherited field, in modules loaded while polluted', async () => {
		vi.resetModules();
		const seen = await polluted(async () => {
			const registry = await import('../../src/registry.ts');
			const library = await import('../../src/index.ts');
			const titles = registry.STATUS_CLASS_TITLES as Record<string, string | undefined>;
			return {
				notes: registry.STATUS_REGISTRY.filter(info => info.note !== undefined).map(info => info.code),
				'statusInfo(500).note': registry.statusInfo(500)?.note,
				'statusInfo(299)': registry.statusInfo(299),
				titles: [titles['6xx'], titles['0xx']],
				prototypes: [Object.getPrototypeOf(registry.statusInfo(500)), Object.getPrototypeOf(titles)],
				phrases: [library.reasonPhrase(299), library.reasonPhrase(404), library.isStatusCode(299)],
			};
		});
		vi.resetModules();
		expect(seen).toEqual({
			notes: [104, 509, 510],
			'statusInfo(500).note': undefined,
			'statusInfo(299)': undefined,
			titles: [undefined, undefined],
			prototypes: [null, null],
			phrases: [undefined, 'Not Found', false],
		});
	});

	test('the command line prints no inherited note, as text or as JSON', async () => {
		const output = await polluted(() => {
			const writes: string[] = [];
			const writer = {write: (text: string) => writes.push(text)};
			run(['500'], {stdout: writer, stderr: writer, env: {}, version: '0'});
			run(['--json', '500'], {stdout: writer, stderr: writer, env: {}, version: '0'});
			return writes.join('');
		});
		expect(output).not.toContain('pwned');
		expect(output).not.toMatch(/^\s*note/m);
		expect(output).toContain('"note": null');
	});
});

describe('built-ins changed after the import', () => {
	// Each replacement answers what would fool a lookup that still called the built-in.
	const replacements: Array<[object, PropertyKey, unknown]> = [
		[Number, 'isInteger', () => true],
		[Number, 'parseInt', () => 400],
		[Math, 'trunc', () => 6],
		[Math, 'floor', () => 6],
		[Object, 'hasOwn', () => true],
		[Array, 'from', () => []],
		[
			Array.prototype,
			'find',
			function (this: unknown[]) {
				return this[0];
			},
		],
		[Array.prototype, 'includes', () => true],
		[Array.prototype, 'indexOf', () => 0],
		[RegExp.prototype, 'exec', () => Object.assign(['400'], {index: 0, input: ''})],
		[RegExp.prototype, 'test', () => true],
		[
			Object.prototype,
			Symbol.iterator,
			function* () {
				yield 400;
			},
		],
	];

	test('change no answer of any function, for any of the inputs above', () => {
		const before = answers();
		const saved = replacements.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key));
		let during: unknown;
		let spotChecks: unknown[] = [];
		try {
			for (const [target, key, value] of replacements) {
				Object.defineProperty(target, key, {value, configurable: true, writable: true});
			}
			const thrown = (value: unknown) => {
				try {
					return parseStatus(value);
				} catch (error) {
					return (error as Error).name;
				}
			};
			spotChecks = [
				thrown('4e2'),
				thrown(404.5),
				thrown(' 404'),
				isClientError(404.5),
				statusInfo(500)?.code,
				statusInfo(299),
				reasonPhrase(404),
				statusClass(404),
				isStatusCode(404.5),
			];
			during = answers();
		} finally {
			for (const [index, [target, key]] of replacements.entries()) {
				const descriptor = saved[index];
				if (descriptor === undefined) {
					delete (target as Record<PropertyKey, unknown>)[key];
				} else {
					Object.defineProperty(target, key, descriptor);
				}
			}
		}
		expect(spotChecks).toEqual(['RangeError', 'RangeError', 'RangeError', false, 500, undefined, 'Not Found', '4xx', false]);
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
		['a symbol that clears the screen', Symbol('\u001B[2J'), String.raw`Symbol(\u001b[2J)`],
		['a string with a one-byte CSI', '4\u009B2J', String.raw`"4\u009b2J"`],
		['a string with bidi overrides and a line separator', '\u202E404\u2066\u2028', String.raw`"\u202e404\u2066\u2028"`],
		['a bigint of a million bits', 1n << 1_000_000n, 'a bigint of more than 77 digits'],
	])('shows %s without running its code', (_label, value, expected) => {
		touched.length = 0;
		expect(message(value)).toBe(expected);
		expect(touched).toEqual([]);
	});
});
