// The statuses an operation declares, from its response keys.
import type {HttpStatus, StatusClass} from '../index.ts';
import type {OperationShape, RangeKey} from './response-key.ts';

// The statuses of each range key and of `default`, looked up by key; computed only for an operation that has such a
// key (an operation with numeric keys alone never reaches this type).
type OtherStatuses<Responses> = {
	readonly [Key in RangeKey]: Exclude<HttpStatus<Lowercase<Key>>, keyof Responses & number>;
} & {
	readonly default: Exclude<HttpStatus<Exclude<StatusClass, Lowercase<keyof Responses & RangeKey>>>, keyof Responses & number>;
};

/**
 * The statuses one response key stands for in an operation: a status number is its literal; a range key is every
 * status of its class that the operation does not declare on its own, named or not (`UnregisteredStatus<'4xx'>`);
 * `default` is every status that no other key covers (OpenAPI 3.1 §4.8.16.2).
 *
 * @example
 * ```ts
 * import type {StatusOfKey} from 'typed-http-status/openapi';
 * type Redirects = StatusOfKey<{responses: {301: {}; '3XX': {}}}, '3XX'>;
 * const found: Redirects = 302;
 * // const moved: Redirects = 301; // does not compile: 301 has a key of its own
 * ```
 */
export type StatusOfKey<Operation extends OperationShape, Key> = Key extends number ? Key : OtherStatuses<Operation['responses']>[Key & (RangeKey | 'default')];

/**
 * The union of the statuses an operation declares: each numeric key's literal, each range key's other statuses of
 * its class (including `UnregisteredStatus<'4xx'>`, so a 499 from `parseStatus` fits) and, with `default`, every
 * other status. An operation with neither ranges nor `default` gives a closed union, so a `switch` over it can end
 * in `assertNever`.
 *
 * @example
 * ```ts
 * import type {OperationStatus} from 'typed-http-status/openapi';
 * type Deleted = OperationStatus<{responses: {204: {content?: never}; 404: {content: {'application/json': string}}}}>;
 * //=> 204 | 404
 * ```
 */
export type OperationStatus<Operation extends OperationShape> = StatusesOf<Operation['responses']>;

// Numeric keys alone (most operations): their literals, with no lookup per key. In the union a range key's own
// exclusions do not matter (the statuses it excludes are declared by their own keys), so it stands for its whole class
// and `default` for every status: the union prints by the core's names (`200 | HttpStatus<"4xx">`, `HttpStatus`).
type StatusesOf<Responses> = [keyof Responses & string] extends [never]
	? keyof Responses & number
	: 'default' extends keyof Responses
		? HttpStatus
		: (keyof Responses & number) | HttpStatus<Lowercase<keyof Responses & RangeKey>>;
