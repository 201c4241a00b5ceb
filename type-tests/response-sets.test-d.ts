import {expectError, expectType} from 'tsd';
import type {IsEqual} from 'type-fest';
import {
	assertNever,
	CONTENTFUL_STATUSES,
	FINAL_STATUSES,
	HEURISTICALLY_CACHEABLE_STATUSES,
	isContentfulStatus,
	isFinalStatus,
	isHeuristicallyCacheable,
	isNullBodyStatus,
	isResponseRedirectStatus,
	isRetryableStatus,
	NULL_BODY_STATUSES,
	RESPONSE_REDIRECT_STATUSES,
	RETRYABLE_STATUSES,
	STATUS_CODES,
	type ContentfulStatus,
	type FinalClass,
	type FinalStatus,
	type HeuristicallyCacheableStatus,
	type HttpStatus,
	type NullBodyStatus,
	type ResponseRedirectStatus,
	type RetryableStatus,
	type Status1xx,
	type StatusClass,
	type StatusCode,
	type StatusInSet,
	type UnregisteredStatus,
} from '../dist/index.js';

type Final = '2xx' | '3xx' | '4xx' | '5xx';

// Each set is its source's list, computed from the registry's codes.
expectType<true>({} as IsEqual<FinalStatus, Exclude<StatusCode, Status1xx>>);
expectType<true>({} as IsEqual<NullBodyStatus, Extract<StatusCode, 101 | 103 | 204 | 205 | 304>>);
expectType<true>({} as IsEqual<NullBodyStatus, 101 | 103 | 204 | 205 | 304>);
expectType<true>({} as IsEqual<ContentfulStatus, Exclude<FinalStatus, NullBodyStatus>>);
expectType<true>({} as IsEqual<ResponseRedirectStatus, 301 | 302 | 303 | 307 | 308>);
expectType<true>({} as IsEqual<HeuristicallyCacheableStatus, 200 | 203 | 204 | 206 | 300 | 301 | 308 | 404 | 405 | 410 | 414 | 451 | 501>);
expectType<true>({} as IsEqual<RetryableStatus, 408 | 413 | 429 | 500 | 502 | 503 | 504>);
// The arrays are literal tuples whose members are their types (each type is read from a union generated beside its
// tuple, so this is what ties the two together).
expectType<true>({} as IsEqual<(typeof FINAL_STATUSES)[number], FinalStatus>);
expectType<true>({} as IsEqual<(typeof CONTENTFUL_STATUSES)[number], ContentfulStatus>);
expectType<true>({} as IsEqual<(typeof NULL_BODY_STATUSES)[number], NullBodyStatus>);
expectType<true>({} as IsEqual<(typeof RESPONSE_REDIRECT_STATUSES)[number], ResponseRedirectStatus>);
expectType<true>({} as IsEqual<(typeof HEURISTICALLY_CACHEABLE_STATUSES)[number], HeuristicallyCacheableStatus>);
expectType<true>({} as IsEqual<(typeof RETRYABLE_STATUSES)[number], RetryableStatus>);
// The final classes are every class but the interim one.
expectType<true>({} as IsEqual<FinalClass, Exclude<StatusClass, '1xx'>>);
expectType<true>({} as IsEqual<FinalClass, Final>);
expectType<readonly [101, 103, 204, 205, 304]>(NULL_BODY_STATUSES);
expectType<readonly [301, 302, 303, 307, 308]>(RESPONSE_REDIRECT_STATUSES);
expectType<13>(HEURISTICALLY_CACHEABLE_STATUSES.length);
expectType<readonly [408, 413, 429, 500, 502, 503, 504]>(RETRYABLE_STATUSES);

declare const known: StatusCode;
declare const fromNetwork: number;
declare const validated: HttpStatus;
declare const mixed: 200 | 204 | 299 | 503 | 520;
type Port = number & {readonly port: true};
declare const port: Port;

// Exact lists: a named code by membership in both branches; nothing of an unnamed literal; `number` to the set.
if (isNullBodyStatus(known)) {
	expectType<NullBodyStatus>(known);
} else {
	expectType<Exclude<StatusCode, NullBodyStatus>>(known);
}
if (isRetryableStatus(mixed)) {
	expectType<503>(mixed);
} else {
	expectType<200 | 204 | 299 | 520>(mixed);
}
if (isRetryableStatus(fromNetwork)) {
	expectType<RetryableStatus>(fromNetwork);
} else {
	expectType<number>(fromNetwork);
}
if (isResponseRedirectStatus(validated)) {
	expectType<ResponseRedirectStatus>(validated);
} else {
	expectType<Exclude<HttpStatus, ResponseRedirectStatus>>(validated);
}
if (isHeuristicallyCacheable(port)) {
	expectType<Port & HeuristicallyCacheableStatus>(port);
} else {
	expectType<Port>(port);
}
function generic<Code extends 200 | 503>(code: Code): void {
	if (isRetryableStatus(code)) {
		expectType<Code & StatusInSet<Code, RetryableStatus>>(code);
	} else {
		expectType<Code>(code);
	}
}
generic(503);
expectType<503>({} as StatusInSet<200 | 503, RetryableStatus>);

// Ranges: a named code by membership, an unnamed literal kept (branded), `number` to the valid statuses.
if (isFinalStatus(known)) {
	expectType<FinalStatus>(known);
} else {
	expectType<Status1xx>(known);
}
if (isFinalStatus(fromNetwork)) {
	expectType<HttpStatus<Final>>(fromNetwork);
}
if (isContentfulStatus(mixed)) {
	expectType<200 | (299 & UnregisteredStatus<'2xx'>) | 503 | (520 & UnregisteredStatus<'5xx'>)>(mixed);
} else {
	expectType<204 | 299 | 520>(mixed);
}
if (isContentfulStatus(known)) {
	expectType<true>({} as IsEqual<typeof known, ContentfulStatus>);
} else {
	expectType<Status1xx | 204 | 205 | 304>(known);
}
if (isContentfulStatus(fromNetwork)) {
	expectType<ContentfulStatus | UnregisteredStatus<Final>>(fromNetwork);
}

// The switch that must cover an unnamed contentful code does not compile without its case.
function label(status: 200 | 299): string {
	if (isContentfulStatus(status)) {
		switch (status) {
			case 200: {
				return 'ok';
			}
			default: {
				expectError(assertNever(status));
				return 'unnamed';
			}
		}
	}
	return 'no body';
}
label(200);

// As callbacks: one generic signature each, so the element type is precise.
expectType<NullBodyStatus[]>(STATUS_CODES.filter(isNullBodyStatus));
expectType<RetryableStatus[]>(STATUS_CODES.filter(isRetryableStatus));
expectType<FinalStatus[]>(STATUS_CODES.filter(isFinalStatus));
expectType<ResponseRedirectStatus | undefined>(STATUS_CODES.find(isResponseRedirectStatus));
expectType<HeuristicallyCacheableStatus[]>([fromNetwork].filter(isHeuristicallyCacheable));

// Only numbers.
expectError(isRetryableStatus('503'));
expectError(isFinalStatus(null));
