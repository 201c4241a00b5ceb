// A received body as JSON text for a failure message, bounded: at most `limit` characters are written, whatever the
// size of the body (a 300,000-key object costs one list of its keys, not a full JSON.stringify), and only own data
// properties are read (no getter, `toJSON` or proxy trap beyond the keys and descriptors). As JSON.stringify, a
// body with a cycle or a bigint has no text. Internal; not exported by the package.
import {hasOwn, isArray, ownDescriptor, ownKeys, sliceText, stringify} from '../../../src/built-ins.ts';

/** JSON-like text of `value`, cut after `limit` characters; `undefined` when nothing can be shown. */
export function bodyText(value: unknown, limit: number): string | undefined {
	const out: Output = {text: '', limit, open: []};
	try {
		write(value, out);
	} catch {
		// a cycle, a bigint, a revoked proxy, a throwing trap: nothing trustworthy to show
		return undefined;
	}
	return out.text;
}

interface Output {
	text: string;
	readonly limit: number;
	readonly open: object[]; // the objects being written, outermost first, to find a cycle
}

function write(value: unknown, out: Output): void {
	if (out.text.length > out.limit) {
		return;
	}
	if (typeof value === 'string') {
		out.text += stringify(value.length > out.limit ? sliceText(value, 0, out.limit) : value)!;
	} else if (typeof value === 'number' || typeof value === 'boolean') {
		out.text += `${value}`;
	} else if (typeof value === 'bigint') {
		throw new TypeError('a bigint has no JSON form');
	} else if (typeof value === 'object' && value !== null) {
		for (let index = 0; index !== out.open.length; index++) {
			if (out.open[index] === value) {
				throw new TypeError('a cycle has no JSON form');
			}
		}
		out.open[out.open.length] = value;
		members(value, out);
		out.open.length--;
	} else {
		out.text += 'null'; // null; in a list, also what JSON writes for undefined, a function or a symbol
	}
}

function members(value: object, out: Output): void {
	const list = isArray(value);
	const keys = ownKeys(value);
	out.text += list ? '[' : '{';
	let first = true;
	for (let index = 0; index !== keys.length && out.text.length <= out.limit; index++) {
		const key = keys[index];
		const descriptor = typeof key === 'string' && !(list && key === 'length') ? ownDescriptor(value, key) : undefined;
		if (descriptor?.enumerable !== true || !hasOwn(descriptor, 'value')) {
			continue;
		}
		const member: unknown = descriptor.value;
		if (!list && (member === undefined || typeof member === 'function' || typeof member === 'symbol')) {
			continue; // left out of an object, as JSON.stringify leaves them
		}
		out.text += first ? '' : ',';
		first = false;
		if (!list) {
			out.text += `${stringify(key)!}:`;
		}
		write(member, out);
	}
	out.text += list ? ']' : '}';
}
