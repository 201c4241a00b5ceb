// RFC 9457 problem details, for an error status: `type` is `about:blank`, so `title` is the status's reason phrase.
import {ownKeys} from '../built-ins.ts';
import {describeValue} from '../describe-value.ts';
import type {ErrorStatus, ReasonPhrase} from '../index.ts';
import {errorStatus, jsonText, ownData, responseHeaders, statusText} from './checks.ts';
import type {ResponseOptions, TypedResponse} from './typed-response.ts';

/**
 * The body of a problem response (RFC 9457 §3): `type` `about:blank`, the reason phrase of `Status` as `title`,
 * `status`, and the caller's `detail`, `instance` and extension members.
 *
 * @example
 * ```ts
 * import type {ProblemDetails} from 'typed-http-status/response';
 * const body: ProblemDetails<404> = {type: 'about:blank', title: 'Not Found', status: 404, detail: 'no note 7'};
 * body.title;
 * //=> 'Not Found'
 * ```
 */
export interface ProblemDetails<Status extends ErrorStatus = ErrorStatus> {
	/** `about:blank`: the problem is what the status says (RFC 9457 §4.2.1). */
	readonly type: 'about:blank';
	/** The status's reason phrase (RFC 9457 §3.1.3). */
	readonly title: ReasonPhrase<Status>;
	/** The status of the response (RFC 9457 §3.1.2). */
	readonly status: Status;
	/** What went wrong with this request, for a person (RFC 9457 §3.1.4). */
	readonly detail?: string;
	/** A URI reference naming this occurrence (RFC 9457 §3.1.5). */
	readonly instance?: string;
	/** Extension members (RFC 9457 §3.2). */
	readonly [extension: string]: unknown;
}

/**
 * What the caller adds to a problem: `detail`, `instance` and extension members, never `type`, `title` or `status`,
 * which `problem` sets from the status.
 *
 * @example
 * ```ts
 * import type {ProblemFields} from 'typed-http-status/response';
 * const fields: ProblemFields = {detail: 'the title is required', field: 'title'};
 * fields.detail;
 * //=> 'the title is required'
 * ```
 */
export interface ProblemFields {
	/** What went wrong with this request, for a person. */
	readonly detail?: string | undefined;
	/** A URI reference naming this occurrence. */
	readonly instance?: string | undefined;
	/** Set by `problem`: `about:blank`. */
	readonly type?: never;
	/** Set by `problem`: the reason phrase. */
	readonly title?: never;
	/** Set by `problem`: the status. */
	readonly status?: never;
	/** Extension members. */
	readonly [extension: string]: unknown;
}

const RESERVED = ['type', 'title', 'status'] as const;

// What problem's fields are checked against besides the reserved members: ProblemFields and a numeric index
// signature, which changes nothing it accepts. It is there so that no type a caller writes is identical to it: given
// an intersection, inference first drops the source types identical to one of its members, and a value typed
// `ProblemFields` (which may hold `type: undefined` without exactOptionalPropertyTypes) would then infer no keys.
// eslint-disable-next-line @typescript-eslint/consistent-indexed-object-style -- an interface extending ProblemFields, not a record
interface ProblemMembers extends ProblemFields {
	readonly [index: number]: unknown;
}

/**
 * The fields `problem` takes, given the keys `Keys` of the caller's fields: `ProblemFields` with each of `type`,
 * `title` and `status` among `Keys` required to be `never`. An optional `never` member alone still accepts
 * `{type: undefined}` without `exactOptionalPropertyTypes`, and the run-time check refuses any own `type`, `title` or
 * `status`, undefined or not. `problem` infers `Keys` from its argument through the mapped type over `Keys`, the form
 * TypeScript 5.0 infers from too; a set of keys is a type the compiler already has (`'detail'`), where the fields' own
 * type would be new at every call and instantiate the whole signature again.
 *
 * @example
 * ```ts
 * import type {UnreservedProblemFields} from 'typed-http-status/response';
 * type Refused = UnreservedProblemFields<'detail' | 'title'>['title'];
 * //=> never
 * const fields: UnreservedProblemFields<'detail' | 'retryable'> = {detail: 'try again later', retryable: true};
 * fields.detail;
 * //=> 'try again later'
 * ```
 */
// eslint-disable-next-line @typescript-eslint/consistent-indexed-object-style -- mapped types over Keys, which inference reads; Readonly<Record<…>> is two aliases more for it to see through
export type UnreservedProblemFields<Keys extends PropertyKey = never> = ProblemMembers & {readonly [Member in Keys]?: unknown} & {
	readonly [Member in Keys & (typeof RESERVED)[number]]: never;
};

/**
 * An `application/problem+json` response (RFC 9457) for a named client or server error status.
 *
 * @example
 * ```ts
 * import {HTTP_404_NOT_FOUND} from 'typed-http-status';
 * import {problem} from 'typed-http-status/response';
 * await problem(HTTP_404_NOT_FOUND, {detail: 'no note 7'}).json();
 * //=> {type: 'about:blank', title: 'Not Found', status: 404, detail: 'no note 7'}
 * ```
 */
// Generic in the keys of the fields, not in the fields: a call's object literal is a type of its own, and a type
// parameter inferred as one makes every call instantiate the signature anew (8 instantiations a call, 2,400 in a
// program of 300 handlers); the keys are the same few unions across calls, and their instantiation is cached.
export function problem<Status extends ErrorStatus, Keys extends PropertyKey = never>(
	status: Status,
	fields: UnreservedProblemFields<Keys> = {} as UnreservedProblemFields<Keys>,
	options: ResponseOptions = {},
): TypedResponse<Status> {
	const {code, title} = errorStatus('problem', status);
	const given = ownData('problem', 'the fields', fields, true);
	for (let index = 0; index !== RESERVED.length; index++) {
		const member = RESERVED[index] as string;
		if (member in given) {
			throw new TypeError(`problem: the member "${member}" is set by problem itself, from the status`);
		}
	}
	textMember(given, 'detail');
	textMember(given, 'instance');
	// A null-prototype body: the members problem sets first, then the caller's, copied from the checked record.
	const body: Record<string, unknown> = {__proto__: null, type: 'about:blank', title, status: code};
	const members = ownKeys(given) as readonly string[];
	for (let index = 0; index !== members.length; index++) {
		const member = members[index]!;
		body[member] = given[member];
	}
	const settings = ownData('problem', 'the options', options, false);
	return new Response(jsonText('problem', 'the fields', body, true), {
		status: code,
		statusText: statusText('problem', settings['statusText'], title),
		headers: responseHeaders('problem', settings['headers'], 'application/problem+json'),
	}) as TypedResponse<Status>;
}

// `detail` and `instance`, when given, are strings (RFC 9457 §3.1.4, §3.1.5).
function textMember(fields: Readonly<Partial<Record<string, unknown>>>, member: 'detail' | 'instance'): void {
	const value = fields[member];
	if (value !== undefined && typeof value !== 'string') {
		throw new TypeError(`problem: expected "${member}" as a string; received ${describeValue(value)}`);
	}
}
