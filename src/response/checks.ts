// The run-time checks of every builder, for callers the compiler did not check (JavaScript, `any`, a cast): each names
// the builder and the problem, and throws before `Response` would, with the same error type `Response` throws. A
// caller's objects (the options, a problem's fields) are read once, as own data, into a null-prototype record that is
// then checked and serialised: nothing is read through the prototype chain (a polluted `Object.prototype.headers`
// reaches no response), a getter or a proxy cannot answer one way to the check and another to JSON.stringify, and
// a member `toJSON` cannot replace what was checked. Built-ins are the ones captured at load (src/built-ins.ts).
import {charCodeAt, hasOwn, indexOfText, isArray, ownDescriptor, ownKeys, stringify} from '../built-ins.ts';
import {describeValue} from '../describe-value.ts';
import {quoteText} from '../escape-text.ts';
import {isError, isFinalStatus, isNullBodyStatus, isResponseRedirectStatus, reasonPhrase} from '../index.ts';
import type {HeadersInput} from './typed-response.ts';

export {redirectLocation} from './location.ts';

/** A caller's object copied as own data: its own enumerable string-keyed data properties, and nothing else. */
export type OwnData = Readonly<Partial<Record<string, unknown>>>;

/**
 * Copy `value`'s own enumerable data properties into a null-prototype record, reading each once: `undefined` gives an
 * empty record; a value that is not a plain object's kind (a primitive, `null`, an array), a getter or setter, and a
 * member `toJSON` when `json` is set are refused with a `TypeError` naming the builder; symbol keys are left out.
 */
export function ownData(builder: string, what: string, value: unknown, json: boolean): OwnData {
	const record: Record<string, unknown> = {__proto__: null};
	if (value === undefined) {
		return record;
	}
	if (typeof value !== 'object' || value === null || isArrayOrRevoked(value)) {
		throw new TypeError(`${builder}: expected ${what} as an object; received ${describeValue(value)}`);
	}
	let keys: ReadonlyArray<string | symbol>;
	try {
		keys = ownKeys(value);
	} catch {
		throw new TypeError(`${builder}: ${what} could not be read: their keys threw`);
	}
	for (let index = 0; index !== keys.length; index++) {
		const key = keys[index];
		if (typeof key !== 'string') {
			continue;
		}
		let descriptor: PropertyDescriptor | undefined;
		try {
			descriptor = ownDescriptor(value, key);
		} catch {
			throw new TypeError(`${builder}: ${what} could not be read: member ${describeValue(key)} threw`);
		}
		// The descriptor is a fresh object with Object.prototype, so only its own members are read.
		if (descriptor === undefined || !hasOwn(descriptor, 'enumerable') || descriptor.enumerable !== true) {
			continue;
		}
		if (!hasOwn(descriptor, 'value')) {
			throw new TypeError(`${builder}: ${what} have a getter or setter for ${describeValue(key)}; pass plain data`);
		}
		if (json && key === 'toJSON') {
			throw new TypeError(`${builder}: ${what} may not have a member "toJSON", which would replace what was checked`);
		}
		record[key] = descriptor.value;
	}
	return record;
}

// Array.isArray throws for a revoked proxy: refused as not an object to read.
function isArrayOrRevoked(value: object): boolean {
	try {
		return isArray(value);
	} catch {
		return true;
	}
}

/** The status, if it is a final status (200–599): a `TypeError` for a non-number, a `RangeError` for any other number. */
export function finalStatus(builder: string, status: unknown): number {
	if (typeof status !== 'number') {
		throw new TypeError(`${builder}: expected a status code, a number; received ${describeValue(status)}`);
	}
	if (!isFinalStatus(status)) {
		throw new RangeError(`${builder}: expected a final status, an integer from 200 to 599; received ${describeValue(status)}`);
	}
	return status;
}

/** The status, if a response with it may carry a body: also a `TypeError` for a null body status (204, 205, 304). */
export function contentfulStatus(builder: string, status: unknown): number {
	const final = finalStatus(builder, status);
	if (isNullBodyStatus(final)) {
		throw new TypeError(`${builder}: status ${final} is a null body status; a response with it cannot have a body`);
	}
	return final;
}

/** The status, if it is a redirect status (301, 302, 303, 307, 308), the only ones `Response.redirect` takes. */
export function redirectStatus(builder: string, status: unknown): number {
	if (typeof status !== 'number') {
		throw new TypeError(`${builder}: expected a status code, a number; received ${describeValue(status)}`);
	}
	if (!isResponseRedirectStatus(status)) {
		throw new RangeError(`${builder}: expected a redirect status, 301, 302, 303, 307 or 308; received ${describeValue(status)}`);
	}
	return status;
}

/** The status and its reason phrase, if it is a named client or server error status (4xx or 5xx). */
export function errorStatus(builder: string, status: unknown): {readonly code: number; readonly title: string} {
	if (typeof status !== 'number') {
		throw new TypeError(`${builder}: expected a status code, a number; received ${describeValue(status)}`);
	}
	const title = isError(status) ? reasonPhrase(status) : undefined;
	if (title === undefined) {
		throw new RangeError(`${builder}: expected a named client or server error status (4xx or 5xx); received ${describeValue(status)}`);
	}
	return {code: status, title};
}

/**
 * The `statusText`: the caller's, checked against RFC 9112 §4's reason-phrase (tab, space, visible ASCII and
 * obs-text), or `fallback` when they give none (a problem's title, so that a server that sends `statusText` says the
 * phrase of the body; `Deno.serve` and `Bun.serve` send their own; empty for the other builders, see docs/responses.md).
 */
export function statusText(builder: string, given: unknown, fallback: string): string {
	if (given === undefined) {
		return fallback;
	}
	if (typeof given !== 'string') {
		throw new TypeError(`${builder}: expected the statusText as a string; received ${describeValue(given)}`);
	}
	for (let index = 0; index !== given.length; index++) {
		const unit = charCodeAt(given, index);
		if ((unit < 0x20 && unit !== 0x09) || unit === 0x7f || unit > 0xff) {
			throw new TypeError(`${builder}: the statusText may hold only tabs, spaces, visible ASCII and Latin-1 (RFC 9112 §4); received ${describeValue(given)}`);
		}
	}
	return given;
}

/** The response's headers: the caller's, with `type` as the content type unless they set one. */
export function responseHeaders(builder: string, headers: unknown, type: string | undefined): Headers {
	let merged: Headers;
	try {
		// A record of headers is copied as own data first: Headers would read it as a list of pairs if a polluted
		// Object.prototype[Symbol.iterator] answered for it. A list of pairs and a Headers are the platform's to read.
		const record = typeof headers === 'object' && headers !== null && !isArray(headers) && !(headers instanceof Headers);
		merged = new Headers((record ? ownData(builder, 'the headers', headers, false) : headers) as HeadersInput);
	} catch (error) {
		if (error instanceof TypeError && isOwnMessage(builder, error)) {
			throw error;
		}
		// The platform's own reason, quoted: it tells a name or value it refused from a Headers that cannot work at all
		// (Node.js 24's fails for every input once Array.prototype.includes is replaced).
		throw new TypeError(
			`${builder}: the platform's Headers refused the headers (names must be token characters, values without a line break or NUL): ${platformReason(error)}`,
			{cause: error},
		);
	}
	if (type !== undefined && !merged.has('content-type')) {
		merged.set('content-type', type);
	}
	return merged;
}

// The most characters of a platform's message that a builder's error repeats: enough for undici's, Deno's and Bun's.
const PLATFORM_REASON_LIMIT = 160;

// The message of an error the platform threw, quoted and bounded; an error without a string message of its own says so.
function platformReason(error: unknown): string {
	const message: unknown = typeof error === 'object' && error !== null ? ownDescriptor(error, 'message')?.value : undefined;
	return typeof message === 'string' && message !== '' ? quoteText(message, PLATFORM_REASON_LIMIT) : 'it gave no reason';
}

// An error of ours (it starts with the builder's name), to pass on as it is.
function isOwnMessage(builder: string, error: TypeError): boolean {
	const message: unknown = ownDescriptor(error, 'message')?.value;
	if (typeof message !== 'string') {
		return false;
	}
	for (let index = 0; index !== builder.length; index++) {
		if (charCodeAt(message, index) !== charCodeAt(builder, index)) {
			return false;
		}
	}
	return true;
}

/**
 * `value` as JSON text, or a `TypeError` naming the builder and why there is none (a cycle, a bigint, a symbol…);
 * `plural` when `what` names more than one thing (`the fields have`, `they hold`).
 */
export function jsonText(builder: string, what: string, value: unknown, plural = false): string {
	let text: string | undefined;
	try {
		text = stringify(value);
	} catch (error) {
		throw new TypeError(`${builder}: ${what} ${plural ? 'have' : 'has'} no JSON form: ${jsonProblem(error, plural ? 'they hold' : 'it holds')}`, {
			cause: error,
		});
	}
	if (text === undefined) {
		throw new TypeError(`${builder}: ${what} (${describeValue(value)}) has no JSON form`);
	}
	return text;
}

// What JSON.stringify threw, in the library's words (`holds` says who holds it): V8 and JavaScriptCore word the two
// usual causes differently.
function jsonProblem(error: unknown, holds: string): string {
	let descriptor: PropertyDescriptor | undefined;
	try {
		descriptor = error instanceof TypeError ? ownDescriptor(error, 'message') : undefined;
	} catch {
		// a proxy thrown by a toJSON, which has no message to read
	}
	const message: unknown = descriptor === undefined ? undefined : descriptor.value;
	if (typeof message === 'string') {
		if (contains(message, 'ircular') || contains(message, 'yclic')) {
			return `${holds} a cycle`;
		}
		if (contains(message, 'BigInt')) {
			return `${holds} a bigint`;
		}
	}
	return 'a toJSON method threw';
}

function contains(text: string, part: string): boolean {
	return indexOfText(text, part) !== -1;
}
