import {afterEach, describe, expect, test, vi} from 'vitest';

// reasonPhrase and isStatusCode read the phrase array, which is given a null prototype as its module loads, so a number
// that is no index of it reads `undefined` without a range check. A program that replaced Reflect.setPrototypeOf before
// the package loaded leaves the array its prototype; the range and integer checks then keep every read an own slot.
// Each case loads the modules afresh, under a polluted Object.prototype and Array.prototype at the keys such reads
// would reach: the index of 99 is -1, of 600 is 500, of 100.5 is 0.5.

const setPrototypeOf = Reflect.setPrototypeOf;
const KEYS = ['-1', '500', '0.5', '4.5', 'NaN', 'Infinity', '-Infinity', '1e+21'];
// 299 is in range but has no phrase.
const UNNAMED: number = 299;
const INPUTS = [99, 600, 100.5, 104.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e21];

async function load(stub?: typeof Reflect.setPrototypeOf) {
	vi.resetModules();
	if (stub !== undefined) {
		Reflect.setPrototypeOf = stub;
	}
	try {
		const {reasonPhrase, isStatusCode} = await import('../../src/reason-phrase.ts');
		const {PHRASES_FROM_100, PHRASES_WITHOUT_PROTOTYPE} = await import('../../src/generated/reason-phrases.ts');
		return {reasonPhrase, isStatusCode, PHRASES_FROM_100, PHRASES_WITHOUT_PROTOTYPE};
	} finally {
		Reflect.setPrototypeOf = setPrototypeOf;
	}
}

/** `run`'s answer, read while every key of KEYS is set on Object.prototype and Array.prototype. */
function polluted<Value>(run: () => Value): Value {
	for (const key of KEYS) {
		Object.defineProperty(Object.prototype, key, {value: 'Polluted', configurable: true, writable: true});
		Object.defineProperty(Array.prototype, key, {value: 'Polluted', configurable: true, writable: true});
	}
	try {
		return run();
	} finally {
		for (const key of KEYS) {
			delete (Object.prototype as Record<string, unknown>)[key];
			delete (Array.prototype as unknown as Record<string, unknown>)[key];
		}
	}
}

afterEach(() => {
	vi.resetModules();
});

describe('the phrase lookup', () => {
	test('the array loses its prototype as the module loads', async () => {
		const {PHRASES_FROM_100, PHRASES_WITHOUT_PROTOTYPE} = await load();
		expect(PHRASES_WITHOUT_PROTOTYPE).toBe(true);
		expect(Object.getPrototypeOf(PHRASES_FROM_100)).toBeNull();
	});

	test.each([
		['as it loads', undefined],
		['with Reflect.setPrototypeOf replaced by a stub that answers false', () => false],
		['with Reflect.setPrototypeOf replaced by a stub that answers nothing', (() => undefined) as unknown as typeof Reflect.setPrototypeOf],
		['with Reflect.setPrototypeOf replaced by a stub that answers its target', ((target: object) => target) as unknown as typeof Reflect.setPrototypeOf],
	])('a number that is no named code has no phrase, under a polluted prototype, %s', async (_, stub) => {
		const {reasonPhrase, isStatusCode, PHRASES_FROM_100, PHRASES_WITHOUT_PROTOTYPE} = await load(stub);
		expect(PHRASES_WITHOUT_PROTOTYPE).toBe(stub === undefined);
		expect(Object.getPrototypeOf(PHRASES_FROM_100)).toBe(stub === undefined ? null : Array.prototype);
		const answers = polluted(() => ({
			phrases: INPUTS.map(input => reasonPhrase(input)),
			named: INPUTS.map(input => isStatusCode(input)),
			known: [reasonPhrase(100), reasonPhrase(404), reasonPhrase(511), reasonPhrase(UNNAMED), isStatusCode(100), isStatusCode(511)],
		}));
		expect(answers).toEqual({
			phrases: INPUTS.map(() => undefined),
			named: INPUTS.map(() => false),
			known: ['Continue', 'Not Found', 'Network Authentication Required', undefined, true, true],
		});
	});
});
