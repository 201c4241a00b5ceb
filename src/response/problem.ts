// RFC 9457 problem details, for an error status: `type` is `about:blank`, so `title` is the status's reason phrase.
import type {ErrorStatus, ReasonPhrase} from '../index.ts';
import {isError, reasonPhrase} from '../index.ts';
import {show, withContentType} from './checks.ts';
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

// The members `problem` sets, required to be `never` wherever the fields name them: an optional `never` member alone
// still accepts `{type: undefined}` without `exactOptionalPropertyTypes`, and the run-time check refuses any own
// `type`, `title` or `status`, undefined or not.
type Unreserved<Fields> = Readonly<Record<keyof Fields & (typeof RESERVED)[number], never>>;

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
export function problem<Status extends ErrorStatus, const Fields extends ProblemFields = ProblemFields>(
	status: Status,
	fields: Fields & Unreserved<Fields> = {} as Fields & Unreserved<Fields>,
	options: ResponseOptions = {},
): TypedResponse<Status> {
	if (typeof status !== 'number') {
		throw new TypeError(`problem: expected a status code, a number; received ${show(status)}`);
	}
	const code: number = status;
	const title = isError(code) ? reasonPhrase(code) : undefined;
	if (title === undefined) {
		throw new RangeError(`problem: expected a named client or server error status (4xx or 5xx); received ${show(status)}`);
	}
	const given: unknown = fields; // a JavaScript caller may pass anything
	if (typeof given !== 'object' || given === null) {
		throw new TypeError(`problem: expected the fields as an object; received ${show(fields)}`);
	}
	for (const member of RESERVED) {
		if (Object.hasOwn(fields, member)) {
			throw new TypeError(`problem: the member "${member}" is set by problem itself, from the status`);
		}
	}
	for (const member of ['detail', 'instance'] as const) {
		if (fields[member] !== undefined && typeof fields[member] !== 'string') {
			throw new TypeError(`problem: expected "${member}" as a string; received ${show(fields[member])}`);
		}
	}
	const body = JSON.stringify({type: 'about:blank', title, status: code, ...(fields as ProblemFields)});
	return new Response(body, {
		status: code,
		statusText: options.statusText ?? '',
		headers: withContentType(options.headers, 'application/problem+json'),
	}) as TypedResponse<Status>;
}
