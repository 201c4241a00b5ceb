// One guard per class on response objects. Each keeps, member by member, what its class guard keeps of the status
// (StatusIn): a member whose status is all in the class stays as it is, one whose status is partly in it keeps that
// part, and a `Response` gets the class's statuses (`HttpStatus<'2xx'>` for isSuccessResponse).
import type {StatusClass, StatusIn} from '../index.ts';
import {isClientError, isError, isInformational, isRedirect, isServerError, isSuccess} from '../index.ts';
import {readStatus} from './client.ts';

/**
 * The members of a union of response objects whose status may be in `Class`, each with its status narrowed as the
 * class guard narrows it.
 *
 * @example
 * ```ts
 * import type {ResponseIn} from 'typed-http-status/response';
 * type Failed = ResponseIn<{status: 200; body: string} | {status: 404; error: string}, '4xx'>;
 * //=> {status: 404; error: string}
 * ```
 */
export type ResponseIn<Value, Class extends StatusClass> = Value extends {readonly status: infer Status}
	? [StatusIn<Status, Class>] extends [never]
		? never
		: [Status] extends [StatusIn<Status, Class>]
			? Value
			: Value & {readonly status: StatusIn<Status, Class>}
	: never;

type Readable = {readonly status: number};

/**
 * True when the response's status is 100–199 (RFC 9110 §15.2); narrows the response.
 *
 * @example
 * ```ts
 * import {isInformationalResponse} from 'typed-http-status/response';
 * isInformationalResponse({status: 103});
 * //=> true
 * ```
 */
export function isInformationalResponse<Value extends Readable>(response: Value): response is ResponseIn<Value, '1xx'> & Value {
	return isInformational(readStatus(response) as number);
}

/**
 * True when the response's status is 200–299 (RFC 9110 §15.3); narrows the response.
 *
 * @example
 * ```ts
 * import {isSuccessResponse} from 'typed-http-status/response';
 * declare const result: {status: 200; note: string} | {status: 404; error: string};
 * if (isSuccessResponse(result)) {
 * 	result.note; // result: {status: 200; note: string}
 * }
 * isSuccessResponse(new Response('ok'));
 * //=> true
 * ```
 */
export function isSuccessResponse<Value extends Readable>(response: Value): response is ResponseIn<Value, '2xx'> & Value {
	return isSuccess(readStatus(response) as number);
}

/**
 * True when the response's status is 300–399 (RFC 9110 §15.4); narrows the response.
 *
 * @example
 * ```ts
 * import {isRedirectResponse} from 'typed-http-status/response';
 * isRedirectResponse({status: 304});
 * //=> true
 * ```
 */
export function isRedirectResponse<Value extends Readable>(response: Value): response is ResponseIn<Value, '3xx'> & Value {
	return isRedirect(readStatus(response) as number);
}

/**
 * True when the response's status is 400–499 (RFC 9110 §15.5); narrows the response.
 *
 * @example
 * ```ts
 * import {isClientErrorResponse} from 'typed-http-status/response';
 * isClientErrorResponse({status: 499});
 * //=> true
 * ```
 */
export function isClientErrorResponse<Value extends Readable>(response: Value): response is ResponseIn<Value, '4xx'> & Value {
	return isClientError(readStatus(response) as number);
}

/**
 * True when the response's status is 500–599 (RFC 9110 §15.6); narrows the response.
 *
 * @example
 * ```ts
 * import {isServerErrorResponse} from 'typed-http-status/response';
 * isServerErrorResponse({status: 503});
 * //=> true
 * ```
 */
export function isServerErrorResponse<Value extends Readable>(response: Value): response is ResponseIn<Value, '5xx'> & Value {
	return isServerError(readStatus(response) as number);
}

/**
 * True when the response's status is 400–599, a client or server error; narrows the response.
 *
 * @example
 * ```ts
 * import {isErrorResponse} from 'typed-http-status/response';
 * isErrorResponse({status: 302});
 * //=> false
 * ```
 */
export function isErrorResponse<Value extends Readable>(response: Value): response is ResponseIn<Value, '4xx' | '5xx'> & Value {
	return isError(readStatus(response) as number);
}
