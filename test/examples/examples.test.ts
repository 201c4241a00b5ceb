// The examples in examples/, run for real: node:http, the fetch handler and Express each behind a server on
// 127.0.0.1 (an ephemeral port, closed after every test), Fastify and Hono through their own in-process request
// helpers. `typed-http-status` resolves to the built package (dist/), as it would for a user. Their types are
// checked by `npm run test:examples` (examples/tsconfig.json).
import {createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach, describe, expect, test, vi} from 'vitest';
import express from 'express';
import {answerErrors, createApp as createExpressApp, HttpError} from '../../examples/express.ts';
import {createApp as createFastifyApp} from '../../examples/fastify.ts';
import {createNote, handle as handleFetch, outcome} from '../../examples/fetch.ts';
import {createApp as createHonoApp} from '../../examples/hono.ts';
import {handle as handleNode} from '../../examples/node-http.ts';

vi.setConfig({testTimeout: 30_000}); // a loaded CI machine may be slow to start a server

const servers: Server[] = [];

afterEach(async () => {
	await Promise.all(servers.splice(0).map(server => new Promise(resolve => server.close(resolve))));
});

/** Serve a listener on 127.0.0.1, on a port the system picks; the server is closed after the test. */
async function serve(listener: RequestListener): Promise<string> {
	const server = createServer(listener);
	servers.push(server);
	server.keepAliveTimeout = 1; // so that close() does not wait for idle connections
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Serve a fetch handler from node:http, as Deno or a Worker would: IncomingMessage → Request → Response. */
function fromFetchHandler(handler: (request: Request) => Promise<Response>): RequestListener {
	const answer = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
		const chunks: Buffer[] = [];
		for await (const chunk of incoming) {
			chunks.push(chunk as Buffer);
		}
		const headers = new Headers(
			Object.entries(incoming.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : [])),
		);
		const body = chunks.length > 0 ? Buffer.concat(chunks) : null;
		const response = await handler(new Request(`http://${incoming.headers.host}${incoming.url}`, {method: incoming.method ?? 'GET', headers, body}));
		outgoing.writeHead(response.status, Object.fromEntries(response.headers));
		outgoing.end(Buffer.from(await response.arrayBuffer()));
	};
	// node:http ignores what a listener returns, so a rejected answer would go unnoticed: fail the response instead.
	return (incoming, outgoing) => {
		answer(incoming, outgoing).catch((error: unknown) => outgoing.destroy(error instanceof Error ? error : new Error(String(error))));
	};
}

const timeout = {signal: AbortSignal.timeout(10_000)};

describe('examples/node-http.ts on a real server', () => {
	test.each([
		['GET', '/', 200, 'OK', null],
		['GET', '/coffee', 418, "I'm a teapot", null],
		['GET', '/missing', 404, 'Not Found', null],
		['DELETE', '/', 405, 'Method Not Allowed', 'GET, HEAD'],
	])('%s %s answers %i %s', async (method, path, status, phrase, allow) => {
		const base = await serve(handleNode);
		const response = await fetch(new URL(path, base), {method, ...timeout});
		expect([response.status, response.statusText, response.headers.get('allow')]).toEqual([status, phrase, allow]);
		expect(await response.json()).toEqual({status, phrase});
	});
});

describe('examples/fetch.ts on a real server', () => {
	test('createNote gets a 201 with Response.json, and outcome() classifies it', async () => {
		const base = await serve(fromFetchHandler(handleFetch));
		expect(await createNote(base, 'hello')).toEqual({status: 201, family: '2xx', phrase: 'Created', next: 'use the body'});
	});

	test.each([
		['POST', '/notes', 'text/plain', 'hi', 415, {error: 'Unsupported Media Type'}],
		['POST', '/notes', 'application/json', '{"text": 1}', 400, {error: 'expected {"text": string}'}],
		['POST', '/notes', 'application/json', 'not json', 400, {error: 'expected {"text": string}'}],
		['GET', '/notes', 'application/json', null, 404, {error: 'Not Found'}],
	])('%s %s (%s, %s) answers %i', async (method, path, type, body, status, json) => {
		const base = await serve(fromFetchHandler(handleFetch));
		const response = await fetch(new URL(path, base), {method, headers: {'content-type': type}, body, ...timeout});
		expect(response.status).toBe(status);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await response.json()).toEqual(json);
	});

	test.each([
		[299, '2xx', undefined, 'use the body'],
		[503, '5xx', 'Service Unavailable', 'retry later'],
		[308, '3xx', 'Permanent Redirect', 'follow the Location header'],
		[451, '4xx', 'Unavailable For Legal Reasons', 'fix the request'],
	])('outcome() of a %i', (status, family, phrase, next) => {
		expect(outcome(new Response(null, {status}))).toEqual({status, family, phrase, next});
	});

	// `new Response()` refuses statuses below 200, but a fetch can still see a 1xx through other APIs.
	const withStatus = (status: number) => ({status, headers: new Headers()}) as unknown as Response;

	test('outcome() of a 101', () => {
		expect(outcome(withStatus(101))).toEqual({status: 101, family: '1xx', phrase: 'Switching Protocols', next: 'wait for the final response'});
	});

	test('outcome() of something that is no HTTP status says so', () => {
		expect(outcome(withStatus(99))).toEqual({status: 99, family: undefined, phrase: undefined, next: 'give up: not an HTTP status'});
	});
});

describe('examples/express.ts on a real server', () => {
	test.each([
		['/users', '{"name": "ada"}', 201, {name: 'ada'}],
		['/users', '{"name": ""}', 422, {error: 'Unprocessable Content'}],
		['/elsewhere', '{}', 404, {error: 'Not Found'}],
		['/users', '{broken', 400, {error: 'Bad Request'}],
	])('POST %s %s answers %i', async (path, body, status, json) => {
		const base = await serve(createExpressApp());
		const response = await fetch(new URL(path, base), {method: 'POST', headers: {'content-type': 'application/json'}, body, ...timeout});
		expect(response.status).toBe(status);
		expect(await response.json()).toEqual(json);
	});

	test.each([
		[new HttpError(299, 'not an error status'), 500],
		[new HttpError(599, 'an unnamed server error'), 599],
		[Object.assign(new Error('a plain error with a string status'), {status: '404'}), 500],
		[new Error('no status at all'), 500],
		['a thrown string', 500],
	])('answerErrors turns %s into a %i', async (thrown, status) => {
		const app = express();
		app.get('/fail', () => {
			// eslint-disable-next-line @typescript-eslint/only-throw-error -- a thrown string is one of the cases under test
			throw thrown;
		});
		app.use(answerErrors);
		const base = await serve(app);
		const response = await fetch(new URL('/fail', base), timeout);
		expect(response.status).toBe(status);
	});
});

describe('examples/fastify.ts through fastify.inject()', () => {
	test.each([
		[true, 200, {status: 'OK'}],
		[false, 503, {status: 'Service Unavailable'}],
	])('GET /health when ready is %s answers %i', async (ready, status, json) => {
		const app = createFastifyApp(() => ready);
		const response = await app.inject({method: 'GET', url: '/health'});
		expect([response.statusCode, response.json()]).toEqual([status, json]);
		await app.close();
	});

	test('an unknown route is a JSON 404, a broken JSON body keeps its 400, a thrown error is a 500', async () => {
		const app = createFastifyApp(() => true);
		app.post('/echo', request => Promise.resolve(request.body));
		app.get('/boom', () => {
			throw new Error('boom');
		});
		const missing = await app.inject({method: 'GET', url: '/nowhere'});
		const broken = await app.inject({method: 'POST', url: '/echo', headers: {'content-type': 'application/json'}, payload: '{broken'});
		const boom = await app.inject({method: 'GET', url: '/boom'});
		expect([missing.statusCode, missing.json()]).toEqual([404, {error: 'Not Found'}]);
		expect([broken.statusCode, broken.json()]).toEqual([400, {error: 'Bad Request'}]);
		expect([boom.statusCode, boom.json()]).toEqual([500, {error: 'Internal Server Error'}]);
		await app.close();
	});
});

describe('examples/hono.ts through app.request()', () => {
	test.each([
		['/books/1', 200, {title: 'RFC 9110'}],
		['/books/2', 410, {error: 'Gone'}],
		['/books/3', 404, {error: 'Not Found'}],
	])('GET %s answers %i', async (path, status, json) => {
		const response = await createHonoApp().request(path);
		expect([response.status, await response.json()]).toEqual([status, json]);
	});
});
