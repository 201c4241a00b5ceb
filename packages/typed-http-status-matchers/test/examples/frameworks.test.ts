// toHaveStatus against the objects API tests really hold: a fetch Response from a node:http server on 127.0.0.1,
// Node's IncomingMessage and an axios response from the same server, supertest against an Express app, Fastify's
// inject() (light-my-request) and Hono's app.request. Each app answers POST /users without a name with a 400 and
// a JSON reason, and GET /health with a 204. Failure messages are pinned as inline snapshots.
import '../../src/vitest.ts';
import {get, createServer, type IncomingMessage, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import axios from 'axios';
import express from 'express';
import Fastify from 'fastify';
import {Hono} from 'hono';
import request from 'supertest';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {HTTP_201_CREATED, HTTP_204_NO_CONTENT, HTTP_400_BAD_REQUEST} from 'typed-http-status';

const REASON = {error: 'name is required'};

const failure = async (run: () => unknown): Promise<string> => {
	try {
		await run();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the assertion passed');
};

describe('node:http on 127.0.0.1: fetch, IncomingMessage, axios', () => {
	let server: Server;
	let origin = '';
	beforeAll(async () => {
		server = createServer((req, res) => {
			if (req.method === 'POST' && req.url === '/users') {
				res.writeHead(HTTP_400_BAD_REQUEST, {'content-type': 'application/json'}).end(JSON.stringify(REASON));
			} else {
				res.writeHead(req.url === '/health' ? HTTP_204_NO_CONTENT : 404).end();
			}
		});
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise(resolve => server.close(resolve));
	});

	test('a fetch Response: passes on its status; the message has no body, since a Response holds it as a stream', async () => {
		const response = await fetch(`${origin}/users`, {method: 'POST'});
		expect(response).toHaveStatus(HTTP_400_BAD_REQUEST);
		expect(response).toHaveStatus('4xx');
		expect(response).not.toHaveStatus([HTTP_201_CREATED, HTTP_204_NO_CONTENT]);
		expect(await failure(() => expect(response).toHaveStatus(HTTP_201_CREATED))).toMatchInlineSnapshot(
			`"expected status 201 Created, received 400 Bad Request (4xx Client Error)"`,
		);
		expect(await response.json()).toEqual(REASON); // the matcher left the body unread
		expect(await fetch(`${origin}/health`)).toHaveStatus(204);
	});

	test("Node's IncomingMessage, by its statusCode", async () => {
		const message = await new Promise<IncomingMessage>((resolve, reject) => get(`${origin}/health`, resolve).on('error', reject));
		message.resume();
		expect(message).toHaveStatus(HTTP_204_NO_CONTENT);
		expect(await failure(() => expect(message).toHaveStatus('5xx'))).toMatchInlineSnapshot(
			`"expected status 5xx Server Error (500–599), received 204 No Content (2xx Successful)"`,
		);
	});

	test('an axios response, by its status', async () => {
		const response = await axios.post(`${origin}/users`, {}, {validateStatus: () => true});
		expect(response).toHaveStatus(400);
		expect(await failure(() => expect(response).not.toHaveStatus('4xx'))).toMatchInlineSnapshot(
			`"expected status not 4xx Client Error (400–499), received 400 Bad Request (4xx Client Error)"`,
		);
	});
});

test('supertest against an Express app: the message shows the body supertest holds', async () => {
	const app = express();
	app.use(express.json());
	app.post('/users', (req, res) => {
		const {name} = (req.body ?? {}) as {name?: unknown};
		if (typeof name !== 'string') {
			res.status(HTTP_400_BAD_REQUEST).json(REASON);
			return;
		}
		res.status(HTTP_201_CREATED).json({name});
	});
	const created = await request(app).post('/users').send({name: 'Ada'});
	expect(created).toHaveStatus(HTTP_201_CREATED);
	const rejected = await request(app).post('/users').send({});
	expect(rejected).toHaveStatus(HTTP_400_BAD_REQUEST);
	expect(await failure(() => expect(rejected).toHaveStatus(HTTP_201_CREATED))).toMatchInlineSnapshot(`
		"expected status 201 Created, received 400 Bad Request (4xx Client Error)
		received body: {"error":"name is required"}"
	`);
});

test("Fastify's inject(): the message shows light-my-request's payload", async () => {
	const app = Fastify();
	app.post('/users', {schema: {body: {type: 'object', required: ['name'], properties: {name: {type: 'string'}}}}}, async (req, reply) =>
		reply.code(HTTP_201_CREATED).send(req.body),
	);
	const created = await app.inject({method: 'POST', url: '/users', payload: {name: 'Ada'}});
	expect(created).toHaveStatus(HTTP_201_CREATED);
	const rejected = await app.inject({method: 'POST', url: '/users', payload: {}});
	expect(rejected).toHaveStatus('4xx');
	expect(await failure(() => expect(rejected).toHaveStatus([HTTP_201_CREATED, 200]))).toMatchInlineSnapshot(`
		"expected status 201 Created or 200 OK, received 400 Bad Request (4xx Client Error)
		received body: {"statusCode":400,"code":"FST_ERR_VALIDATION","error":"Bad Request","message":"body must have required property 'name'"}"
	`);
	await app.close();
});

test("Hono's app.request: a fetch Response", async () => {
	const app = new Hono();
	app.post('/users', async c => {
		const body = await c.req.json<{name?: unknown}>();
		return typeof body.name === 'string' ? c.json({name: body.name}, HTTP_201_CREATED) : c.json(REASON, HTTP_400_BAD_REQUEST);
	});
	const created = await app.request('/users', {method: 'POST', body: JSON.stringify({name: 'Ada'})});
	expect(created).toHaveStatus(HTTP_201_CREATED);
	const rejected = await app.request('/users', {method: 'POST', body: '{}'});
	expect(await failure(() => expect(rejected).toHaveStatus('2xx'))).toMatchInlineSnapshot(
		`"expected status 2xx Successful (200–299), received 400 Bad Request (4xx Client Error)"`,
	);
	expect(await failure(() => expect(created).not.toHaveStatus(HTTP_201_CREATED))).toMatchInlineSnapshot(
		`"expected status not 201 Created, received 201 Created (2xx Successful)"`,
	);
});
