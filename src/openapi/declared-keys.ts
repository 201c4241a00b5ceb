// The response keys an operation declares, as a value: types are erased at run time, so the reader of a response
// takes them as a list, which the compiler checks against the operation's type.
import {escapeControls, quoteText} from '../escape-text.ts';
import type {OperationShape, RangeKey} from './response-key.ts';

type Numeric<Code extends string> = Code extends `${infer Value extends number}` ? Value : never;

// The codes among `Codes` (three-digit strings) in ascending order, as numbers: the first digits present, in order;
// under each, the second digits present; under each, the third. Each step asks which digits are present once, then
// tests ten literals against that union, so the work grows with the keys, not with the codes that could exist.
type Ascending<Codes extends string> = InOrder<Codes, '', Codes extends `${infer First}${string}` ? First : never, 'tens'>;
type Level = 'tens' | 'units' | 'codes';
type InOrder<Codes extends string, Prefix extends string, Present, Next extends Level> = [
	...('0' extends Present ? Under<Codes, `${Prefix}0`, Next> : []),
	...('1' extends Present ? Under<Codes, `${Prefix}1`, Next> : []),
	...('2' extends Present ? Under<Codes, `${Prefix}2`, Next> : []),
	...('3' extends Present ? Under<Codes, `${Prefix}3`, Next> : []),
	...('4' extends Present ? Under<Codes, `${Prefix}4`, Next> : []),
	...('5' extends Present ? Under<Codes, `${Prefix}5`, Next> : []),
	...('6' extends Present ? Under<Codes, `${Prefix}6`, Next> : []),
	...('7' extends Present ? Under<Codes, `${Prefix}7`, Next> : []),
	...('8' extends Present ? Under<Codes, `${Prefix}8`, Next> : []),
	...('9' extends Present ? Under<Codes, `${Prefix}9`, Next> : []),
];
// The codes under `Prefix`: at the last digit the code itself, else the digits present after it, in order.
type Under<Codes extends string, Prefix extends string, At extends Level> = At extends 'tens'
	? InOrder<Codes, Prefix, Codes extends `${Prefix}${infer Digit}${string}` ? Digit : never, 'units'>
	: At extends 'units'
		? InOrder<Codes, Prefix, Codes extends `${Prefix}${infer Digit}` ? Digit : never, 'codes'>
		: [Numeric<Prefix>];

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
export type DeclaredKeys<Operation extends OperationShape> = readonly [
	...Ascending<`${keyof Operation['responses'] & number}`>,
	...Ranges<keyof Operation['responses']>,
	...('default' extends keyof Operation['responses'] ? ['default'] : []),
];

/** A response key as a value: a status number, a range key, or `default`. */
export type ResponseKeyValue = number | RangeKey | 'default';

const {isArray} = Array;
const {floor} = Math;
const LIMIT = 100; // the keys a message lists at most

/** True for a response key: an integer 100–599, `1XX`–`5XX`, or `default`. */
export function isResponseKey(key: unknown): key is ResponseKeyValue {
	return typeof key === 'number'
		? key % 1 === 0 && key >= 100 && key <= 599
		: typeof key === 'string' && (key === 'default' || (key.length === 3 && key[0]! >= '1' && key[0]! <= '5' && key[1] === 'X' && key[2] === 'X'));
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
	// An index loop, not for…of: the array's iterator is Array.prototype's, which a polluted global may replace.
	// eslint-disable-next-line @typescript-eslint/prefer-for-of
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
