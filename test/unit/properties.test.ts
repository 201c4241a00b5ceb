import fc from 'fast-check';
import {beforeEach, describe, expect, test} from 'vitest';
import * as status from '../../src/index.ts';
import {
	assertNever,
	isClientError,
	isError,
	isHttpStatus,
	isInformational,
	isRedirect,
	isServerError,
	isStatusCode,
	isSuccess,
	parseStatus,
	reasonPhrase,
	STATUS_CODES,
	statusClass,
} from '../../src/index.ts';
import {STATUS_REGISTRY, statusInfo} from '../../src/registry.ts';
import {integers} from '../helpers/values.ts';
import {anyNumber, anyText, anyValue, lookalikeString, RUNS, SEED, touched, unwrap} from './properties-arbitraries.ts';
import {escapeControls, QUOTE_LIMIT, quoteText} from '../../src/escape-text.ts';

// Properties that hold for every input, checked on ~1000 generated values each (fixed seed; see
// properties-arbitraries.ts). The functions take `number` in TypeScript; from JavaScript anything arrives.
type Loose = (value: unknown) => unknown;
const guards = {isInformational, isSuccess, isRedirect, isClientError, isServerError, isError, isStatusCode, isHttpStatus} as unknown as Record<string, Loose>;
const classGuards = [isInformational, isSuccess, isRedirect, isClientError, isServerError] as unknown as Loose[];
const lookups = {reasonPhrase, statusInfo, statusClass} as unknown as Record<string, Loose>;
const check = (property: fc.IProperty<[unknown]> | fc.IProperty<[number]> | fc.IProperty<[string]>) =>
	fc.assert(property as fc.IProperty<[unknown]>, {numRuns: RUNS, seed: SEED});
const isRange = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;

beforeEach(() => {
	touched.length = 0;
});

/** Check `body` for any value, made fresh inside the property (proxies and coercible objects are built only here). */
const forAny = (body: (value: unknown) => void) => check(fc.property(anyValue, generated => body(unwrap(generated))));

describe('for any value', () => {
	test('every guard returns a boolean, never throws, and runs none of the value’s code', () => {
		forAny(value => {
			for (const guard of Object.values(guards)) {
				expect(typeof guard(value)).toBe('boolean');
			}
			expect(touched).toEqual([]);
		});
	});

	test('every lookup returns its documented answer or undefined, never throws, and runs none of the value’s code', () => {
		forAny(value => {
			for (const lookup of Object.values(lookups)) {
				const answer = lookup(value);
				expect(answer === undefined || isStatusCode(value) || (lookup === lookups['statusClass'] && isHttpStatus(value))).toBe(true);
			}
			expect(touched).toEqual([]);
		});
	});

	test('only an integer from 100 to 599 passes any class guard, isHttpStatus or isStatusCode', () => {
		forAny(value => {
			const valid = isRange(value);
			expect(isHttpStatus(value)).toBe(valid);
			expect(classGuards.filter(guard => guard(value)).length).toBe(valid ? 1 : 0);
			expect(statusClass(value as number) !== undefined).toBe(valid);
			if (isStatusCode(value)) {
				expect(valid).toBe(true);
			}
		});
	});

	test('isStatusCode(x) iff reasonPhrase(x) is defined iff statusInfo(x) is defined iff x is in STATUS_CODES', () => {
		forAny(value => {
			const named = isStatusCode(value);
			expect(reasonPhrase(value as number) !== undefined).toBe(named);
			expect(statusInfo(value as number) !== undefined).toBe(named);
			expect(typeof value === 'number' && (STATUS_CODES as readonly number[]).includes(value)).toBe(named);
		});
	});

	test('parseStatus returns a valid status or throws TypeError (not a number or string) or RangeError, with a short message', () => {
		forAny(value => {
			let result: unknown;
			try {
				result = parseStatus(value);
			} catch (error) {
				const expected = typeof value === 'number' || typeof value === 'string' ? RangeError : TypeError;
				expect(error).toBeInstanceOf(expected);
				expect(Object.getPrototypeOf(error)).toBe(expected.prototype);
				expect((error as Error).message.length).toBeLessThan(360); // at most 40 characters of the value, each at most a six-character escape
				expect((error as Error).message).not.toMatch(UNSAFE);
				expect(touched).toEqual([]);
				return;
			}
			expect(isHttpStatus(result)).toBe(true);
			expect(result).toBe(typeof value === 'string' ? Number(value) : value);
			expect(typeof value === 'number' || /^[1-5]\d\d$/.test(value as string)).toBe(true);
		});
	});
});

describe('for any number', () => {
	test('exactly one class guard is true for each integer 100-599 (all checked, with every integer from -1000 to 2000), none for any other number', () => {
		for (const code of integers) {
			const valid = code >= 100 && code <= 599;
			expect(classGuards.filter(guard => guard(code))).toEqual(valid ? [classGuards[Math.floor(code / 100) - 1]] : []);
			expect(statusClass(code)).toBe(valid ? `${Math.floor(code / 100)}xx` : undefined);
			expect(isHttpStatus(code)).toBe(valid);
			expect(isError(code)).toBe(code >= 400 && code <= 599);
		}
		check(
			fc.property(anyNumber, code => {
				expect(classGuards.filter(guard => guard(code)).length).toBe(isRange(code) ? 1 : 0);
				expect(isError(code)).toBe(isClientError(code) || isServerError(code));
				expect(isHttpStatus(code)).toBe(classGuards.some(guard => guard(code)));
			}),
		);
	});

	test('parseStatus accepts exactly the integers 100-599 and returns them unchanged', () => {
		check(
			fc.property(anyNumber, code => {
				if (isRange(code)) {
					expect(Object.is(parseStatus(code), code)).toBe(true);
				} else {
					expect(() => parseStatus(code)).toThrow(RangeError);
				}
			}),
		);
	});
});

describe('for any string', () => {
	test('parseStatus accepts exactly three ASCII digits from 100 to 599', () => {
		check(
			fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{3}$/), lookalikeString), text => {
				if (/^[1-5]\d\d$/.test(text)) {
					expect(parseStatus(text)).toBe(Number(text));
				} else {
					expect(() => parseStatus(text)).toThrow(RangeError);
				}
			}),
		);
	});

	test('no lookup answers a string, however much it looks like a code', () => {
		check(
			fc.property(fc.oneof(fc.string(), lookalikeString, fc.integer({min: 100, max: 599}).map(String)), text => {
				for (const lookup of Object.values(lookups)) {
					expect(lookup(text)).toBeUndefined();
				}
				for (const guard of Object.values(guards)) {
					expect(guard(text)).toBe(false);
				}
			}),
		);
	});
});

// A character that could drive a terminal or hide text, or a surrogate without its pair: what no message may hold.
const UNSAFE = /[\p{Cc}\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/u; // with the u flag, a surrogate range matches only a lone one

describe('for any text', () => {
	test('escapeControls leaves nothing unsafe, and inside a JSON string literal reads back as the same text', () => {
		check(
			fc.property(anyText, text => {
				expect(escapeControls(text)).toMatch(/^[ -~]*$/);
				const jsonSafe = text.replaceAll(/["\\]/g, '');
				expect(JSON.parse(`"${escapeControls(jsonSafe)}"`)).toBe(jsonSafe);
			}),
		);
	});

	test('quoteText of up to QUOTE_LIMIT characters is a JSON string literal of the text; a longer one is cut and counted', () => {
		check(
			fc.property(anyText, text => {
				const quoted = quoteText(text);
				expect(quoted.replace(/… \(a string of \d+ characters\)$/, '')).toMatch(/^[ -~]*$/);
				if (text.length <= QUOTE_LIMIT) {
					expect(JSON.parse(quoted)).toBe(text);
				} else {
					expect(quoted.endsWith(`… (a string of ${text.length} characters)`)).toBe(true);
				}
			}),
		);
	});

	test('assertNever names any value with nothing unsafe in the message', () => {
		forAny(value => {
			expect(() => assertNever(value as never)).toThrow(TypeError);
			try {
				assertNever(value as never);
			} catch (error) {
				expect((error as Error).message).not.toMatch(UNSAFE);
			}
			expect(touched).toEqual([]);
		});
	});
});

describe('round trips, for every named code', () => {
	const named = status as unknown as Record<string, unknown>;
	test.each(STATUS_REGISTRY.map(info => [info.code, info] as const))('%i: code → name → code, → phrase → code, → text → code', (code, info) => {
		expect(named[info.constant]).toBe(code);
		for (const alias of info.deprecated) {
			expect(named[alias]).toBe(code);
		}
		const phrase = reasonPhrase(code);
		expect(STATUS_CODES.filter(other => reasonPhrase(other) === phrase)).toEqual([code]);
		expect(info.phrase).toBe(phrase);
		expect(info.class).toBe(statusClass(code));
		expect(parseStatus(String(code))).toBe(code);
		expect(statusInfo(code)).toBe(info);
	});

	test('every exported HTTP_ constant names its own value and a named code', () => {
		const constants = Object.entries(named).filter(([name]) => name.startsWith('HTTP_'));
		expect(constants.length).toBe(STATUS_CODES.length + 4);
		for (const [name, value] of constants) {
			expect(name.slice(5, 8)).toBe(String(value));
			expect(isStatusCode(value)).toBe(true);
		}
	});
});
