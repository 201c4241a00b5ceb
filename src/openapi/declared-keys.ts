// The response keys an operation declares, as a value: types are erased at run time, so the reader of a response
// takes them as a list, which the compiler checks against the operation's type.
import {escapeControls, quoteText} from '../escape-text.ts';
import type {DeclaredRange, ExplicitStatus, RangeKey, ResponseKey} from './response-key.ts';

type Digits = readonly ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

// The three-digit codes among `Codes` (strings) in ascending order, as numbers, digit by digit: only the prefixes some
// code starts with are visited, so a list of a few codes costs a few dozen steps.
type Ascending<Codes extends string, Prefix extends string = '', Rest extends readonly string[] = Digits> = Rest extends readonly [
	infer Digit extends string,
	...infer Tail extends readonly string[],
]
	? [
			...([Extract<Codes, `${Prefix}${Digit}${string}`>] extends [never]
				? []
				: Prefix extends `${Digits[number]}${Digits[number]}`
					? `${Prefix}${Digit}` extends `${infer Code extends number}`
						? [Code]
						: []
					: Ascending<Codes, `${Prefix}${Digit}`>),
			...Ascending<Codes, Prefix, Tail>,
		]
	: [];

type Ranges<Declared> = [
	...('1XX' extends Declared ? ['1XX'] : []),
	...('2XX' extends Declared ? ['2XX'] : []),
	...('3XX' extends Declared ? ['3XX'] : []),
	...('4XX' extends Declared ? ['4XX'] : []),
	...('5XX' extends Declared ? ['5XX'] : []),
];

/**
 * The response keys of an operation as the list `readResponse` takes: exactly the keys the operation declares, in
 * one order (status numbers ascending, then range keys, then `default`), the order the command line
 * `typed-http-status openapi` prints them in. A list that misses a key, has one too many, or is out of order does
 * not compile, and the message shows the list expected.
 *
 * @example
 * ```ts
 * import type {DeclaredKeys} from 'typed-http-status/openapi';
 * type Keys = DeclaredKeys<{responses: {default: {}; 404: {}; 200: {}; '4XX': {}}}>;
 * //=> readonly [200, 404, '4XX', 'default']
 * ```
 */
export type DeclaredKeys<Operation> = readonly [
	...Ascending<`${ExplicitStatus<Operation>}`>,
	...Ranges<DeclaredRange<Operation>>,
	...('default' extends ResponseKey<Operation> ? ['default'] : []),
];

/** A response key as a value: a status number, a range key, or `default`. */
export type ResponseKeyValue = number | RangeKey | 'default';

const {isArray} = Array;
const {floor} = Math;
const LIMIT = 100; // the keys a message lists at most

/** True for a response key: an integer 100–599, `1XX`–`5XX`, or `default`. */
export function isResponseKey(key: unknown): key is ResponseKeyValue {
	return typeof key === 'number' ? key % 1 === 0 && key >= 100 && key <= 599 : typeof key === 'string' && (key === 'default' || (key.length === 3 && key[0]! >= '1' && key[0]! <= '5' && key[1] === 'X' && key[2] === 'X'));
}

/** The caller's list of keys, copied once as own data and checked: a `TypeError` naming what is wrong. */
export function checkedKeys(caller: string, declared: unknown): readonly ResponseKeyValue[] {
	if (!isArray(declared)) {
		throw new TypeError(`${caller}: expected the declared response keys as an array, such as [200, 404, '4XX', 'default']; received ${describe(declared)}`);
	}
	const list = declared as readonly unknown[];
	const keys: ResponseKeyValue[] = [];
	for (let index = 0; index < list.length; index++) {
		const key = list[index];
		if (!isResponseKey(key)) {
			throw new TypeError(`${caller}: declared response key ${index} is not a status 100–599, a range key 1XX–5XX or 'default'; received ${describe(key)}`);
		}
		keys[keys.length] = key;
	}
	if (keys.length === 0) {
		throw new TypeError(`${caller}: the declared response keys are empty; an OpenAPI operation declares at least one response`);
	}
	return keys;
}

/** The declared key that covers `status`: the status itself, its class's range, or `default`; `undefined` for none. */
export function keyFor(status: number, keys: readonly ResponseKeyValue[]): ResponseKeyValue | undefined {
	const range = `${floor(status / 100)}XX`;
	let found: ResponseKeyValue | undefined;
	for (let index = 0; index < keys.length; index++) {
		const key = keys[index]!;
		if (key === status) {
			return key;
		}
		if (key === range || (key === 'default' && found === undefined)) {
			found = key;
		}
	}
	return found;
}

/** The keys for a message: `[200, 404, '4XX', 'default']`, the first hundred at most. */
export function listKeys(keys: readonly ResponseKeyValue[]): string {
	let shown = '';
	for (let index = 0; index < keys.length && index < LIMIT; index++) {
		const key = keys[index]!;
		shown += `${index === 0 ? '' : ', '}${typeof key === 'number' ? String(key) : `'${escapeControls(key)}'`}`;
	}
	return `[${shown}${keys.length > LIMIT ? `, … (${keys.length} keys)` : ''}]`;
}

function describe(value: unknown): string {
	if (typeof value === 'string') {
		return quoteText(value);
	}
	if (typeof value === 'number') {
		return Object.is(value, -0) ? '-0' : String(value);
	}
	return value === null ? 'null' : isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;
}
