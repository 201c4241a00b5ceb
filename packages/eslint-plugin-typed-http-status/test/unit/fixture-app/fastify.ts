// A Fastify 5 service with bare codes, to be fixed by the plugin (see express.ts).
import Fastify, {type FastifyInstance} from 'fastify';

const RETRY_AFTER_SECONDS = 120;

/** The app: a health check that reports 503 while not ready, and a rate-limited echo. */
export function createApp(ready: () => boolean): FastifyInstance {
	const app = Fastify();
	let calls = 0;
	app.get('/health', async (_request, reply) => {
		if (!ready()) {
			reply.header('retry-after', String(RETRY_AFTER_SECONDS));
			return reply.code(503).send({status: 'starting'});
		}
		return reply.code(200).send({status: 'ok'});
	});
	app.post('/echo', async (request, reply) => {
		calls += 1;
		if (calls > 3) {
			return reply.status(429).send({error: 'slow down', limit: 3});
		}
		return reply.code(200).send(request.body);
	});
	app.setNotFoundHandler(async (_request, reply) => reply.code(404).send({error: 'no such route'}));
	return app;
}
