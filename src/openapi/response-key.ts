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
 * An operation as openapi-typescript generates it (`paths[path][method]` or `operations[operationId]`): what the
 * types of this subpath read of it is its `responses`, keyed by status number, range key and `default`.
 *
 * @example
 * ```ts
 * import type {OperationShape} from 'typed-http-status/openapi';
 * const deleteNote: OperationShape = {responses: {204: {content: undefined}}};
 * Object.keys(deleteNote.responses);
 * //=> ['204']
 * ```
 */
export interface OperationShape {
	/** The responses object: one entry per key, each with its `content` by media type (or none). */
	readonly responses: object;
}

/**
 * The response keys an operation declares, as values: a status number (`200`; openapi-typescript writes the
 * description's `"200"` as a number), a range key (`'4XX'`) or `'default'`.
 *
 * @example
 * ```ts
 * import type {ResponseKey} from 'typed-http-status/openapi';
 * type Keys = ResponseKey<{responses: {200: {}; '4XX': {}; default: {}}}>;
 * //=> 200 | '4XX' | 'default'
 * ```
 */
export type ResponseKey<Operation extends OperationShape> = keyof Operation['responses'] & (number | RangeKey | 'default');

/** The range keys an operation declares. */
export type DeclaredRange<Operation extends OperationShape> = keyof Operation['responses'] & RangeKey;

/** The first digit of a status: of a literal, or of a branded status's class. */
export type ClassDigitOf<Status> =
	Status extends StatusClassBrand<infer Class>
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
export type KeyOfStatus<Operation extends OperationShape, Status> =
	Status extends ResponseKey<Operation>
		? Status
		: Status extends number
			? `${ClassDigitOf<Status>}XX` extends DeclaredRange<Operation>
				? `${ClassDigitOf<Status>}XX`
				: 'default' extends ResponseKey<Operation>
					? 'default'
					: never
			: never;
