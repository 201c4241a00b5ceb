// The client side: what a received response's status is, and guards on response objects. A guard on `r.status`
// narrows the number but not `r`; these narrow the object, so a discriminated union keyed by `status` keeps the
// members whose status passes, and a `Response` gets a status type that says what the check proved.
import type {HttpStatusIn, Uninferred} from '../index.ts';
// eslint-disable-next-line no-restricted-imports -- a type alone, generated from the registry and erased from the build: the subpath's code still reaches the library only through ../index.ts
import type {CodeTable} from '../generated/code-table.ts';
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

// The cheap signatures. A predicate that names only the codes, `response is {readonly status: Code}`, is computed once
// per code; one that names the response's type is computed afresh for each response type, about 6 instantiations a
// call. The codes-only predicate narrows soundly when each member of the response's union has a status that is all
// among the codes or none of them: TypeScript keeps from a union the members that are subtypes of the predicate and
// intersects it with the rest only when none is, so a member that may have one of the codes without being sure to
// (`{status: 200 | 404}`, a `Response`) would leave the true branch beside one that is sure to. `Sorted` takes exactly
// the responses whose members fall on one side: a status all among the codes, or named codes none of which is one of
// them. Anything else (a `Response`, a member that may or may not have a code, an unnamed status such as 299) falls to
// the general signatures below, which are as sound and cost more.
//
// A number no value has, in both members: without it each member's status would be a literal type, TypeScript would
// treat `status` as a discriminant and split a member's `200 | 404` into two that each fit one side.
declare const apart: unique symbol;
type Apart = number & {readonly [apart]: never};
// The named codes, each keyed by itself, and Apart under a key of its own: read at every key with some codes' entries
// made never (a mapped type over `Codes`, intersected), it is the union of Apart and the named codes other than those.
// One mapped type and one indexed access, where `Exclude<StatusCode, Codes>` would instantiate a conditional type per
// code (about 550 instantiations for each code hasStatus is given), and Apart in the table rather than beside the read
// is one union fewer for each code. The table holds the named codes, not every integer from 100 to 599: the 435 others
// would add as many types to every program that calls hasStatus.
interface CodesAndApart extends CodeTable {
	readonly [apart]: Apart;
}
type Sorted<Codes extends number> =
	| {readonly status: Codes | Apart}
	// eslint-disable-next-line @typescript-eslint/consistent-indexed-object-style -- one mapped type, where Readonly<Record<…>> is two aliases more to instantiate for each code
	| {readonly status: (CodesAndApart & {readonly [Code in Codes]: never})[keyof CodesAndApart]};
// The index at which the first signature reads its response type: `0` for one literal code, `never` for any other (a
// union, `StatusCode`, `number`, an enum's member, `any`), which makes the response parameter `never` and sends the call
// on. Code alone is inferred from the code argument, and nothing from the response: the compiler does not infer into
// an indexed access. One test per code, in the place of `Uninferred` and OneLiteral: 23 instantiations for each code
// after the first, where they cost 37. The `number` test comes first inside the distribution: in any other order the
// declaration fails its own check (the predicate's type is not assignable to the parameter's) under `skipLibCheck:
// false`. `Whole & {}` is `Whole`, without the tuple that `[Whole]` would instantiate for each code.
type OneCodeIndex<Code, Whole = Code> = Code extends unknown ? (number extends Code ? never : Whole & {} extends Code ? 0 : never) : never;
// The code of the signatures for one literal code: `never` for any other (a union, `StatusCode`, `number`), which sends
// the call to the last signature for one code.
type OneLiteral<Code> = [Single<Code>] extends [never] ? never : Code;
// The cheap signatures take only codes that are each a literal of their own: a code typed `200 | 404` may be either, so
// no member is sure to have it, and neither is one of a list whose length is not known. Any other code, or none, makes
// the code parameter `never`, which sends the call to the general signature.
type AllCertain<Codes extends readonly number[]> = Codes extends readonly [number, ...number[]]
	? [Exclude<Codes[number], Certain<Codes>>] extends [never]
		? unknown
		: never
	: never;

// What a passing hasStatus proves about each member of the response's union: the member with the codes' mark
// intersected, which narrows its status; except a member whose status is a numeric enum's member. TypeScript makes
// `Upstream.NotFound & 404` never though both are 404, so such a member is kept whole when each of its values is a
// code given as a literal of its own, kept with a mark of its own (which leaves it in the false branch too) when one of
// its values may be a code, and dropped when none is. `number extends Status` holds for `number` and for an enum's
// members alone, and of the two only `number` holds 0.5.
type Marked<Value, Codes, Certainly, Mark> = Value extends {readonly status: infer Status}
	? number extends Status
		? 0.5 extends Status
			? Value & Mark
			: [Status] extends [Certainly]
				? Value
				: [Extract<Status, Codes>] extends [never]
					? never
					: Value & MayDiffer
		: Value & Mark
	: never;
type MayDiffer = {readonly '~statusMayDiffer'?: never};

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
export type HasStatus<Value extends {readonly status: number}, Codes extends readonly number[]> = Marked<
	Value,
	Codes[number],
	Certain<Codes>,
	StatusMark<Codes>
>;

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
export function hasStatus<Code extends number>(response: {0: Sorted<Code>}[OneCodeIndex<Code>], code: Code): response is {readonly status: Code};
/**
 * True when the response's status is one of `codes`; narrows a `Response` or any `{status}` object to them.
 *
 * @example
 * ```ts
 * import {hasStatus} from 'typed-http-status/response';
 * declare const result: Response | {status: 404; error: string};
 * if (hasStatus(result, 404)) {
 * 	result.status; // result: {status: 404; error: string} | (Response & {readonly status: 404})
 * }
 * hasStatus(new Response(null, {status: 204}), 200, 204);
 * //=> true
 * ```
 */
export function hasStatus<Value extends {readonly status: number}, Code extends number>(
	response: Value | Uninferred<Code, {readonly status: Code}>,
	code: OneLiteral<Code>,
): response is (Value & {readonly status: Code}) | {readonly status: Code};
/**
 * True when the response's status is one of `codes`; narrows a `Response` or any `{status}` object to them.
 *
 * @example
 * ```ts
 * import {hasStatus} from 'typed-http-status/response';
 * declare const result: {status: 200; note: string} | {status: 404; error: string};
 * declare const wanted: 200 | 404;
 * if (!hasStatus(result, wanted)) {
 * 	result.status; // result: {status: 200; note: string} | {status: 404; error: string}
 * }
 * hasStatus(new Response(null, {status: 204}), 200, 204);
 * //=> true
 * ```
 */
export function hasStatus<Value extends {readonly status: number}, Code extends number>(
	response: Value,
	code: Code,
): response is Marked<Value, Code, never, MayBe<Code>>;
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
export function hasStatus<const Codes extends readonly number[]>(
	response: Uninferred<Codes, Sorted<Codes[number]>>,
	...codes: Codes & AllCertain<Codes>
): response is {readonly status: Codes[number]};
/**
 * True when the response's status is one of `codes`; narrows a `Response` or any `{status}` object to them.
 *
 * @example
 * ```ts
 * import {hasStatus} from 'typed-http-status/response';
 * declare const result: Response | {status: 503};
 * if (hasStatus(result, 502, 503)) {
 * 	result.status; // result: {status: 503} | (Response & {readonly status: 502 | 503})
 * }
 * hasStatus(new Response(null, {status: 204}), 200, 204);
 * //=> true
 * ```
 */
export function hasStatus<Value extends {readonly status: number}, const Codes extends readonly number[]>(
	response: Value | Uninferred<Codes, StatusMark<Codes>>,
	...codes: Codes
): response is [Exclude<Codes[number], Certain<Codes>>] extends [never] ? (Value & StatusMark<Codes>) | StatusMark<Codes> : HasStatus<Value, Codes>;
// Five signatures, tried in order; each answers the same, and they differ in what they cost the compiler.
// - One code, each member's status all that code or named codes other than it (Sorted): the predicate names the code
//   alone, so TypeScript computes the signature once per code, whatever the response's type. On the 300-handler program
//   of bench/scenarios/typecheck/at-scale.mjs hasStatus costs 98 instantiations this way, for its three codes, where a
//   signature generic in the response cost 1,845: a handler's own union is a new type argument, about 6 a call.
// - One literal code, any response (a `Response`, a member that may have the code): the response's type intersected
//   with the code, and the code's bare mark beside it, which keeps a member whose status is an enum's member.
// - One code that may be several (`200 | 404`, `StatusCode`, `number`): Marked, member by member.
// - Several codes, and the same split for them: the cheap one when every code is a literal of its own, else HasStatus.
// One code is the common call and has signatures of its own, since the list form infers a tuple of the codes and walks
// it. A call the cheap signatures refuse costs what the general one costs, plus the refusal, which TypeScript caches
// for each pair of response type and code.
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
