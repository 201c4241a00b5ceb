// The builders' responses where they are used: returned by a real Hono app (read with `app.request`) and by a fetch
// handler served from a real node:http server on 127.0.0.1 through a small fetch adapter, read with a real `fetch`.
import {once} from 'node:events';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {Hono} from 'hono';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {
	HTTP_201_CREATED,
	HTTP_204_NO_CONTENT,
	HTTP_304_NOT_MODIFIED,
	HTTP_308_PERMANENT_REDIRECT,
	HTTP_404_NOT_FOUND,
	HTTP_429_TOO_MANY_REQUESTS,
} from '../../../src/index.ts';
import {empty, json, problem, redirect, text} from '../../../src/response/index.ts';

/** One handler using every builder, as a Worker, Deno, Bun or Hono would call it. */
function handle(request: Request): Response {
	const {pathname} = new URL(request.url);
	switch (pathname) {
		case '/json': {
			return json({id: 7}, HTTP_201_CREATED, {headers: {location: '/notes/7'}});
		}
		case '/text': {
			return text('hello');
		}
		case '/empty': {
			return empty(HTTP_204_NO_CONTENT);
		}
		case '/cached': {
			return empty(HTTP_304_NOT_MODIFIED, {headers: {etag: '"v1"'}});
		}
		case '/moved': {
			return redirect('/json', HTTP_308_PERMANENT_REDIRECT);
		}
		case '/busy': {
			return problem(HTTP_429_TOO_MANY_REQUESTS, {detail: 'slow down', instance: '/busy', retryAfterSeconds: 30}, {headers: {'retry-after': '30'}});
		}
		default: {
			return problem(HTTP_404_NOT_FOUND, {detail: `nothing at ${pathname}`});
		}
	}
}

/** What a test reads of a response. */
async function read(response: Response) {
	return {status: response.status, type: response.headers.get('content-type'), location: response.headers.get('location'), body: await response.text()};
}

const expected = {
	'/json': {status: 201, type: 'application/json', location: '/notes/7', body: '{"id":7}'},
	'/text': {status: 200, type: 'text/plain; charset=utf-8', location: null, body: 'hello'},
	'/empty': {status: 204, type: null, location: null, body: ''},
	'/moved': {status: 308, type: null, location: '/json', body: ''},
	'/busy': {
		status: 429,
		type: 'application/problem+json',
		location: null,
		body: '{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"slow down","instance":"/busy","retryAfterSeconds":30}',
	},
	'/missing': {
		status: 404,
		type: 'application/problem+json',
		location: null,
		body: '{"type":"about:blank","title":"Not Found","status":404,"detail":"nothing at /missing"}',
	},
};

describe('through a Hono app (app.request)', () => {
	const app = new Hono();
	app.all('*', c => handle(c.req.raw));

	test.each(Object.entries(expected))('%s', async (path, want) => {
		expect(await read(await app.request(path))).toEqual(want);
	});
});

/** The fetch adapter: an IncomingMessage becomes a Request, and the handler's Response is written back. */
function adapt(handler: (request: Request) => Response | Promise<Response>) {
	return async (incoming: IncomingMessage, outgoing: ServerResponse) => {
		const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? '127.0.0.1'}`);
		const response = await handler(
			new Request(url, {
				method: incoming.method ?? 'GET',
				headers: Object.entries(incoming.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : [])),
			}),
		);
		outgoing.writeHead(response.status, response.statusText, Object.fromEntries(response.headers));
		outgoing.end(response.body === null ? undefined : Buffer.from(await response.arrayBuffer()));
	};
}

describe('through a node:http server on 127.0.0.1, read with fetch', () => {
	let server: Server;
	let base = '';
	beforeAll(async () => {
		server = createServer((incoming, outgoing) => void adapt(handle)(incoming, outgoing));
		server.listen(0, '127.0.0.1');
		await once(server, 'listening');
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

	test.each(Object.entries(expected))('%s', async (path, want) => {
		expect(await read(await fetch(`${base}${path}`, {redirect: 'manual'}))).toEqual(want);
	});

	test('304 with its ETag and no body', async () => {
		const response = await fetch(`${base}/cached`);
		expect([response.status, response.headers.get('etag'), await response.text()]).toEqual([304, '"v1"', '']);
	});

	test('fetch follows the relative redirect to the JSON', async () => {
		const response = await fetch(`${base}/moved`);
		expect([response.status, response.redirected, await response.json()]).toEqual([201, true, {id: 7}]);
	});

	test("the problem+json body parses, with RFC 9457's members typed as the RFC says", async () => {
		const body = (await (await fetch(`${base}/busy`)).json()) as Record<string, unknown>;
		expect(body).toMatchObject({type: 'about:blank', title: 'Too Many Requests', status: 429});
		expect([typeof body['type'], typeof body['title'], typeof body['status'], typeof body['detail'], typeof body['instance']]).toEqual([
			'string',
			'string',
			'number',
			'string',
			'string',
		]);
		expect(Number.isInteger(body['status'])).toBe(true);
	});
});
