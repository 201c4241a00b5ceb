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
 * which `problem` sets from the status. Those three are refused even as `undefined`, with or without
 * `exactOptionalPropertyTypes`: an index signature of `never` holds them, where an optional member would take
 * `undefined`. An index signature's key is a pattern, not a word, so each pattern also refuses a name made of the word
 * with characters that have no lower case inside it (`t-ype`, `sXtatus`); `typeface`, `subtitle` or `statusCode` are
 * taken.
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
	/** Extension members. */
	readonly [extension: string]: unknown;
	/** `type`, `title` and `status`: set by `problem` from the status. */
	readonly [reserved: `t${Uppercase<string>}ype` | `t${Uppercase<string>}itle` | `s${Uppercase<string>}tatus`]: never;
}

// What problem sets itself, and refuses from the fields at run time (ProblemFields refuses them in types).
const RESERVED: readonly string[] = ['type', 'title', 'status'];

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
// Not generic in the fields: ProblemFields refuses the reserved members by itself, so a call's object literal is
// checked once against a type the compiler already has. Inferring the fields' keys to refuse them cost the compiler
// about a third of a millisecond a call (inference checks the literal twice, against an intersection).
export function problem<Status extends ErrorStatus>(status: Status, fields: ProblemFields = {}, options: ResponseOptions = {}): TypedResponse<Status> {
	const {code, title} = errorStatus('problem', status);
	const given = ownData('problem', 'the fields', fields, true);
	for (let index = 0; index !== RESERVED.length; index++) {
		const member = RESERVED[index]!;
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
