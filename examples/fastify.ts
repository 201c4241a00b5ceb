// Fastify 5: `reply.code()` with named constants, and an error handler that maps Fastify's own errors (which
// carry a `statusCode`) onto valid statuses, falling back to 500.
import Fastify, {type FastifyError, type FastifyInstance} from 'fastify';
import {
	HTTP_200_OK,
	HTTP_404_NOT_FOUND,
	HTTP_500_INTERNAL_SERVER_ERROR,
	HTTP_503_SERVICE_UNAVAILABLE,
	isClientError,
	isHttpStatus,
	reasonPhrase,
} from 'typed-http-status';

/** The app: GET /health answers 200, or 503 while `ready()` is false; unknown routes get a JSON 404. */
export function createApp(ready: () => boolean): FastifyInstance {
	const app = Fastify();
	app.get('/health', async (_request, reply) => {
		const status = ready() ? HTTP_200_OK : HTTP_503_SERVICE_UNAVAILABLE;
		return reply.code(status).send({status: reasonPhrase(status)});
	});
	app.setNotFoundHandler(async (_request, reply) => reply.code(HTTP_404_NOT_FOUND).send({error: reasonPhrase(HTTP_404_NOT_FOUND)}));
	app.setErrorHandler(async (error: FastifyError, _request, reply) => {
		// A client error keeps its status (a bad JSON body is a 400); anything else is our fault: 500.
		const status = isHttpStatus(error.statusCode) && isClientError(error.statusCode) ? error.statusCode : HTTP_500_INTERNAL_SERVER_ERROR;
		return reply.code(status).send({error: reasonPhrase(status) ?? error.message});
	});
	return app;
}
