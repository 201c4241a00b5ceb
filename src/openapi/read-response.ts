// The client side: read a fetch `Response` into the result an operation declares for its status.
import {isHttpStatus} from '../index.ts';
import {checkedKeys, keyFor, type DeclaredKeys, type ResponseKeyValue} from './declared-keys.ts';
import type {OperationResult} from './operation-result.ts';
import type {OperationShape} from './response-key.ts';
import {ResponseBodyError} from './response-body-error.ts';
import {UndeclaredStatusError} from './undeclared-status-error.ts';

const {parse} = JSON;

/** The media type of a `content-type` value, lower case, without parameters; `undefined` without one. */
export function mediaTypeOf(contentType: string | null): string | undefined {
	if (contentType === null) {
		return undefined;
	}
	const end = contentType.indexOf(';');
	const type = (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase();
	return type === '' ? undefined : type;
}

/** True for a JSON media type: `application/json` or any `+json` suffix (RFC 6839 §3.1), `application/problem+json` among them. */
export function isJsonMediaType(type: string): boolean {
	return type === 'application/json' || type.endsWith('+json');
}

/** The response's status, if the caller gave a response with an HTTP status: a `TypeError` or `RangeError` otherwise. */
export function statusOfResponse(caller: string, response: unknown): number {
	// Anything but an object (null among them) has no status read, so its `value` is undefined and fails the first test.
	const value: unknown = typeof response === 'object' && response !== null ? (response as {status?: unknown}).status : undefined;
	if (typeof value !== 'number' || typeof (response as {headers?: unknown}).headers !== 'object') {
		throw new TypeError(`${caller}: expected a fetch Response; received ${response === null ? 'null' : typeof response}`);
	}
	if (!isHttpStatus(value)) {
		throw new RangeError(`${caller}: the response's status ${value} is not an HTTP status, an integer from 100 to 599 (an opaque response's is 0)`);
	}
	return value;
}

/** The key covering the status, or the named error: the description does not declare what the server sent. */
export function declaredKeyFor(response: Response, status: number, keys: readonly ResponseKeyValue[]): ResponseKeyValue {
	const key = keyFor(status, keys);
	if (key === undefined) {
		throw new UndeclaredStatusError(response, keys);
	}
	return key;
}

/**
 * Read a fetch `Response` into the result its operation declares: the status, checked against `declared`, and the
 * body parsed by its content type (a JSON media type as JSON, anything else as text, no body as `null`). `declared`
 * is the operation's response keys, which `typed-http-status openapi <file>` prints; it must be exactly the keys
 * of `Operation`, in order, or the call does not compile.
 *
 * Rejects with an `UndeclaredStatusError` for a status no key covers, a `ResponseBodyError` for a body that is not
 * what its content type says, a `TypeError` for a value that is not a response or keys that are not keys.
 *
 * @example
 * ```ts
 * import {readResponse} from 'typed-http-status/openapi';
 * type GetNote = {responses: {200: {content: {'application/json': {id: number}}}; default: {content: {'text/plain': string}}}};
 * const result = await readResponse<GetNote>(Response.json({id: 7}), [200, 'default']);
 * if (result.key === 200) {
 * 	result.body.id; // result.body: {id: number}
 * }
 * result.body;
 * //=> {id: 7}
 * ```
 */
export async function readResponse<Operation extends OperationShape>(
	response: Response,
	declared: DeclaredKeys<Operation>,
): Promise<OperationResult<Operation>> {
	const status = statusOfResponse('readResponse', response);
	const key = declaredKeyFor(response, status, checkedKeys('readResponse', declared));
	const body = await bodyOf(response);
	return {key, status, body, response} as OperationResult<Operation>;
}

async function bodyOf(response: Response): Promise<unknown> {
	if (response.body === null) {
		return null;
	}
	const text = await response.text();
	const type = mediaTypeOf(response.headers.get('content-type'));
	if (type === undefined) {
		return text === '' ? null : text;
	}
	if (!isJsonMediaType(type)) {
		return text;
	}
	try {
		return parse(text) as unknown;
	} catch (error) {
		throw new ResponseBodyError(response, type, error);
	}
}
