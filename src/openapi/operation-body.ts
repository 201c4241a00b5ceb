// The body an operation declares for a status, by media type.
import type {KeyOfStatus, OperationShape} from './response-key.ts';

/** The `content` map of a response entry, `never` when the entry declares none (`content?: never`, `content: never` or no member). */
export type ContentOf<Entry> = Entry extends {readonly content: infer Content} ? Content : never;

/** The response entry an operation declares under `Key`. */
export type EntryOf<Operation extends OperationShape, Key> = Operation['responses'][Key & keyof Operation['responses']];

/**
 * The body type an operation declares for `Status` (a status literal, a branded status, a range key such as `'4XX'`,
 * or `'default'`), read from the response key that covers it, for the media type `Media`: `null` where that
 * response has no content, `never` where it has content but none of that media type.
 *
 * @example
 * ```ts
 * import type {OperationBody} from 'typed-http-status/openapi';
 * type GetNote = {responses: {200: {content: {'application/json': {id: number}; 'text/plain': string}}; 304: {content?: never}}};
 * type Note = OperationBody<GetNote, 200>;
 * //=> {id: number}
 * type Text = OperationBody<GetNote, 200, 'text/plain'>;
 * //=> string
 * type Unchanged = OperationBody<GetNote, 304>;
 * //=> null
 * ```
 */
export type OperationBody<Operation extends OperationShape, Status, Media = 'application/json'> = BodyOfEntry<
	EntryOf<Operation, KeyOfStatus<Operation, Status>>,
	Media
>;

/** The body of a response entry for `Media`: `null` without content. */
export type BodyOfEntry<Entry, Media> = [ContentOf<Entry>] extends [never] ? null : Media extends keyof ContentOf<Entry> ? ContentOf<Entry>[Media] : never;

/** The body of a response entry in any of its declared media types: `null` without content. */
export type AnyBodyOfEntry<Entry> = Entry extends {readonly content: object}
	? [Entry['content']] extends [never]
		? null
		: Entry['content'][keyof Entry['content']]
	: null;
