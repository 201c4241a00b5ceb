// Handlers that already use the named constants, among the many other numbers a server deals in.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import {HTTP_200_OK, HTTP_404_NOT_FOUND, HTTP_429_TOO_MANY_REQUESTS, isClientError, isServerError} from 'typed-http-status';

const PORT = 8080;
const MAX_BODY_BYTES = 1024 * 512;
const WINDOW_MS = 60_000;
const LIMIT_PER_WINDOW = 500;
const hits = new Map<string, {count: number; since: number}>();

/** Count a request against its client's window; true while under the limit. */
export function allow(client: string, now: number): boolean {
	const entry = hits.get(client) ?? {count: 0, since: now};
	if (now - entry.since > WINDOW_MS) {
		entry.count = 0;
		entry.since = now;
	}
	entry.count += 1;
	hits.set(client, entry);
	return entry.count <= LIMIT_PER_WINDOW;
}

/** Answer one request. */
export function handle(request: IncomingMessage, response: ServerResponse): void {
	const length = Number(request.headers['content-length'] ?? 0);
	if (length > MAX_BODY_BYTES) {
		response.writeHead(HTTP_429_TOO_MANY_REQUESTS, {'retry-after': String(WINDOW_MS / 1000)});
		response.end();
		return;
	}
	if (request.url === '/slow') {
		setTimeout(() => response.end('done'), 404);
		return;
	}
	response.statusCode = request.url === '/' ? HTTP_200_OK : HTTP_404_NOT_FOUND;
	response.setTimeout(500);
	response.end(JSON.stringify({items: [1, 2, 3].map(item => item * 200), took: 301}));
}

/** A word for a status, for the access log. */
export function severity(status: number): 'info' | 'warn' | 'error' {
	if (isServerError(status)) {
		return 'error';
	}
	return isClientError(status) ? 'warn' : 'info';
}

/** Start the server on the configured port, closing idle connections after 5 seconds. */
export function start(): ReturnType<typeof createServer> {
	const server = createServer(handle);
	server.keepAliveTimeout = 5000;
	server.headersTimeout = 6000;
	return server.listen(PORT);
}
