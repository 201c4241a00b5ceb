// What a client reads from a response: the status, and the body the operation declares for it.
import type {AnyBodyOfEntry} from './operation-body.ts';
import type {StatusOfKey} from './operation-status.ts';
import type {OperationShape} from './response-key.ts';

/**
 * One response of an operation, by its response key: the statuses the key stands for, the body in any media type
 * the key declares (`null` without content), and the platform's `Response` it was read from.
 *
 * @example
 * ```ts
 * import type {ResultOfKey} from 'typed-http-status/openapi';
 * type Gone = ResultOfKey<{responses: {410: {content: {'text/plain': string}}}}, 410>;
 * const gone: Gone = {key: 410, status: 410, body: 'gone', response: new Response('gone', {status: 410})};
 * gone.body;
 * //=> 'gone'
 * ```
 */
export interface ResultOfKey<Operation extends OperationShape, Key extends keyof Operation['responses']> {
	/** The response key that covers the status: the status itself, its range key (`'4XX'`) or `'default'`. */
	readonly key: Key;
	/** The status received, one of those the key stands for. */
	readonly status: StatusOfKey<Operation, Key>;
	/** The body, parsed by its content type: JSON as a value, text as a string, no content as `null`. */
	readonly body: AnyBodyOfEntry<Operation['responses'][Key]>;
	/** The response read. */
	readonly response: Response;
}

/**
 * The responses an operation declares, as a union discriminated by `key` and, where every key is a status, by
 * `status`: `switch (result.status)` narrows `result.body` to the body declared for that status and can end in
 * `assertNever`. A range key or `default` stands for statuses not all named (`UnregisteredStatus<'4xx'>`), which
 * the compiler cannot tell apart from any number, so over such an operation `switch (result.key)` narrows instead.
 *
 * @example
 * ```ts
 * import type {OperationResult} from 'typed-http-status/openapi';
 * type DeleteNote = {responses: {204: {content?: never}; 404: {content: {'application/json': {message: string}}}}};
 * const message = (result: OperationResult<DeleteNote>) => (result.status === 404 ? result.body.message : 'deleted');
 * message({key: 204, status: 204, body: null, response: new Response(null, {status: 204})});
 * //=> 'deleted'
 * ```
 */
export type OperationResult<Operation extends OperationShape> = ResultsOf<Operation, keyof Operation['responses']>;

// One member per key: a distributive conditional over the keys, the cheapest way to the union (a mapped type indexed
// by its keys costs the compiler several times more at GitHub's scale).
type ResultsOf<Operation extends OperationShape, Key extends keyof Operation['responses']> = Key extends unknown ? ResultOfKey<Operation, Key> : never;
