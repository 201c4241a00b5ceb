// The response keys of an operation as openapi-typescript 7 types it: `paths[path][method]` or
// `operations[operationId]`, whose `responses` are keyed by status number, by range (`4XX`) and by `default`.
import type {StatusClass, StatusClassBrand} from '../index.ts';

/**
 * A range key of an OpenAPI responses object, `1XX` to `5XX`: every status of that class the operation does not
 * list on its own (OpenAPI 3.1 §4.8.16.2).
 *
 * @example
 * ```ts
 * import type {RangeKey} from 'typed-http-status/openapi';
 * const clientErrors: RangeKey = '4XX';
 * clientErrors.toLowerCase();
 * //=> '4xx'
 * ```
 */
export type RangeKey = Uppercase<StatusClass>;

/**
 * The `responses` object of an operation: what openapi-typescript generates under `responses`.
 *
 * @example
 * ```ts
 * import type {OperationResponses} from 'typed-http-status/openapi';
 * type Responses = OperationResponses<{responses: {204: {content?: never}}}>;
 * //=> {204: {content?: never}}
 * ```
 */
export type OperationResponses<Operation> = Operation extends {readonly responses: infer Responses} ? Responses : never;

/**
 * The response keys an operation declares, as values: a status number (`200`, whether the description wrote
 * `200` or `"200"`), a range key (`'4XX'`) or `'default'`.
 *
 * @example
 * ```ts
 * import type {ResponseKey} from 'typed-http-status/openapi';
 * type Keys = ResponseKey<{responses: {200: {}; '4XX': {}; default: {}}}>;
 * //=> 200 | '4XX' | 'default'
 * ```
 */
export type ResponseKey<Operation> = KeyValue<keyof OperationResponses<Operation>>;

type KeyValue<Key> = Key extends number ? Key : Key extends `${infer Code extends number}` ? Code : Key extends RangeKey | 'default' ? Key : never;

/** The status numbers an operation declares one by one. */
export type ExplicitStatus<Operation> = Extract<ResponseKey<Operation>, number>;

/** The range keys an operation declares. */
export type DeclaredRange<Operation> = Extract<ResponseKey<Operation>, RangeKey>;

/** The first digit of a status: of a literal, or of a branded status's class. */
export type ClassDigitOf<Status> = Status extends StatusClassBrand<infer Class>
	? Class extends `${infer Digit}xx`
		? Digit
		: never
	: `${Status & number}` extends `${infer Digit}${string}`
		? Digit
		: never;

/**
 * The response key that covers `Status` in an operation: the status itself when declared, else its class's range
 * key when declared, else `'default'` when declared, else `never`. A key (`'4XX'`, `'default'`) maps to itself.
 *
 * @example
 * ```ts
 * import type {KeyOfStatus} from 'typed-http-status/openapi';
 * type Key = KeyOfStatus<{responses: {404: {}; '4XX': {}; default: {}}}, 422 | 404 | 503>;
 * //=> 404 | '4XX' | 'default'
 * ```
 */
export type KeyOfStatus<Operation, Status> = Status extends ResponseKey<Operation>
	? Status
	: Status extends number
		? `${ClassDigitOf<Status>}XX` extends DeclaredRange<Operation>
			? `${ClassDigitOf<Status>}XX`
			: 'default' extends ResponseKey<Operation>
				? 'default'
				: never
		: never;
