// The server side: the response builders of typed-http-status/response, restricted to what one operation declares.
import type {ContentfulStatus, ErrorStatus, FinalClass, FinalStatus, ResponseRedirectStatus, UnregisteredStatus} from '../index.ts';
import {empty, json, problem, redirect, text, type ProblemFields, type ResponseOptions, type Sent, type TypedResponse} from '../response/index.ts';
import type {ContentOf, EntryOf} from './operation-body.ts';
import type {OperationStatus, StatusOfKey} from './operation-status.ts';
import type {KeyOfStatus, OperationShape, ResponseKey} from './response-key.ts';

/** The JSON media types: `application/json` and any `+json` (RFC 6839 §3.1). */
type JsonMedia = 'application/json' | `${string}+json`;

/** The statuses of the keys whose content has a media type in `Media` (`never`: no content at all). */
type StatusesWith<Operation extends OperationShape, Media> =
	ResponseKey<Operation> extends infer Key
		? Key extends unknown
			? [Media] extends [never]
				? [ContentOf<EntryOf<Operation, Key>>] extends [never]
					? StatusOfKey<Operation, Key>
					: never
				: [Extract<keyof ContentOf<EntryOf<Operation, Key>>, Media>] extends [never]
					? never
					: StatusOfKey<Operation, Key>
			: never
		: never;

// The body declared for `Status` in the media types `Media`. An alias over an inferred content map, so that a
// consumer's compiler checks the indexed access once, here: written out in each method's parameter, its validity
// was checked against every generic operation, and with skipLibCheck false TypeScript 6 took minutes on the
// declarations alone.
type BodyFor<Operation extends OperationShape, Status, Media> =
	ContentOf<EntryOf<Operation, KeyOfStatus<Operation, Status>>> extends infer Content ? Content[Extract<keyof Content, Media>] : never;

/**
 * A handler's result for an operation: a `TypedResponse` whose status is one the operation declares (any union of
 * the builders' `TypedResponse<200>`, `TypedResponse<404>` … fits), so a handler annotated with it does not
 * compile when it returns a status the description does not declare.
 *
 * @example
 * ```ts
 * import {HTTP_204_NO_CONTENT} from 'typed-http-status';
 * import {empty} from 'typed-http-status/response';
 * import type {OperationResponse} from 'typed-http-status/openapi';
 * type DeleteNote = {responses: {204: {content?: never}; 404: {content: {'application/json': {message: string}}}}};
 * const handler = (): OperationResponse<DeleteNote> => empty(HTTP_204_NO_CONTENT);
 * handler().status;
 * //=> 204
 * ```
 */
export type OperationResponse<Operation extends OperationShape> = TypedResponse<OperationStatus<Operation>>;

/**
 * The builders of typed-http-status/response for one operation: each takes only the statuses the operation
 * declares for what it builds, and checks the body against the schema declared for that status.
 *
 * @example
 * ```ts
 * import {HTTP_200_OK} from 'typed-http-status';
 * import {responder, type Responder} from 'typed-http-status/openapi';
 * type GetNote = {responses: {200: {content: {'application/json': {id: number}}}}};
 * const respond: Responder<GetNote> = responder<GetNote>();
 * respond.json({id: 7}, HTTP_200_OK).status;
 * //=> 200
 * ```
 */
export interface Responder<Operation extends OperationShape> {
	/** A JSON response with a status whose response declares a JSON media type, and a body of its schema. */
	json<Status extends Extract<StatusesWith<Operation, JsonMedia>, ContentfulStatus | UnregisteredStatus<FinalClass>>>(
		body: BodyFor<Operation, Status, JsonMedia>,
		status: Status,
		options?: ResponseOptions,
	): TypedResponse<Sent<Status, 200>>;
	/** A text response with a status whose response declares a `text/*` media type, and a body of its schema. */
	text<Status extends Extract<StatusesWith<Operation, `text/${string}`>, ContentfulStatus | UnregisteredStatus<FinalClass>>>(
		body: Extract<BodyFor<Operation, Status, `text/${string}`>, string>,
		status: Status,
		options?: ResponseOptions,
	): TypedResponse<Sent<Status, 200>>;
	/** A response without a body, with a status whose response declares no content. */
	empty<Status extends Extract<StatusesWith<Operation, never>, FinalStatus | UnregisteredStatus<FinalClass>>>(
		status: Status,
		options?: ResponseOptions,
	): TypedResponse<Status>;
	/** A redirect with a redirect status the operation declares. */
	redirect<Status extends Extract<OperationStatus<Operation>, ResponseRedirectStatus>>(
		location: string | URL,
		status: Status,
		options?: ResponseOptions,
	): TypedResponse<Sent<Status, 302>>;
	/** An RFC 9457 problem with an error status whose response declares `application/problem+json`. */
	problem<Status extends Extract<StatusesWith<Operation, 'application/problem+json'>, ErrorStatus>>(
		status: Status,
		fields?: ProblemFields,
		options?: ResponseOptions,
	): TypedResponse<Status>;
}

const BUILDERS = {json, text, empty, redirect, problem};

/**
 * The response builders restricted to one operation: `json(pet, HTTP_200_OK)` checks `pet` against the 200 schema,
 * `json(body, HTTP_201_CREATED)` does not compile unless 201 is declared with a JSON body, and
 * `empty(HTTP_204_NO_CONTENT)` needs 204 declared without content. At run time they are the builders of
 * typed-http-status/response, with their checks; the restriction costs nothing.
 *
 * @example
 * ```ts
 * import {HTTP_404_NOT_FOUND} from 'typed-http-status';
 * import {responder} from 'typed-http-status/openapi';
 * type GetNote = {responses: {200: {content: {'application/json': {id: number}}}; 404: {content: {'application/problem+json': unknown}}}};
 * const respond = responder<GetNote>();
 * respond.problem(HTTP_404_NOT_FOUND, {detail: 'no note 7'}).headers.get('content-type');
 * //=> 'application/problem+json'
 * ```
 */
export function responder<Operation extends OperationShape>(): Responder<Operation> {
	// The same functions, seen through narrower signatures: each Responder method takes a subset of the statuses and
	// bodies the builder takes, and returns the builder's own result type (`Sent<Status, 200>`, which is `Status` for a
	// status that is always given), so the compiler relates the two without an assertion.
	return BUILDERS;
}
