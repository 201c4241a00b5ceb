// node:http: answer with named constants and their reason phrases, and route errors through one exhaustive
// switch. Run against a real server on 127.0.0.1 by test/examples/examples.test.ts.
import type {IncomingMessage, ServerResponse} from 'node:http';
import {assertNever, HTTP_200_OK, HTTP_404_NOT_FOUND, HTTP_405_METHOD_NOT_ALLOWED, HTTP_418_IM_A_TEAPOT, reasonPhrase} from 'typed-http-status';

/** Every status this server sends: a union of literals, so the switch below can be proven complete. */
type Sent = typeof HTTP_200_OK | typeof HTTP_404_NOT_FOUND | typeof HTTP_405_METHOD_NOT_ALLOWED | typeof HTTP_418_IM_A_TEAPOT;

function route(method: string | undefined, path: string): Sent {
	if (method !== 'GET' && method !== 'HEAD') {
		return HTTP_405_METHOD_NOT_ALLOWED;
	}
	if (path === '/') {
		return HTTP_200_OK;
	}
	return path === '/coffee' ? HTTP_418_IM_A_TEAPOT : HTTP_404_NOT_FOUND;
}

function headersFor(status: Sent): Record<string, string> {
	switch (status) {
		case HTTP_405_METHOD_NOT_ALLOWED: {
			return {allow: 'GET, HEAD'};
		}
		case HTTP_200_OK:
		case HTTP_404_NOT_FOUND:
		case HTTP_418_IM_A_TEAPOT: {
			return {};
		}
		default: {
			return assertNever(status); // add a status to `Sent` and this line stops compiling until it is handled
		}
	}
}

/** The request listener: `createServer(handle).listen(8080)`. */
export function handle(request: IncomingMessage, response: ServerResponse): void {
	const status = route(request.method, new URL(request.url ?? '/', 'http://localhost').pathname);
	const phrase = reasonPhrase(status); // a literal type: 'OK' | 'Not Found' | 'Method Not Allowed' | "I'm a teapot"
	response.writeHead(status, phrase, {'content-type': 'application/json', ...headersFor(status)});
	response.end(request.method === 'HEAD' ? undefined : JSON.stringify({status, phrase}));
}
