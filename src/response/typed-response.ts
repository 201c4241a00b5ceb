import type {HttpStatus} from '../index.ts';

/**
 * What `new Headers` takes: a `Headers`, an array of pairs, or a record (the platform's `HeadersInit`).
 *
 * @example
 * ```ts
 * import {text, type HeadersInput} from 'typed-http-status/response';
 * const headers: HeadersInput = [['cache-control', 'max-age=60']];
 * text('hello', 200, {headers}).headers.get('cache-control');
 * //=> 'max-age=60'
 * ```
 */
export type HeadersInput = ConstructorParameters<typeof Headers>[0];

/**
 * The platform's own `Response`, whose `status` is known to be `Status`: what the builders return, so that a
 * handler's return type carries the union of the statuses it can send.
 *
 * @example
 * ```ts
 * import {json, type TypedResponse} from 'typed-http-status/response';
 * const found: TypedResponse<200> = json({id: 1});
 * found.status;
 * //=> 200
 * ```
 */
export interface TypedResponse<Status extends number = HttpStatus> extends Response {
	/** The status, as a literal type. */
	readonly status: Status;
}

/**
 * The response options a builder takes besides the status: headers and a status text. The status is an argument
 * of its own, so that its type can be checked.
 *
 * @example
 * ```ts
 * import {json, type ResponseOptions} from 'typed-http-status/response';
 * const options: ResponseOptions = {headers: {'cache-control': 'no-store'}};
 * json({ok: true}, 200, options).headers.get('cache-control');
 * //=> 'no-store'
 * ```
 */
export interface ResponseOptions {
	/** Headers to send; a builder adds its `content-type` only when these have none. */
	readonly headers?: HeadersInput | undefined;
	/** The status text (HTTP/1.1 only; empty unless given). */
	readonly statusText?: string | undefined;
}

/**
 * The status a builder sends: the one given, and its default where the argument may be undefined (omitted, or typed
 * `201 | undefined`). Uninferred, so that where the response goes (`const created: TypedResponse<201> = json(body)`)
 * cannot make an omitted status 201 in the type while it is 200 at run time. One alias for the builders and for the
 * restricted builders of typed-http-status/openapi, whose signatures then return the same type as the builders.
 *
 * @example
 * ```ts
 * import {json} from 'typed-http-status/response';
 * const maybeCreated = (isNew: boolean) => json({id: 7}, isNew ? 201 : undefined);
 * maybeCreated(false).status;
 * //=> 200
 * ```
 */
// One distributive conditional (`201 | undefined` gives `201 | 200`), read from a one-member object at an index the
// compiler cannot compute before Status is known: an indexed access is not inferred into, so the type the response is
// assigned to does not choose the status. The same as `Uninferred<Status, Exclude<Status, undefined> | (undefined
// extends Status ? Default : never)>` with three aliases and two conditionals fewer to instantiate per status. An object
// rather than a one-element tuple: reading a tuple's element instantiates its `Array` base type for every status (about
// 6 instantiations and 3 types a status).
export type Sent<Status, Default extends number> = {0: Status extends undefined ? Default : Status}[Status extends unknown ? 0 : never];
