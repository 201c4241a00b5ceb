// The client side with openapi-fetch: its result `{data, error, response}` as the result the operation declares.
import {isSuccess} from '../index.ts';
import {checkedKeys, type DeclaredKeys} from './declared-keys.ts';
import type {OperationResult} from './operation-result.ts';
import type {OperationShape} from './response-key.ts';
import {declaredKeyFor, mediaTypeOf, statusOfResponse} from './read-response.ts';

/**
 * What openapi-fetch returns from a call: `data` for a 2xx response, `error` for any other, and the `response`.
 *
 * @example
 * ```ts
 * import type {FetchResult} from 'typed-http-status/openapi';
 * const result: FetchResult = {error: {message: 'no note 7'}, response: new Response(null, {status: 404})};
 * result.response.status;
 * //=> 404
 * ```
 */
export interface FetchResult {
	/** The parsed body of a 2xx response. */
	readonly data?: unknown;
	/** The parsed body of any other response. */
	readonly error?: unknown;
	/** The response. */
	readonly response: Response;
}

/**
 * Turn openapi-fetch's result into the result its operation declares, the same union `readResponse` returns:
 * `status` checked against `declared`, and `body` from `data` or `error`, whichever the status filled (`null` for a
 * response without a body). Throws an `UndeclaredStatusError` for a status no key covers, a `TypeError` for a
 * value that is not such a result or keys that are not keys.
 *
 * @example
 * ```ts
 * import {readFetchResult} from 'typed-http-status/openapi';
 * type DeleteNote = {responses: {204: {content?: never}; 404: {content: {'application/json': {message: string}}}}};
 * const result = readFetchResult<DeleteNote>({error: {message: 'no note 7'}, response: new Response('', {status: 404})}, [204, 404]);
 * result.status === 404 ? result.body.message : 'deleted';
 * //=> 'no note 7'
 * ```
 */
export function readFetchResult<Operation extends OperationShape>(result: FetchResult, declared: DeclaredKeys<Operation>): OperationResult<Operation> {
	const given: unknown = result; // a JavaScript caller may pass anything
	if (typeof given !== 'object' || given === null) {
		throw new TypeError(`readFetchResult: expected openapi-fetch's result, {data, error, response}; received ${given === null ? 'null' : typeof given}`);
	}
	const {response} = result;
	const status = statusOfResponse('readFetchResult', response);
	const key = declaredKeyFor(response, status, checkedKeys('readFetchResult', declared));
	const parsed = isSuccess(status) ? result.data : result.error;
	const body = parsed === undefined || (parsed === '' && mediaTypeOf(response.headers.get('content-type')) === undefined) ? null : parsed;
	return {key, status, body, response} as OperationResult<Operation>;
}
