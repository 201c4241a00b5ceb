// Express 5 (with @types/express): named constants in handlers, a 404 fallback, and an error handler that
// validates the status an error carries before answering with it.
import express, {type ErrorRequestHandler, type Express} from 'express';
import {
	HTTP_201_CREATED,
	HTTP_404_NOT_FOUND,
	HTTP_422_UNPROCESSABLE_CONTENT,
	HTTP_500_INTERNAL_SERVER_ERROR,
	isError,
	isHttpStatus,
	reasonPhrase,
} from 'typed-http-status';

/** An error that knows which status it should be answered with. */
export class HttpError extends Error {
	readonly status: number;

	constructor(status: number, message: string) {
		super(message);
		this.status = status;
	}
}

/** The status an error asks for: `status`, as HttpError, Express's body parser and http-errors set it. */
function claimedStatus(error: unknown): unknown {
	return typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
}

/**
 * Errors from any middleware land here. Their `status` is whatever someone put there, so it is checked: a
 * valid 4xx or 5xx is passed on (a malformed JSON body stays a 400); anything else becomes a 500.
 */
export const answerErrors: ErrorRequestHandler = (error: unknown, _request, response, _next) => {
	const claimed = claimedStatus(error);
	const status = isHttpStatus(claimed) && isError(claimed) ? claimed : HTTP_500_INTERNAL_SERVER_ERROR;
	response.status(status).json({error: reasonPhrase(status) ?? 'Error'});
};

/** The app: POST /users creates a user from a JSON `{name}`; every other path is a 404. */
export function createApp(): Express {
	const app = express();
	app.use(express.json());
	app.post('/users', (request, response) => {
		const name: unknown = (request.body as {name?: unknown} | undefined)?.name;
		if (typeof name !== 'string' || name === '') {
			throw new HttpError(HTTP_422_UNPROCESSABLE_CONTENT, 'a user needs a name');
		}
		response
			.status(HTTP_201_CREATED)
			.location(`/users/${encodeURIComponent(name)}`)
			.json({name});
	});
	app.use((_request, response) => {
		response.status(HTTP_404_NOT_FOUND).json({error: reasonPhrase(HTTP_404_NOT_FOUND)});
	});
	app.use(answerErrors);
	return app;
}
