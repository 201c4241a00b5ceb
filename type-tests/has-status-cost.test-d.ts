// hasStatus has two signatures: one code (the common call, cheaper to check) and a list of codes. Both branches of each
// shape, for a union of response types, a union whose members overlap, an object literal's type (a subtype of any type
// whose optional members it lacks) and a `Response`.
import {expectError, expectType} from 'tsd';
import {HTTP_404_NOT_FOUND, assertNever, type HttpStatus, type StatusCode} from '../dist/index.js';
import {hasStatus} from '../dist/response.js';

type Ok = {status: 200; note: string};
type Missing = {status: 404; error: string};
type Busy = {status: 503; retryAfter: number};
declare const reply: Ok | Missing | Busy;

// One literal code: the true branch keeps the member with that status as it is, the false branch the others.
if (hasStatus(reply, HTTP_404_NOT_FOUND)) {
	expectType<Missing>(reply);
} else {
	expectType<Ok | Busy>(reply);
}
if (hasStatus(reply, 404 as const)) {
	expectType<Missing>(reply);
} else {
	expectType<Ok | Busy>(reply);
}
// A code that is no member's status: the true branch is empty, the false branch is everything.
if (hasStatus(reply, 418)) {
	expectType<never>(reply);
} else {
	expectType<Ok | Missing | Busy>(reply);
}

// Several literal codes: the true branch keeps the members with those statuses; a member whose status is all among them
// leaves the false branch.
if (hasStatus(reply, 404, 503)) {
	expectType<Missing | Busy>(reply);
} else {
	expectType<Ok>(reply);
}
declare const either: {status: 200 | 404; body: string};
if (!hasStatus(either, 200, 404)) {
	expectType<never>(either);
}
if (hasStatus(either, 200)) {
	expectType<200>(either.status);
} else {
	expectType<{status: 200 | 404; body: string}>(either);
}

// One code wider than a literal (a union, `StatusCode`, `number`, a generic): the false branch keeps every member.
declare const union: 200 | 404;
declare const named: StatusCode;
declare const wide: number;
for (const code of [union, named, wide]) {
	if (hasStatus(reply, code)) {
		expectType<200 | 404 | 503>(reply.status);
	} else {
		expectType<Ok | Missing | Busy>(reply);
		expectError(assertNever(reply));
	}
}
if (!hasStatus(reply, union)) {
	expectType<Ok | Missing | Busy>(reply);
}
if (!hasStatus(reply, named)) {
	expectType<Ok | Missing | Busy>(reply);
}
export function generic<Code extends 200 | 404>(code: Code, value: Ok | Missing): Ok | Missing {
	if (hasStatus(value, code)) {
		return value;
	}
	expectError(assertNever(value));
	return value;
}

// Several codes, some wider than a literal: the true branch keeps every member that may pass; the literal ones take a
// member whose status is all among them out of the false branch, the others keep what they may fail on.
if (hasStatus(reply, 503, union)) {
	expectType<200 | 404 | 503>(reply.status);
} else {
	expectType<Ok | Missing>(reply);
}
if (hasStatus(reply, 200, 404, union)) {
	expectType<Ok | Missing>(reply);
} else {
	expectType<Busy>(reply);
}
declare const allowed: number[];
if (!hasStatus(reply, ...allowed)) {
	expectType<Ok | Missing | Busy>(reply);
}
if (hasStatus(reply)) {
	expectType<never>(reply);
} else {
	expectType<Ok | Missing | Busy>(reply);
}

// Members that overlap: the true branch keeps each one whose status may be the code, narrowed, even when another
// member's status is the code exactly.
declare const overlapping: {status: 200; a: string} | {status: 200 | 201; b: string};
if (hasStatus(overlapping, 200)) {
	expectType<200>(overlapping.status);
	expectType<string | undefined>('b' in overlapping ? overlapping.b : undefined);
} else {
	expectType<{status: 200 | 201; b: string}>(overlapping);
}
declare const orResponse: {status: 404; error: string} | Response;
if (hasStatus(orResponse, 404, 410)) {
	expectType<404 | 410>(orResponse.status);
} else {
	expectType<Response>(orResponse);
}
declare const catchAll: {status: 200; data: string} | {status: number; error: unknown};
if (hasStatus(catchAll, 200)) {
	expectType<200>(catchAll.status);
	if (!('data' in catchAll)) {
		expectType<unknown>(catchAll.error);
	}
} else {
	expectType<{status: number; error: unknown}>(catchAll);
}

// An object literal's type: with a code wider than a literal it stays in the false branch.
declare const flag: boolean;
const literal = flag ? {status: 200 as const, note: ''} : {status: 404 as const, error: ''};
if (!hasStatus(literal, union)) {
	expectError(assertNever(literal));
}
if (!hasStatus(literal, 200, 404)) {
	expectType<never>(literal);
}

// A Response: the true branch narrows its status to the codes, and it stays a Response in both branches.
declare const response: Response;
if (hasStatus(response, 201)) {
	expectType<201>(response.status);
} else {
	expectType<Response>(response);
}
if (hasStatus(response, 200, 204)) {
	expectType<200 | 204>(response.status);
} else {
	expectType<Response>(response);
}
declare const valid: HttpStatus;
if (hasStatus(response, valid)) {
	expectType<HttpStatus>(response.status);
} else {
	expectType<Response>(response);
}

// Only objects with a numeric status, and only numeric codes.
expectError(hasStatus({code: 200}, 200));
expectError(hasStatus(reply, '200'));
expectError(hasStatus(reply, 200, '404'));

// Which signature a call takes changes its cost, never its answer. A union whose members each have a status all among
// the literal codes or named codes none of which is one of them takes the cheap signature: its true branch prints the
// members themselves, with no mark intersected.
declare const sorted: Ok | Missing | Busy;
if (hasStatus(sorted, 404, 503)) {
	expectType<Missing | Busy>(sorted);
}
// An unnamed status (299) is on no list of named codes, so this union takes the general signature: the same answer.
type Unnamed = {status: 299; extra: boolean};
declare const unnamed: Unnamed | Missing;
if (hasStatus(unnamed, 404)) {
	expectType<Missing>(unnamed);
} else {
	expectType<Unnamed>(unnamed);
}
if (hasStatus(unnamed, 299)) {
	expectType<Unnamed>(unnamed);
} else {
	expectType<Missing>(unnamed);
}
// A status the caller branded: the member is kept whole on either signature.
declare const tag: unique symbol;
type Tagged = {status: 404 & {readonly [tag]: true}; error: string};
declare const tagged: Tagged | Ok;
if (hasStatus(tagged, 404)) {
	expectType<Tagged>(tagged);
} else {
	expectType<Ok>(tagged);
}
declare const taggedOrResponse: Tagged | Response;
if (hasStatus(taggedOrResponse, 404)) {
	expectType<Tagged | (Response & {readonly status: 404})>(taggedOrResponse);
} else {
	expectType<Response>(taggedOrResponse);
}
// A generic response bounded by a sorted union: the true branch intersects it with the code, the false keeps it.
export function bounded<Reply extends Ok | Missing>(value: Reply): Reply | undefined {
	if (hasStatus(value, 404)) {
		expectType<Reply & {readonly status: 404}>(value);
		return value;
	}
	expectType<Reply>(value);
	return undefined;
}
// `any` stays `any`.
declare const anything: any; // eslint-disable-line @typescript-eslint/no-explicit-any
if (hasStatus(anything, 404)) {
	expectType<any>(anything); // eslint-disable-line @typescript-eslint/no-explicit-any
}
