// Programs that compiled, claimed exhaustiveness and threw at run time: each must now either narrow to what passes or
// refuse to compile. test/unit/soundness.test.ts runs the same programs and shows the value that reaches each branch.
import {expectError, expectType} from 'tsd';
import {
	HTTP_201_CREATED,
	HTTP_301_MOVED_PERMANENTLY,
	HTTP_404_NOT_FOUND,
	assertNever,
	isClientError,
	isContentfulStatus,
	isFinalStatus,
	isHttpStatus,
	isStatusCode,
	isSuccess,
	reasonPhrase,
	statusClass,
	type HttpStatus,
	type StatusClassBrand,
	type StatusCode,
	type UnregisteredStatus,
} from '../dist/index.js';
import {hasStatus, json, problem, redirect, text, type TypedResponse} from '../dist/response.js';

// hasStatus with codes wider than one literal per argument: the false branch keeps every member.
type Reply = {status: 200; note: string} | {status: 404; error: string};
declare const reply: Reply;
declare const wanted: StatusCode;
if (!hasStatus(reply, wanted)) {
	expectType<Reply>(reply);
	expectError(assertNever(reply));
}
declare const allowed: number[];
if (!hasStatus(reply, ...allowed)) {
	expectType<Reply>(reply);
}
declare const either: 200 | 404;
if (!hasStatus(reply, either)) {
	expectType<Reply>(reply);
}
if (!hasStatus(reply)) {
	expectType<Reply>(reply);
}
// One literal per argument still narrows both branches.
if (hasStatus(reply, 404)) {
	expectType<string>(reply.error);
} else {
	expectType<string>(reply.note);
}
if (!hasStatus(reply, 200, 404)) {
	expectType<never>(reply);
}

// A numeric enum with an unnamed member keeps it, branded with its class.
declare enum Upstream {
	NotFound = 404,
	ClientClosedRequest = 499,
}
declare const upstream: Upstream;
if (isClientError(upstream)) {
	expectType<Upstream.NotFound | (Upstream.ClientClosedRequest & StatusClassBrand<'4xx'>)>(upstream);
	if (upstream !== Upstream.NotFound) {
		expectError(assertNever(upstream));
	}
}
if (isHttpStatus(upstream)) {
	expectType<Upstream.NotFound | (Upstream.ClientClosedRequest & StatusClassBrand<'4xx'>)>(upstream);
}
if (isFinalStatus(upstream)) {
	expectType<Upstream.NotFound | (Upstream.ClientClosedRequest & StatusClassBrand<'4xx'>)>(upstream);
}
if (isContentfulStatus(upstream)) {
	expectType<Upstream.NotFound | (Upstream.ClientClosedRequest & StatusClassBrand<'4xx'>)>(upstream);
}

// An enum's member with a brand of the caller's passes as its value does: the true branch keeps it whole. TypeScript
// makes `Outcome.Ok & 200` never, so an answer that intersected it with the class's codes would drop it.
declare enum Outcome {
	Ok = 200,
	Created = 201,
}
declare const taggedOutcome: Outcome.Ok & {readonly tag: 'outcome'};
if (isSuccess(taggedOutcome)) {
	expectType<Outcome.Ok & {readonly tag: 'outcome'}>(taggedOutcome);
}
if (isFinalStatus(taggedOutcome)) {
	expectType<Outcome.Ok & {readonly tag: 'outcome'}>(taggedOutcome);
}

// A value of an unconstrained type parameter narrowed by isHttpStatus or isStatusCode and passed to an overloaded
// function: the answer stays a deferred intersection the compiler relates quickly (a form of the answer table once made
// this take a minute and fail with TS2590, a union too complex to represent).
declare function describeStatus(status: HttpStatus): string;
// eslint-disable-next-line @typescript-eslint/unified-signatures -- the overloads are the point: resolving them is what ran for a minute
declare function describeStatus(value: unknown): string;
export function describeAny<Value>(value: Value): string {
	return isHttpStatus(value) ? describeStatus(value) : 'not a status';
}
declare function describeCode(status: StatusCode): string;
// eslint-disable-next-line @typescript-eslint/unified-signatures -- the overloads are the point: resolving them is what ran for a minute
declare function describeCode(value: unknown): string;
export function describeAnyCode<Value>(value: Value): string {
	return isStatusCode(value) ? describeCode(value) : 'not a named code';
}

// A branded literal keeps its members, and its class and phrase are read through the brand.
declare const brand: unique symbol;
type Tag = {readonly [brand]: 'AppStatus'};
type AppStatus = (200 | 299) & Tag;
declare const app: AppStatus;
if (isSuccess(app)) {
	expectType<(200 & Tag) | (299 & Tag & StatusClassBrand<'2xx'>)>(app);
}
expectType<'2xx'>(statusClass(200 as 200 & Tag));
expectType<'OK'>(reasonPhrase(200 as 200 & Tag));
declare const branded299: 299 & Tag;
if (isSuccess(branded299)) {
	expectType<299 & Tag & StatusClassBrand<'2xx'>>(branded299);
}

// A status branded with two classes keeps, after a guard for one of them, the member branded with that class too; the
// false branch keeps the member itself, since a value of the other class reaches it.
declare const failure: number & StatusClassBrand<'4xx' | '5xx'>;
if (isClientError(failure)) {
	expectType<number & StatusClassBrand<'4xx' | '5xx'> & StatusClassBrand<'4xx'>>(failure);
} else {
	expectType<number & StatusClassBrand<'4xx' | '5xx'>>(failure);
	expectError(assertNever(failure));
}

// A builder given a status that may be undefined sends the default then, and says so.
declare const isNew: boolean;
expectType<TypedResponse<201 | 200>>(json({id: 7}, isNew ? HTTP_201_CREATED : undefined));
expectType<TypedResponse<301 | 302>>(redirect('/x', isNew ? HTTP_301_MOVED_PERMANENTLY : undefined));
declare const options: {readonly status?: 201};
expectType<TypedResponse<201 | 200>>(text('x', options.status));

// problem refuses the members it sets, even as undefined.
expectError(problem(HTTP_404_NOT_FOUND, {type: undefined}));
expectError(problem(HTTP_404_NOT_FOUND, {status: undefined}));

// A generic bounded by literals narrows by its bound; the TS 5.0 "union too complex" case compiles.
export function validated<Code extends number>(code: Code): HttpStatus<'2xx'> | undefined {
	return isSuccess(code) ? code : undefined;
}
declare const unregistered: UnregisteredStatus<'2xx'>;
expectType<HttpStatus<'2xx'> | undefined>(validated(unregistered));

// A generic bounded by literals, after a guard: ruling out one member leaves the other, so ending there in assertNever
// does not compile (the deferred answer of the guard must not make a literal look like every other one).
export function describeGenericPartly<Code extends 200 | 299>(code: Code): string {
	if (isSuccess(code)) {
		if (code === 200) {
			return 'named';
		}
		expectError(assertNever(code));
	}
	return 'other';
}

// The same generic with both members handled: the switch is exhaustive, and still no `assertNever` after it compiles.
// The guard's answer for `Code` is one deferred type: letting the compiler take it for one literal per member (so the
// `default` rules both out) would also let `code !== 200` rule out 299, the unsound program above (docs/narrowing.md
// says which compiler rule). So the exhaustive switch widens the value to its bound first.
export function describeGeneric<Code extends 200 | 299>(code: Code): string {
	if (isSuccess(code)) {
		switch (code) {
			case 200: {
				return 'named';
			}
			case 299: {
				return 'unnamed';
			}
			default: {
				expectError(assertNever(code));
				return 'never';
			}
		}
	}
	return 'other';
}
export function describeGenericWidened<Code extends 200 | 299>(code: Code): string {
	if (isSuccess(code)) {
		const status: 200 | 299 = code;
		switch (status) {
			case 200: {
				return 'named';
			}
			case 299: {
				return 'unnamed';
			}
			default: {
				return assertNever(status);
			}
		}
	}
	return 'other';
}
// Bounded by an enum with an unnamed member, ruling out the named one keeps the other (499 passes isClientError).
export function describeGenericEnum<Code extends Upstream>(code: Code): string {
	if (isClientError(code)) {
		if (code !== Upstream.NotFound) {
			expectError(assertNever(code));
		}
		return 'client error';
	}
	return 'other';
}

// Responses whose statuses are a numeric enum's members: TypeScript makes `Upstream.NotFound & 404` never, so a
// predicate that only intersected the code dropped the member from the true branch, though its status is 404.
type FromUpstream = {status: Upstream.NotFound; body: string} | {status: Upstream.ClientClosedRequest; reason: string};
declare const fromUpstream: FromUpstream;
if (hasStatus(fromUpstream, 404)) {
	expectType<{status: Upstream.NotFound; body: string}>(fromUpstream);
} else {
	expectType<{status: Upstream.ClientClosedRequest; reason: string}>(fromUpstream);
}
if (hasStatus(fromUpstream, HTTP_404_NOT_FOUND, 499)) {
	expectType<FromUpstream>(fromUpstream);
} else {
	expectType<never>(fromUpstream);
}
declare const upstreamOrResponse: Response | {status: Upstream.NotFound; payload: string};
if (hasStatus(upstreamOrResponse, 404)) {
	expectType<string>('payload' in upstreamOrResponse ? upstreamOrResponse.payload : '');
	expectType<{status: Upstream.NotFound; payload: string} | (Response & {readonly status: 404})>(upstreamOrResponse);
} else {
	expectType<Response>(upstreamOrResponse);
}
// With a code that may be 404, the member may pass or fail: it is in both branches.
if (hasStatus(fromUpstream, either)) {
	expectType<string>(fromUpstream.status === Upstream.NotFound ? fromUpstream.body : '');
} else {
	expectType<FromUpstream>(fromUpstream);
	expectError(assertNever(fromUpstream));
}
if (hasStatus(upstreamOrResponse, wanted)) {
	expectType<string>('payload' in upstreamOrResponse ? upstreamOrResponse.payload : '');
}
