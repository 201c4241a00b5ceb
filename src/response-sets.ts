// The response-semantics sets: which statuses end an exchange, may carry a body, redirect, may be cached without
// explicit freshness, or are worth retrying. The lists are generated from data/response-sets.json and the registry
// (src/generated/response-sets.ts), with the union of each set's codes written out beside them (SetMembers), which the
// types below read; each guard's predicate says exactly what its check proves. Two kinds: FinalStatus and
// ContentfulStatus are ranges (any integer 200–599, less the null body statuses), so their guards narrow as the class
// guards do (src/narrowing.ts); the other four are exact lists, so a code outside the list is `false` and a plain
// `number` narrows to the set's own type.
import {
	HEURISTICALLY_CACHEABLE_CODES,
	isContentfulCode,
	NULL_BODY_CODES,
	RESPONSE_REDIRECT_CODES,
	RETRYABLE_CODES,
	type SetMembers,
} from './generated/response-sets.ts';
import type {StatusIn} from './class-guards.ts';
import type {UnregisteredStatus} from './http-status.ts';
import type {InputKind} from './narrowing.ts';
import type {StatusInSet} from './status-code.ts';

// Each type reads its set's members from SetMembers, unions the generator writes out: reading a tuple's element types
// (`(typeof FINAL_STATUSES)[number]`) cost a consumer's first use about 60 type instantiations, and
// `Exclude<StatusClass, '1xx'>` 15 (a program with one `json` call: 110 instantiations before, 35 after). A property's
// union has no name of its own, so each type prints by its own name, and by its codes where its alias is spelled out
// (a generated alias of its own would print in its place there). The trailing `| never` keeps each alias's name in
// messages and hovers, as for StatusCode.
/**
 * The named final statuses, 2xx–5xx: what a final response carries (RFC 9110 §15) and `new Response` accepts.
 *
 * @example
 * ```ts
 * import type {FinalStatus} from 'typed-http-status';
 * type Final = Extract<FinalStatus, 101 | 200>;
 * //=> 200
 * ```
 */
export type FinalStatus = SetMembers['final'] | never;
/**
 * The named null body statuses, 101, 103, 204, 205 and 304 (Fetch Standard): a response with one has no body.
 *
 * @example
 * ```ts
 * import type {NullBodyStatus} from 'typed-http-status';
 * type Empty = NullBodyStatus;
 * //=> 101 | 103 | 204 | 205 | 304
 * ```
 */
export type NullBodyStatus = SetMembers['nullBody'] | never;
/**
 * The named final statuses that are not null body statuses: a `Response` with one may have a body.
 *
 * @example
 * ```ts
 * import type {ContentfulStatus} from 'typed-http-status';
 * type WithBody = Extract<ContentfulStatus, 200 | 204 | 304 | 404>;
 * //=> 200 | 404
 * ```
 */
export type ContentfulStatus = SetMembers['contentful'] | never;
/**
 * The redirect statuses, 301, 302, 303, 307 and 308 (Fetch Standard): what `Response.redirect` accepts and fetch follows.
 *
 * @example
 * ```ts
 * import type {ResponseRedirectStatus} from 'typed-http-status';
 * type Followed = Extract<ResponseRedirectStatus, 300 | 304 | 308>;
 * //=> 308
 * ```
 */
export type ResponseRedirectStatus = SetMembers['responseRedirect'] | never;
/**
 * The heuristically cacheable statuses (RFC 9110 §15.1; 451 by RFC 7725 §3).
 *
 * @example
 * ```ts
 * import type {HeuristicallyCacheableStatus} from 'typed-http-status';
 * type Cached = Extract<HeuristicallyCacheableStatus, 200 | 201 | 404>;
 * //=> 200 | 404
 * ```
 */
export type HeuristicallyCacheableStatus = SetMembers['heuristicallyCacheable'] | never;
/**
 * The statuses ky and got retry by default, 408, 413, 429, 500, 502, 503 and 504: a convention, not a standard.
 *
 * @example
 * ```ts
 * import type {RetryableStatus} from 'typed-http-status';
 * type Retried = Extract<RetryableStatus, 501 | 503>;
 * //=> 503
 * ```
 */
export type RetryableStatus = SetMembers['retryable'] | never;

/**
 * The classes of a final status (RFC 9110 §15): every class but 1xx, whose responses are interim. A compiler message
 * about a builder of `typed-http-status/response` names it, as in `UnregisteredStatus<FinalClass>`.
 *
 * @example
 * ```ts
 * import type {FinalClass} from 'typed-http-status';
 * type Interim = Exclude<'1xx' | '2xx', FinalClass>;
 * //=> '1xx'
 * ```
 */
export type FinalClass = SetMembers['finalClasses'] | never;

/**
 * True for any integer from 200 to 599: the status of a final response, which `new Response` accepts (RFC 9110 §15).
 *
 * @example
 * ```ts
 * import {isFinalStatus} from 'typed-http-status';
 * [isFinalStatus(103), isFinalStatus(299)];
 * //=> [false, true]
 * ```
 */
export function isFinalStatus<Code extends number>(code: Code | StatusIn<Code, FinalClass>): code is StatusIn<Code, FinalClass> {
	// Written by npm run generate: `code` is an integer from 200 to 599.
	return typeof code === 'number' && code >= 200 && code <= 599 && (code | 0) === code;
}

/**
 * What a passing {@link isContentfulStatus} proves about a value of type `Value`: for a `number`, a named status that
 * may carry a body or an unnamed final status, `ContentfulStatus | UnregisteredStatus<FinalClass>`.
 *
 * @example
 * ```ts
 * import type {ContentfulIn} from 'typed-http-status';
 * type WithBody = ContentfulIn<200 | 204 | 299>;
 * //=> 200 | (299 & StatusClassBrand<'2xx'>)
 * ```
 */
export type ContentfulIn<Value> = {
	wide: ContentfulStatus | UnregisteredStatus<FinalClass>;
	codes: ContentfulStatus;
	named: Extract<Value, ContentfulStatus>;
	statuses: ContentfulStatus | UnregisteredStatus<FinalClass>;
	members: Exclude<StatusIn<Value, FinalClass>, NullBodyStatus>;
}[InputKind<Value>];

/**
 * True for any integer from 200 to 599 but the null body statuses: a `Response` with it may have a body (Fetch Standard).
 * (A function whose check is generated from the sets, given its narrowing type here; one signature, so it works as a
 * callback too.)
 *
 * @example
 * ```ts
 * import {isContentfulStatus} from 'typed-http-status';
 * [isContentfulStatus(200), isContentfulStatus(204), isContentfulStatus(299)];
 * //=> [true, false, true]
 * ```
 */
export const isContentfulStatus: <Code extends number>(code: Code | ContentfulIn<Code>) => code is ContentfulIn<Code> = isContentfulCode as never;

/**
 * True for 101, 103, 204, 205 and 304: a null body status (Fetch Standard), whose response has no body.
 *
 * @example
 * ```ts
 * import {isNullBodyStatus} from 'typed-http-status';
 * [isNullBodyStatus(304), isNullBodyStatus(200)];
 * //=> [true, false]
 * ```
 */
export function isNullBodyStatus<Code extends number>(code: Code | StatusInSet<Code, NullBodyStatus>): code is StatusInSet<Code, NullBodyStatus> {
	// Written by npm run generate: `code` is one of NULL_BODY_CODES.
	let index = 5;
	while (index-- && NULL_BODY_CODES[index] !== code) {
		// The condition is the scan.
	}
	return index >= 0;
}

/**
 * True for 301, 302, 303, 307 and 308: a redirect status (Fetch Standard), which `fetch` follows. `isRedirect` is the
 * whole 3xx class, 300, 304 and 305 included.
 *
 * @example
 * ```ts
 * import {isResponseRedirectStatus} from 'typed-http-status';
 * [isResponseRedirectStatus(308), isResponseRedirectStatus(304)];
 * //=> [true, false]
 * ```
 */
export function isResponseRedirectStatus<Code extends number>(
	code: Code | StatusInSet<Code, ResponseRedirectStatus>,
): code is StatusInSet<Code, ResponseRedirectStatus> {
	// Written by npm run generate: `code` is one of RESPONSE_REDIRECT_CODES.
	let index = 5;
	while (index-- && RESPONSE_REDIRECT_CODES[index] !== code) {
		// The condition is the scan.
	}
	return index >= 0;
}

/**
 * True for a heuristically cacheable status: a cache may reuse the response without explicit freshness information
 * (RFC 9110 §15.1, RFC 9111 §4.2.2).
 *
 * @example
 * ```ts
 * import {isHeuristicallyCacheable} from 'typed-http-status';
 * [isHeuristicallyCacheable(404), isHeuristicallyCacheable(201)];
 * //=> [true, false]
 * ```
 */
export function isHeuristicallyCacheable<Code extends number>(
	code: Code | StatusInSet<Code, HeuristicallyCacheableStatus>,
): code is StatusInSet<Code, HeuristicallyCacheableStatus> {
	// Written by npm run generate: `code` is one of HEURISTICALLY_CACHEABLE_CODES.
	let index = 13;
	while (index-- && HEURISTICALLY_CACHEABLE_CODES[index] !== code) {
		// The condition is the scan.
	}
	return index >= 0;
}

/**
 * True for a status that ky and got retry by default (408, 413, 429, 500, 502, 503, 504). When the response has a
 * `Retry-After` header, wait as long as it says before retrying (RFC 9110 §10.2.3).
 *
 * @example
 * ```ts
 * import {isRetryableStatus} from 'typed-http-status';
 * [isRetryableStatus(503), isRetryableStatus(501)];
 * //=> [true, false]
 * ```
 */
export function isRetryableStatus<Code extends number>(code: Code | StatusInSet<Code, RetryableStatus>): code is StatusInSet<Code, RetryableStatus> {
	// Written by npm run generate: `code` is one of RETRYABLE_CODES.
	let index = 7;
	while (index-- && RETRYABLE_CODES[index] !== code) {
		// The condition is the scan.
	}
	return index >= 0;
}
