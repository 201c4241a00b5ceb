// typed-http-status-matchers/jest inside jest: the matcher works with the global `expect` and with the one of
// @jest/globals, on supertest against an Express app, and its failure messages are jest snapshots.
const {expect: globalsExpect, test} = require('@jest/globals');
const express = require('express');
const request = require('supertest');
const {HTTP_201_CREATED, HTTP_400_BAD_REQUEST} = require('typed-http-status');

// The global `expect` that jest injects; typed as the one of @jest/globals, which it is (the first test checks).
const expect = /** @type {typeof globalsExpect} */ (/** @type {{expect?: unknown}} */ (globalThis).expect);

const app = express();
app.use(express.json());
app.post('/users', (req, res) => {
	const name = req.body?.name;
	if (typeof name !== 'string') {
		res.status(HTTP_400_BAD_REQUEST).json({error: 'name is required'});
		return;
	}
	res.status(HTTP_201_CREATED).json({name});
});

test('the global expect and the expect of @jest/globals both have toHaveStatus', async () => {
	expect(globalsExpect).toBe(expect);
	const created = await request(app).post('/users').send({name: 'Ada'});
	expect(created).toHaveStatus(HTTP_201_CREATED);
	globalsExpect(created).toHaveStatus('2xx');
	globalsExpect(created).not.toHaveStatus([HTTP_400_BAD_REQUEST, 500]);
});

test('failure messages name both sides and show the body supertest holds', async () => {
	const rejected = await request(app).post('/users').send({});
	expect(rejected).toHaveStatus(HTTP_400_BAD_REQUEST);
	expect(() => expect(rejected).toHaveStatus(HTTP_201_CREATED)).toThrowErrorMatchingSnapshot();
	expect(() => expect(rejected).not.toHaveStatus('4xx')).toThrowErrorMatchingSnapshot();
	expect(() => globalsExpect(rejected).toHaveStatus([200, HTTP_201_CREATED])).toThrowErrorMatchingSnapshot();
});

test('a value without a status fails under .not too; a mistaken expectation throws a usage error', () => {
	expect(() => expect({}).not.toHaveStatus(200)).toThrowErrorMatchingSnapshot();
	// @ts-expect-error: not a class
	expect(() => expect(200).toHaveStatus('4XX')).toThrow(RangeError);
	// @ts-expect-error: not a status code
	expect(() => expect(200).toHaveStatus(600)).toThrow(RangeError);
	// @ts-expect-error: not a status code
	expect(() => expect(200).toHaveStatus(null)).toThrow(TypeError);
});

test('as an asymmetric matcher', async () => {
	const created = await request(app).post('/users').send({name: 'Ada'});
	expect({response: created}).toEqual({response: expect.toHaveStatus(HTTP_201_CREATED)});
	expect({response: created}).not.toEqual({response: expect.toHaveStatus('4xx')});
});

test('the verdict is the status alone: a body that throws, a Symbol message, a huge bigint', () => {
	const body = {
		status: 200,
		get text() {
			throw new Error('\u001b[2J boom');
		},
	};
	expect(body).toHaveStatus(200);
	expect(() => expect(body).toHaveStatus(404)).toThrow('expected status 404 Not Found, received 200 OK (2xx Successful)');
	const symbolic = new Error('x');
	Object.defineProperty(symbolic, 'message', {value: Symbol('s')});
	const throwing = {
		get status() {
			throw symbolic;
		},
	};
	expect(() => expect(throwing).toHaveStatus(200)).toThrow('received an object whose status could not be read (Error: Symbol(s))');
	expect(() => expect(1n << 16000000n).toHaveStatus(200)).toThrow('received a bigint of more than 77 digits, not a response or a status code');
});
