// The constants, class types and narrowed statuses passed into each framework's own typed API: Hono, Express 5,
// Fastify 5 and fetch. Where a framework's union differs from ours, the documented recipe (docs/narrowing.md).
import type {Request as ExpressRequest} from 'express';
import type {Response as ExpressResponse} from 'express-serve-static-core';
import fastify from 'fastify';
import {Hono} from 'hono';
import {HTTPException} from 'hono/http-exception';
import type {ContentfulStatusCode, StatusCode as HonoStatusCode} from 'hono/utils/http-status';
import {expectAssignable, expectError, expectType} from 'tsd';
import {
	HTTP_201_CREATED,
	HTTP_204_NO_CONTENT,
	HTTP_301_MOVED_PERMANENTLY,
	HTTP_404_NOT_FOUND,
	HTTP_409_CONFLICT,
	HTTP_509_BANDWIDTH_LIMIT_EXCEEDED,
	isClientError,
	isContentfulStatus,
	isRedirect,
	isServerError,
	isStatusCode,
	isSuccess,
	type ContentfulStatus,
	type ErrorStatus,
	type HttpStatus,
	type Status4xx,
	type StatusCode,
} from '../dist/index.js';

// Hono: constants and class types go straight into c.json, c.body, c.redirect and HTTPException.
const app = new Hono();
app.get('/users/:id', c => {
	if (c.req.param('id') === '0') {
		return c.json({error: 'missing'}, HTTP_404_NOT_FOUND);
	}
	return c.json({id: c.req.param('id')}, HTTP_201_CREATED);
});
app.get('/empty', c => c.body(null, HTTP_204_NO_CONTENT));
app.get('/old', c => c.redirect('/new', HTTP_301_MOVED_PERMANENTLY));
declare const clientError: Status4xx;
app.get('/fail', () => {
	throw new HTTPException(clientError, {message: 'no'});
});
// Hono's union has no 104 or 509, so an ErrorStatus is not a Hono status as it is ...
declare const failure: ErrorStatus;
expectError(new HTTPException(failure));
// ... the recipe: keep the codes both know, with a guard whose run-time check matches its type.
type HonoErrorStatus = Extract<ErrorStatus, HonoStatusCode>;
const isHonoStatus = <Code extends StatusCode>(code: Code): code is Extract<Code, HonoStatusCode> => code !== 104 && code !== HTTP_509_BANDWIDTH_LIMIT_EXCEEDED;
if (isHonoStatus(failure)) {
	expectType<HonoErrorStatus>(failure);
	const thrown = new HTTPException(failure);
	expectType<HTTPException>(thrown);
}
expectAssignable<ContentfulStatusCode>(HTTP_409_CONFLICT);

// Express 5: res.status takes our constants; a Response typed with our StatusCode (its third type parameter, from
// express-serve-static-core, which @types/express builds on) rejects a bare unnamed code.
export function expressHandler(_request: ExpressRequest, response: ExpressResponse<unknown, Record<string, unknown>, StatusCode>): void {
	response.status(HTTP_201_CREATED).json({ok: true});
	expectError(response.status(299));
	response.sendStatus(HTTP_204_NO_CONTENT);
}

// Fastify 5: reply.code with a typed reply map, keyed by code and by class.
const server = fastify();
server.get<{Reply: {201: {id: string}; '4xx': {error: string}}}>('/items', async (_request, reply) => {
	if (Math.random() > 0.5) {
		return reply.code(HTTP_404_NOT_FOUND).send({error: 'missing'});
	}
	return reply.code(HTTP_201_CREATED).send({id: '1'});
});

// fetch: constants in Response's init, and a response's plain number narrowed by class.
export async function client(): Promise<string> {
	const created = Response.json({ok: true}, {status: HTTP_201_CREATED});
	const moved = Response.redirect('https://example.com/', HTTP_301_MOVED_PERMANENTLY);
	expectType<Response>(created);
	expectType<Response>(moved);
	const response = await fetch('https://example.com/');
	const {status} = response;
	if (isSuccess(status)) {
		expectType<HttpStatus<'2xx'>>(status);
		return 'ok';
	}
	if (isClientError(status) || isServerError(status)) {
		expectType<HttpStatus<'4xx'> | HttpStatus<'5xx'>>(status);
	}
	return String(status);
}

// From a plain number to what Hono and Fastify accept, without a cast: isStatusCode first (a named code), then the
// class or set guard; for Hono's c.json and c.text, the named guard of docs/narrowing.md (its union has no 509; 104
// is no contentful status). The compiler's narrowing does the rest.
type HonoContentfulStatus = Exclude<ContentfulStatus, 509>;
function isHonoContentfulStatus(code: number): code is HonoContentfulStatus {
	return isStatusCode(code) && isContentfulStatus(code) && code !== HTTP_509_BANDWIDTH_LIMIT_EXCEEDED;
}
// Every one of them is a code Hono's own type takes (Hono's also holds the interim codes, which it never sends with
// a body, and -1, its UnofficialStatusCode).
expectAssignable<ContentfulStatusCode>({} as HonoContentfulStatus);
declare const fromUpstream: number;
const routes = new Hono();
routes.get('/proxy', c => {
	if (isHonoContentfulStatus(fromUpstream)) {
		expectType<HonoContentfulStatus>(fromUpstream);
		return Math.random() > 0.5 ? c.json({proxied: true}, fromUpstream) : c.text('proxied', fromUpstream);
	}
	if (isStatusCode(fromUpstream) && isContentfulStatus(fromUpstream) && fromUpstream !== HTTP_509_BANDWIDTH_LIMIT_EXCEEDED) {
		// The inline chain narrows to the same codes, listed one by one.
		expectAssignable<ContentfulStatusCode>(fromUpstream);
		return c.json({proxied: true}, fromUpstream);
	}
	if (isStatusCode(fromUpstream) && fromUpstream !== HTTP_509_BANDWIDTH_LIMIT_EXCEEDED && fromUpstream !== 104) {
		return c.body(null, fromUpstream);
	}
	if (isStatusCode(fromUpstream) && isRedirect(fromUpstream)) {
		return c.redirect('/elsewhere', fromUpstream);
	}
	// A validated number alone is not enough: Hono's union has no unnamed code (use its UnofficialStatusCode for one).
	if (isClientError(fromUpstream)) {
		expectError(c.json({}, fromUpstream));
	}
	return c.text('bad gateway', 502);
});
server.get<{Reply: {200: {ok: true}; '4xx': {error: string}}}>('/upstream', async (_request, reply) => {
	if (isStatusCode(fromUpstream) && isClientError(fromUpstream)) {
		return reply.code(fromUpstream).send({error: 'upstream refused'});
	}
	return reply.code(200).send({ok: true});
});
