// The builders against Node.js's own `Response`: what each sends (status, headers, body), and the run-time errors
// that name a bad status before `Response` would throw its own.
import {describe, expect, test} from 'vitest';
import {
	HTTP_201_CREATED,
	HTTP_204_NO_CONTENT,
	HTTP_303_SEE_OTHER,
	HTTP_304_NOT_MODIFIED,
	HTTP_404_NOT_FOUND,
	HTTP_422_UNPROCESSABLE_CONTENT,
	HTTP_503_SERVICE_UNAVAILABLE,
} from '../../../src/index.ts';
import {empty, json, problem, redirect, text} from '../../../src/response/index.ts';

// Untyped callers: what JavaScript, `any` or a cast can pass.
const loose = {json, text, empty, redirect, problem} as unknown as Record<'json' | 'text' | 'empty' | 'redirect' | 'problem', (...args: unknown[]) => Response>;

describe('json', () => {
	test('sends the body as JSON with status 200 by default', async () => {
		const response = json({id: 7, tags: ['a']});
		expect(response).toBeInstanceOf(Response);
		expect([response.status, response.statusText, response.headers.get('content-type')]).toEqual([200, '', 'application/json']);
		expect(await response.json()).toEqual({id: 7, tags: ['a']});
	});
	test('takes a status, headers and a status text; a content type in the headers wins', async () => {
		const response = json({id: 7}, HTTP_201_CREATED, {headers: {location: '/notes/7', 'content-type': 'application/vnd.api+json'}, statusText: 'Created'});
		expect([response.status, response.statusText, response.headers.get('location'), response.headers.get('content-type')]).toEqual([
			201,
			'Created',
			'/notes/7',
			'application/vnd.api+json',
		]);
		expect(await response.text()).toBe('{"id":7}');
	});
	test('an explicit undefined status is the default, 200; an unnamed contentful status is accepted', () => {
		expect(json(null, undefined).status).toBe(200);
		expect(loose.json('x', 299).status).toBe(299);
	});
	test.each([204, 205, 304])('a TypeError naming the null body status %i, before Response', status => {
		expect(() => loose.json({}, status)).toThrow(new TypeError(`json: status ${status} is a null body status; a response with it cannot have a body`));
		expect(() => Response.json({}, {status})).toThrow(TypeError); // what it saves the caller from
	});
	test.each([100, 101, 103, 199, 600, 0, -0, 200.5, Number.NaN])('a RangeError naming the non-final status %d', status => {
		expect(() => loose.json({}, status)).toThrow(
			new RangeError(`json: expected a final status, an integer from 200 to 599; received ${Object.is(status, -0) ? '-0' : status}`),
		);
	});
	test.each([
		['200', '"200"'],
		[null, 'null'],
		[{}, 'an object'],
		[200n, '200n'],
		['x'.repeat(40), `"${'x'.repeat(40)}"`],
		['x'.repeat(50), `"${'x'.repeat(40)}"… (a string of 50 characters)`],
		['4\u009b04\u202e', String.raw`"4\u009b04\u202e"`],
	])('a TypeError for the status %s', (status, shown) => {
		expect(() => loose.json({}, status)).toThrow(new TypeError(`json: expected a status code, a number; received ${shown}`));
	});
	test('a TypeError for a body with no JSON form', () => {
		expect(() => json(undefined)).toThrow(new TypeError('json: the body (undefined) has no JSON form'));
		expect(() => json(() => 1)).toThrow(new TypeError('json: the body (a function) has no JSON form'));
	});
});

describe('text', () => {
	test('sends plain text, 200 by default', async () => {
		const response = text('hello');
		expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([200, 'text/plain; charset=utf-8', 'hello']);
	});
	test('takes a status and options', async () => {
		const response = text('gone away', HTTP_404_NOT_FOUND, {headers: [['content-type', 'text/markdown']]});
		expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([404, 'text/markdown', 'gone away']);
		expect(text('x', undefined).status).toBe(200);
	});
	test('refuses a null body status, a 1xx status and a body that is not a string', () => {
		expect(() => loose.text('x', 205)).toThrow(new TypeError('text: status 205 is a null body status; a response with it cannot have a body'));
		expect(() => loose.text('x', 103)).toThrow(RangeError);
		expect(() => loose.text(42)).toThrow(new TypeError('text: expected the body as a string; received 42'));
	});
});

describe('empty', () => {
	test.each([204, 205, 304, 200, 404, 299, 599])('sends no body with status %i', async status => {
		const response = loose.empty(status);
		expect([response.status, response.body, await response.text()]).toEqual([status, null, '']);
	});
	test('takes headers and a status text', () => {
		const response = empty(HTTP_304_NOT_MODIFIED, {headers: {etag: '"v2"'}, statusText: 'Not Modified'});
		expect([response.headers.get('etag'), response.statusText]).toEqual(['"v2"', 'Not Modified']);
		expect(empty(HTTP_204_NO_CONTENT).headers.get('content-type')).toBeNull();
	});
	test.each([100, 101, 103, 600])('a RangeError naming %i, which Response rejects too', status => {
		expect(() => loose.empty(status)).toThrow(new RangeError(`empty: expected a final status, an integer from 200 to 599; received ${status}`));
		expect(() => new Response(null, {status})).toThrow(RangeError);
	});
});

describe('redirect', () => {
	test('sets Location to a relative location, which Response.redirect refuses on Node.js; 302 by default', () => {
		const response = redirect('/login');
		expect([response.status, response.headers.get('location'), response.body]).toEqual([302, '/login', null]);
		expect(() => Response.redirect('/login', 302)).toThrow(TypeError);
	});
	test('takes a URL, a redirect status and options', () => {
		const response = redirect(new URL('https://example.com/a?b=1'), HTTP_303_SEE_OTHER, {headers: {'set-cookie': 'a=1'}, statusText: 'See Other'});
		expect([response.status, response.headers.get('location'), response.headers.get('set-cookie'), response.statusText]).toEqual([
			303,
			'https://example.com/a?b=1',
			'a=1',
			'See Other',
		]);
		expect(redirect('/x', undefined).status).toBe(302);
	});
	test.each([300, 304, 305, 306, 200, 399])('a RangeError naming %i, which is not a redirect status', status => {
		expect(() => loose.redirect('/x', status)).toThrow(new RangeError(`redirect: expected a redirect status, 301, 302, 303, 307 or 308; received ${status}`));
	});
	test('a TypeError for a status or a location of the wrong type', () => {
		expect(() => loose.redirect('/x', '301')).toThrow(new TypeError('redirect: expected a status code, a number; received "301"'));
		expect(() => loose.redirect(undefined)).toThrow(new TypeError('redirect: expected the location as a string or a URL; received undefined'));
		expect(() => redirect('/a\r\nset-cookie: x=1')).toThrow(
			new TypeError('redirect: the location may not contain a control character (U+0000–U+001F but tab, U+007F); received "/a\\r\\nset-cookie: x=1"'),
		);
	});
});

describe('problem', () => {
	test("an RFC 9457 problem: about:blank, the reason phrase as title, the status, the caller's members", async () => {
		const response = problem(HTTP_422_UNPROCESSABLE_CONTENT, {detail: 'title is required', instance: '/notes/7', field: 'title'});
		expect([response.status, response.headers.get('content-type')]).toEqual([422, 'application/problem+json']);
		expect(await response.json()).toEqual({
			type: 'about:blank',
			title: 'Unprocessable Content',
			status: 422,
			detail: 'title is required',
			instance: '/notes/7',
			field: 'title',
		});
	});
	test('with no fields, only the three members', async () => {
		const response = problem(HTTP_503_SERVICE_UNAVAILABLE, undefined, {headers: {'retry-after': '120'}});
		expect(response.headers.get('retry-after')).toBe('120');
		expect(await response.text()).toBe('{"type":"about:blank","title":"Service Unavailable","status":503}');
	});
	test.each([200, 302, 499, 520, 600])('a RangeError for %i, not a named error status', status => {
		expect(() => loose.problem(status)).toThrow(new RangeError(`problem: expected a named client or server error status (4xx or 5xx); received ${status}`));
	});
	test.each(['type', 'title', 'status'])('a TypeError for a "%s" member, which problem sets itself', member => {
		expect(() => loose.problem(404, {[member]: 'x'})).toThrow(new TypeError(`problem: the member "${member}" is set by problem itself, from the status`));
	});
	test('a TypeError for fields that are not an object, a non-string detail or instance, a status not a number', () => {
		expect(() => loose.problem(404, null)).toThrow(new TypeError('problem: expected the fields as an object; received null'));
		expect(() => loose.problem(404, 'x')).toThrow(TypeError);
		expect(() => loose.problem(404, {detail: 7})).toThrow(new TypeError('problem: expected "detail" as a string; received 7'));
		expect(() => loose.problem(404, {instance: {}})).toThrow(new TypeError('problem: expected "instance" as a string; received an object'));
		expect(() => loose.problem('404')).toThrow(new TypeError('problem: expected a status code, a number; received "404"'));
	});
});
