import type {NamedInClass, Status1xx, Status3xx, Status4xx, Status5xx} from './class-codes.ts';
import type {InputKind, MemberKind} from './narrowing.ts';

/**
 * Every status code this package names, as a union of number literals (RFC 9110 §15 and the IANA registry,
 * plus Django REST framework's 509).
 *
 * @example
 * ```ts
 * import type {StatusCode} from 'typed-http-status';
 * const created: StatusCode = 201;
 * // const bad: StatusCode = 299; // does not compile: 299 is not a named code
 * ```
 */
// Written as its classes, it is a type of its own that keeps this alias's name (`(typeof STATUS_CODES)[number]` alone
// prints as 65 literals in every message and in a consumer's declarations). The compiler also keeps that spelling (the
// union's origin) beside the flat list of 65 literals, and a union narrowed from it prints by that spelling as long as
// every code taken out was one of the spelling's own members. So the 2xx codes are listed one by one and the other
// classes by name: ruling out the successes (the `else` of `isSuccess`) leaves `Status1xx | Status3xx | Status4xx |
// Status5xx`. A code taken out of a named class (the `else` of `isClientError`) drops the spelling and the rest prints
// as literals; only one class can be listed flat, and the success class is the one the README and the guards' own
// examples rule out.
export type StatusCode = Status1xx | NamedInClass['2xx'] | Status3xx | Status4xx | Status5xx;

export type {StatusName} from './generated/status-names.ts';

// What a passing check for membership in `Set`, a list of named codes, proves about one member of a union: a named
// code in the set stays, an unnamed literal or a status branded by a check cannot pass, `number` becomes the whole
// set and a number type of the caller's own is intersected with it.
type SetMember<Member, Set extends StatusCode> = {
	named: Member extends Set ? Member : never;
	unregistered: never;
	branded: Member & Set;
	valid: never;
	wide: Set;
	other: never;
}[MemberKind<Member>];

/**
 * What a passing check for membership in `Set`, a list of named codes, proves about a value of type `Value`: its
 * members in the set, nothing of an unnamed literal or an unregistered status, and the whole set for a `number`.
 * `isStatusCode` is the check for the whole registry; the response-semantics sets' guards use it for theirs.
 *
 * @example
 * ```ts
 * import type {RetryableStatus, StatusInSet} from 'typed-http-status';
 * type Retried = StatusInSet<200 | 503 | 599, RetryableStatus>;
 * //=> 503
 * ```
 */
export type StatusInSet<Value, Set extends StatusCode> = {
	wide: Set;
	codes: Set;
	named: Extract<Value, Set>;
	statuses: Set;
	members: Value extends unknown ? SetMember<Value, Set> : never;
}[InputKind<Value>];

/**
 * What a passing `isStatusCode` proves about a value of type `Value`: `StatusCode` for `unknown` or
 * `number`, the named members of a union, nothing of an unnamed literal or an `UnregisteredStatus`.
 *
 * @example
 * ```ts
 * import type {StatusCodeIn} from 'typed-http-status';
 * type Named = StatusCodeIn<200 | 299>;
 * //=> 200
 * ```
 */
export type StatusCodeIn<Value> = {
	wide: StatusCode;
	codes: StatusCode;
	named: Value;
	statuses: StatusCode;
	members: Value extends unknown ? SetMember<Value, StatusCode> : never;
}[InputKind<Value>];
