// The client side: what a received response's status is, and guards on response objects. A guard on `r.status`
// narrows the number but not `r`; these narrow the object, so a discriminated union keyed by `status` keeps the
// members whose status passes, and a `Response` gets a status type that says what the check proved.
import type {HttpStatusIn} from '../index.ts';
import {isHttpStatus} from '../index.ts';
import {describeValue} from '../describe-value.ts';

/** The status of a value, read without throwing: `undefined` for a value that is not an object or whose getter throws. */
export function readStatus(response: unknown): unknown {
	let status: unknown;
	try {
		// A primitive has no own `status` (its wrapper's is undefined); null and undefined throw, and so may a getter.
		status = (response as {status?: unknown}).status;
	} catch {
		// the status stays undefined
	}
	return status;
}

/**
 * The members of a union of response objects whose `status` may be one of `Code`: a member whose status is wider
 * (a `Response`'s `number`) is kept with its status narrowed to the codes it may be.
 *
 * @example
 * ```ts
 * import type {WithStatus} from 'typed-http-status/response';
 * type Found = WithStatus<{status: 200; body: string} | {status: 404}, 200>;
 * //=> {status: 200; body: string}
 * ```
 */
export type WithStatus<Value, Code extends number> = Value extends {readonly status: infer Status}
	? [Status & Code] extends [never]
		? never
		: [Status] extends [Status & Code]
			? Value
			: Value & {readonly status: Status & Code}
	: never;

// The codes a list certainly holds: those given as one literal each (`hasStatus(r, 200, 404)`). A member whose status
// is all among them certainly passes, and leaves the false branch; a code typed `200 | 404`, `StatusCode` or `number`,
// a spread `number[]`, or no code at all may match none of a member's statuses, so such a member stays there too.
type Certain<Codes extends readonly number[]> = number extends Codes['length']
	? never
	: Codes extends readonly [infer First, ...infer Rest extends readonly number[]]
		? Single<First> | Certain<Rest>
		: never;
type Single<Code, Whole = Code> = number extends Code ? never : Code extends unknown ? ([Whole] extends [Code] ? Code : never) : never;

// A status that may be one of `Code`, marked by an optional member no response has. Intersected with a member, it
// makes a new type that stands for the member in the true branch (its status narrowed to `Code`), and a member of the
// union leaves the false branch only when the true branch holds that very member, so this one stays there.
type MayBe<Code> = {readonly status: Code; readonly '~statusMayDiffer'?: never};

// What the codes prove about a status, computed from the codes alone (once per list of codes, not once per member of
// the response's union): `{status: Certainly}` for the codes certainly among them, and a MayBe for the others.
// Intersected with the response's type, TypeScript's narrowing keeps a member whose status is all certain as it is (it
// is a subtype of the intersection), drops one whose literal status is none of the codes (the intersection is
// `never`), and narrows any other member's status.
type StatusMark<Codes extends readonly number[], Certainly = Certain<Codes>> = [Codes[number]] extends [never]
	? never
	: ([Certainly] extends [never] ? never : {readonly status: Certainly}) | ([Exclude<Codes[number], Certainly>] extends [never] ? never : MayBe<Codes[number]>);

/**
 * What a passing {@link hasStatus} proves about a response of type `Value` given `Codes`: the members of a union whose
 * status may be one of them, each narrowed to those codes; a member whose status is certainly among them (each given
 * as a literal of its own) is kept whole, and so leaves the false branch.
 *
 * @example
 * ```ts
 * import type {HasStatus} from 'typed-http-status/response';
 * type Found = HasStatus<{status: 200; body: string} | {status: 404}, [200]>;
 * //=> {status: 200; body: string} & {readonly status: 200}
 * ```
 */
export type HasStatus<Value extends {readonly status: number}, Codes extends readonly number[]> = Value & StatusMark<Codes>;

/**
 * The status of a received response, validated: an `HttpStatus` (any integer 100–599), or the literal statuses of a
 * typed response. Throws a `RangeError` for any other number (an opaque response's 0), a `TypeError` for a value
 * without a numeric `status`.
 *
 * @example
 * ```ts
 * import {statusOf} from 'typed-http-status/response';
 * statusOf(new Response(null, {status: 299}));
 * //=> 299
 * ```
 */
// Generic in the status, not in the response: a response union's statuses (`200 | 404`, a `Response`'s `number`) are
// the same type in every call that reads them, so TypeScript instantiates the signature once per status type, where a
// type parameter for the whole response made each handler's own union instantiate it afresh.
export function statusOf<Status extends number>(response: {readonly status: Status}): HttpStatusIn<Status> {
	const status = readStatus(response);
	if (typeof status !== 'number') {
		throw new TypeError(`statusOf: expected a response with a numeric status; received ${describeValue(response)}`);
	}
	if (!isHttpStatus(status)) {
		throw new RangeError(`statusOf: the response's status ${describeValue(status)} is not an HTTP status, an integer from 100 to 599`);
	}
	return status as HttpStatusIn<Status>;
}

/**
 * True when the response's status is one of `codes`; narrows a `Response` or any `{status}` object to them.
 *
 * @example
 * ```ts
 * import {hasStatus} from 'typed-http-status/response';
 * declare const result: {status: 200; note: string} | {status: 404; error: string};
 * if (hasStatus(result, 404)) {
 * 	result.error; // result: {status: 404; error: string}
 * }
 * hasStatus(new Response(null, {status: 204}), 200, 204);
 * //=> true
 * ```
 */
export function hasStatus<Value extends {readonly status: number}, Code extends number>(
	response: Value,
	code: Code,
): response is Value & ([Single<Code>] extends [never] ? MayBe<Code> : {readonly status: Code});
/**
 * True when the response's status is one of `codes`; narrows a `Response` or any `{status}` object to them.
 *
 * @example
 * ```ts
 * import {hasStatus} from 'typed-http-status/response';
 * declare const result: {status: 200; note: string} | {status: 404; error: string} | {status: 503};
 * if (hasStatus(result, 404, 503)) {
 * 	result.status; // result: {status: 404; error: string} | {status: 503}
 * }
 * hasStatus(new Response(null, {status: 204}), 200, 204);
 * //=> true
 * ```
 */
export function hasStatus<Value extends {readonly status: number}, const Codes extends readonly number[]>(
	response: Value,
	...codes: Codes
): response is Value & StatusMark<Codes>;
// Two signatures, because one code is the common call and the cheaper to check: the second alone infers a tuple of the
// codes and walks it. The first's predicate is StatusMark for one code, written inline: it depends on the code alone, so
// TypeScript computes it once per code, and an anonymous conditional costs one instantiation per call less than an
// alias (whose type arguments are instantiated too). On the 300-handler program of bench/scenarios/typecheck/at-scale.mjs
// hasStatus costs 1,845 instantiations on TypeScript 6 and 1,980 on 7 this way, 2,595 and 3,180 with the second alone.
// The rest of the cost is the response's type: a handler's own union is a new type argument, so each call instantiates
// the signature afresh. A predicate naming only the codes (`response is {readonly status: Code}`) is cached across calls
// (about 70 instantiations in all) but unsound: TypeScript's narrowing keeps from a union the members that are subtypes
// of the predicate, and when one is, drops from the true branch every member that only overlaps it (`{status: 200 |
// 201}`, a `Response`, a `{status: number}` catch-all), though a value with status 200 may be one of them.
export function hasStatus(response: {readonly status: number}, ...codes: readonly number[]): boolean {
	// Compared one by one with `===` (no Array.prototype.includes, which a program may replace): a status that is not
	// a number matches no code, and neither does NaN.
	const status = readStatus(response);
	for (let index = 0; index !== codes.length; index++) {
		if (codes[index] === status) {
			return true;
		}
	}
	return false;
}
