// The error of a response whose status the operation does not declare.
import type {ResponseKeyValue} from './declared-keys.ts';
import {listKeys} from './declared-keys.ts';

/**
 * Thrown (a rejection of `readResponse`) when a response's status is not declared by the operation, neither by its
 * own key, nor by its class's range key, nor by `default`: the description and the server disagree. It carries the
 * response, so its body can still be read, and the keys that were declared.
 *
 * @example
 * ```ts
 * import {UndeclaredStatusError} from 'typed-http-status/openapi';
 * const error = new UndeclaredStatusError(new Response(null, {status: 418}), [200, 404]);
 * error.message;
 * //=> 'status 418 is not declared by the operation, whose responses are [200, 404]'
 * ```
 */
export class UndeclaredStatusError extends Error {
	/** The response, unread. */
	readonly response: Response;
	/** Its status. */
	readonly status: number;
	/** The response keys the operation declares. */
	readonly declared: readonly ResponseKeyValue[];

	constructor(response: Response, declared: readonly ResponseKeyValue[]) {
		super(`status ${response.status} is not declared by the operation, whose responses are ${listKeys(declared)}`);
		this.name = 'UndeclaredStatusError';
		this.response = response;
		this.status = response.status;
		this.declared = declared;
	}
}
