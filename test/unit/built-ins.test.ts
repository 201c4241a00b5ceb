import {describe, expect, test} from 'vitest';
import {freeze, frozenEmptyList, getPrototypeOf} from '../../src/built-ins.ts';

// Read before any test replaces Object.freeze.
const {isFrozen} = Object;
const original = Object.freeze;

/** `run`'s answer, with `Object.freeze` replaced by `stub` while it runs (synchronously) and put back after. */
function withFreeze<Value>(stub: (value: object) => unknown, run: () => Value): Value {
	Object.freeze = stub as typeof Object.freeze;
	try {
		return run();
	} finally {
		Object.freeze = original;
	}
}

const symbol = Symbol('key');

/** Every change a table could take, each tried; the ones it took. */
function changesTaken(table: Record<PropertyKey, unknown>): string[] {
	const tries = {
		'write a property': () => Reflect.set(table, '0', 'changed'),
		'write a symbol-keyed property': () => Reflect.set(table, symbol, 'changed'),
		'add a property': () => Reflect.set(table, 'added', 'added'),
		'redefine a property': () => Reflect.defineProperty(table, '0', {value: 'changed'}),
		'delete a property': () => Reflect.deleteProperty(table, '0'),
		'write the length': () => Reflect.set(table, 'length', 0) && Array.isArray(table),
		lengthen: () => Reflect.set(table, 'length', 9) && Array.isArray(table),
	};
	return Object.entries(tries).flatMap(([change, run]) => (run() ? [change] : []));
}

/** What programs replace `Object.freeze` with, each named for what it does. */
const STUBS: ReadonlyArray<[string, (value: object) => unknown]> = [
	['returns its argument', (value: object) => value],
	['does nothing', () => undefined],
	['only prevents extensions', Object.preventExtensions],
	['only seals', Object.seal],
];

describe('freeze', () => {
	test.each(STUBS)('freezes an array and a null-prototype record when Object.freeze %s', (_, stub) => {
		const list = withFreeze(stub, () => freeze(Object.assign(['a', 'b'], {[symbol]: 's'})));
		const record = withFreeze(stub, () => freeze(Object.assign(Object.create(null) as Record<PropertyKey, string>, {0: 'a', [symbol]: 's'})));
		expect([isFrozen(list), isFrozen(record)]).toEqual([true, true]);
		expect(changesTaken(list as never)).toEqual([]);
		expect(changesTaken(record)).toEqual([]);
		expect([...list, list[symbol as never]]).toEqual(['a', 'b', 's']);
		expect(Reflect.ownKeys(record).map(key => record[key])).toEqual(['a', 's']);
		expect(() => {
			(list as string[]).push('c');
		}).toThrow(TypeError);
	});

	test('returns the table it was given, whichever froze it', () => {
		const table = {phrase: 'Not Found'};
		expect(freeze(table)).toBe(table);
		const stubbed = {phrase: 'Not Found'};
		expect(
			withFreeze(
				value => value,
				() => freeze(stubbed),
			),
		).toBe(stubbed);
	});

	test('a table that Object.freeze froze keeps every value and is frozen', () => {
		const list = freeze([100, 200]);
		expect(isFrozen(list)).toBe(true);
		expect(list).toEqual([100, 200]);
		expect(changesTaken(list as never)).toEqual([]);
	});

	test('sets no attribute of a table that Object.freeze froze, and every one of a table it did not', () => {
		const define = Reflect.defineProperty;
		const keys: PropertyKey[] = [];
		Reflect.defineProperty = (target, key, attributes) => {
			keys.push(key);
			return define(target, key, attributes);
		};
		try {
			freeze([100, 200]);
			expect(keys).toEqual([]);
			withFreeze(
				value => value,
				() => freeze([100, 200]),
			);
			expect(keys).toEqual(['0', '1', 'length']);
		} finally {
			Reflect.defineProperty = define;
		}
	});

	test('the tables that meet none of it take every change (the tries can fail)', () => {
		expect(changesTaken(['a', 'b'] as never)).toEqual([
			'write a property',
			'write a symbol-keyed property',
			'add a property',
			'redefine a property',
			'delete a property',
			'write the length',
			'lengthen',
		]);
		expect(
			changesTaken(
				withFreeze(
					value => value,
					() => Object.freeze({0: 'a'}),
				) as never,
			),
		).toEqual(['write a property', 'write a symbol-keyed property', 'add a property', 'redefine a property', 'delete a property']);
	});
});

describe('frozenEmptyList', () => {
	test.each(STUBS)('is an empty list that takes no change when Object.freeze %s', (_, stub) => {
		const list = withFreeze(stub, () => frozenEmptyList());
		expect(list).toEqual([]);
		expect(isFrozen(list)).toBe(true);
		expect(Reflect.getOwnPropertyDescriptor(list, 'length')).toEqual({value: 0, writable: false, enumerable: false, configurable: false});
		// Deleting a property it does not have succeeds, and changes nothing.
		expect(changesTaken(list as never)).toEqual(['delete a property']);
		expect(list).toEqual([]);
	});

	test('is a new list each time', () => {
		expect(frozenEmptyList()).not.toBe(frozenEmptyList());
	});

	test('where freeze is fooled: V8 calls a sealed empty array frozen, and it still takes a longer length', () => {
		const list = withFreeze(Object.seal, () => freeze([]));
		expect(isFrozen(list)).toBe(true);
		expect(changesTaken(list as never)).toContain('lengthen');
	});
});

describe('getPrototypeOf', () => {
	test('is Object.getPrototypeOf as it was at load, which the matchers read, and answers after it is replaced', () => {
		const original = Object.getPrototypeOf;
		Object.getPrototypeOf = () => null;
		try {
			expect(getPrototypeOf([])).toBe(Array.prototype);
			expect(getPrototypeOf(Object.create(null) as object)).toBeNull();
		} finally {
			Object.getPrototypeOf = original;
		}
	});
});
