// The error of a response whose body cannot be read as its content type says.
import {quoteText} from '../escape-text.ts';

/**
 * Thrown (a rejection of `readResponse`) when a body does not parse as its content type says: a JSON media type
 * (`application/json`, `application/problem+json`, any `+json`) whose text is not JSON, an empty one included. It carries the response
 * (its body already read) and the parser's error as `cause`.
 *
 * @example
 * ```ts
 * import {ResponseBodyError} from 'typed-http-status/openapi';
 * const error = new ResponseBodyError(new Response('{', {status: 200}), 'application/json', new SyntaxError('bad'));
 * error.message;
 * //=> 'the body of a 200 response is not JSON, as its content type "application/json" says'
 * ```
 */
export class ResponseBodyError extends Error {
	/** The response; its body has been read. */
	readonly response: Response;
	/** The media type the response declared. */
	readonly mediaType: string;

	constructor(response: Response, mediaType: string, cause: unknown) {
		super(`the body of a ${response.status} response is not JSON, as its content type ${quoteText(mediaType)} says`, {cause});
		this.name = 'ResponseBodyError';
		this.response = response;
		this.mediaType = mediaType;
	}
}
