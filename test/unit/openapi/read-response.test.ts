// readResponse and readFetchResult on responses built in process: bodies by content type, and the typed error for
// every kind of bad input (a value that is not a response, keys that are not keys, a body that is not its type).
import {describe, expect, test} from 'vitest';
import {readFetchResult, readResponse, ResponseBodyError, UndeclaredStatusError} from '../../../src/openapi/index.ts';
import {mediaTypeOf} from '../../../src/openapi/read-response.ts';

type Any = {responses: {default: {content: {'application/json': unknown}}}};
const loose = readResponse as unknown as (response: unknown, declared: unknown) => Promise<unknown>;
const looseFetch = readFetchResult as unknown as (result: unknown, declared: unknown) => unknown;
const read = (body: BodyInit | null, init: ResponseInit) => readResponse<Any>(new Response(body, init), ['default']);

describe('the body, by content type', () => {
	test.each([
		['application/json', '{"a":1}', {a: 1}],
		['application/problem+json', '{"status":404}', {status: 404}],
		['application/vnd.api+json; charset=utf-8', '[1]', [1]],
		['APPLICATION/JSON', 'null', null],
		['text/plain; charset=utf-8', 'hello', 'hello'],
		['text/html', '<p>', '<p>'],
		['application/octet-stream', 'bytes', 'bytes'],
	])('%s', async (type, body, expected) => {
		expect((await read(body, {status: 200, headers: {'content-type': type}})).body).toEqual(expected);
	});
	test('no body, and an empty body without a content type, are null; text without one is text', async () => {
		expect((await read(null, {status: 200})).body).toBeNull();
		expect((await read(new Uint8Array(0), {status: 200})).body).toBeNull(); // bytes get no content type, a string would
		expect((await read(new TextEncoder().encode('plain'), {status: 200})).body).toBe('plain');
		expect((await read('plain', {status: 200, headers: {'content-type': ' ; charset=utf-8'}})).body).toBe('plain');
	});
	test('no body with a JSON content type is null, not a JSON error', async () => {
		expect((await read(null, {status: 200, headers: {'content-type': 'application/json'}})).body).toBeNull();
	});
	test.each([
		['Application/JSON', 'application/json'],
		['application/json ; charset=utf-8', 'application/json'],
		['TEXT/Plain;charset=utf-8', 'text/plain'],
		['', undefined],
		['; charset=utf-8', undefined],
		[null, undefined],
	])('the media type of %j is %j', (header, expected) => {
		expect(mediaTypeOf(header)).toBe(expected);
	});
	test('a JSON type with a space before its parameters is read as JSON', async () => {
		expect((await read('{"a":1}', {status: 200, headers: {'content-type': 'application/json ; charset=utf-8'}})).body).toEqual({a: 1});
	});
	test.each(['{', ''])('a JSON type whose body is %j rejects with a ResponseBodyError', async body => {
		const response = new Response(body, {status: 200, headers: {'content-type': 'application/json'}});
		const error = await readResponse<Any>(response, ['default']).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ResponseBodyError);
		expect(error).toMatchObject({name: 'ResponseBodyError', response, mediaType: 'application/json'});
		expect((error as Error).message).toBe('the body of a 200 response is not JSON, as its content type "application/json" says');
		expect((error as Error).cause).toBeInstanceOf(SyntaxError);
	});
});

describe('which key covers a status', () => {
	type Open = {responses: {200: {content?: never}; '4XX': {content?: never}; default: {content?: never}}};
	test.each([
		[200, 200],
		[404, '4XX'],
		[499, '4XX'],
		[503, 'default'],
		[299, 'default'],
	])('%i: %s', async (status, key) => {
		expect((await readResponse<Open>(new Response(null, {status}), [200, '4XX', 'default'])).key).toBe(key);
	});
	test('a range key wins over default whatever the order of the list', async () => {
		expect((await loose(new Response(null, {status: 404}), ['default', '4XX'])) as object).toMatchObject({key: '4XX'});
	});
	test('no key: the UndeclaredStatusError names the status and the keys', async () => {
		await expect(loose(new Response(null, {status: 500}), [200, '4XX'])).rejects.toThrow(
			new UndeclaredStatusError(new Response(null, {status: 500}), [200, '4XX']),
		);
		expect(new UndeclaredStatusError(new Response(null, {status: 500}), [200, '4XX']).message).toBe(
			"status 500 is not declared by the operation, whose responses are [200, '4XX']",
		);
	});
	test('no key: the UndeclaredStatusError lists the keys, at most a hundred', async () => {
		const many = Array.from({length: 150}, (_, index) => 200 + index);
		const error = (await loose(new Response(null, {status: 500}), many).catch((caught: unknown) => caught)) as UndeclaredStatusError;
		expect(error.message).toMatch(/^status 500 is not declared by the operation, whose responses are \[200, 201, .*, 299, … \(150 keys\)\]$/);
		expect(error.declared).toEqual(many);
	});
});

describe('bad input: a TypeError or RangeError that says what was expected', () => {
	test.each([
		[null, 'readResponse: expected a fetch Response; received null'],
		['response', 'readResponse: expected a fetch Response; received string'],
		[{status: '200', headers: {}}, 'readResponse: expected a fetch Response; received object'],
		[{status: 200}, 'readResponse: expected a fetch Response; received object'],
	])('%j', async (response, message) => {
		await expect(loose(response, [200])).rejects.toThrow(new TypeError(message));
	});
	test('a status outside 100–599 (an opaque response) is a RangeError', async () => {
		await expect(loose({status: 0, headers: new Headers()}, [200])).rejects.toThrow(
			new RangeError("readResponse: the response's status 0 is not an HTTP status, an integer from 100 to 599 (an opaque response's is 0)"),
		);
	});
	test.each([
		[undefined, "readResponse: expected the declared response keys as an array, such as [200, 404, '4XX', 'default']; received undefined"],
		[{0: 200, length: 1}, "readResponse: expected the declared response keys as an array, such as [200, 404, '4XX', 'default']; received an object"],
		['200', "readResponse: expected the declared response keys as an array, such as [200, 404, '4XX', 'default']; received \"200\""],
		[[], 'readResponse: the declared response keys are empty; an OpenAPI operation declares at least one response'],
		[[200, '200'], 'readResponse: declared response key 1 is not a status 100–599, a range key 1XX–5XX or \'default\'; received "200"'],
		[[600], "readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or 'default'; received 600"],
		[[200.5], "readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or 'default'; received 200.5"],
		[[-0], "readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or 'default'; received -0"],
		[['4xx'], 'readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or \'default\'; received "4xx"'],
		[['6XX'], 'readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or \'default\'; received "6XX"'],
		[['0XX'], 'readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or \'default\'; received "0XX"'],
		[['4XXX'], 'readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or \'default\'; received "4XXX"'],
		[['4AX'], 'readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or \'default\'; received "4AX"'],
		[['4XA'], 'readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or \'default\'; received "4XA"'],
		[[null], "readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or 'default'; received null"],
		[[[200]], "readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or 'default'; received an array"],
		[[{}], "readResponse: declared response key 0 is not a status 100–599, a range key 1XX–5XX or 'default'; received an object"],
	])('keys %j', async (declared, message) => {
		await expect(loose(new Response(null, {status: 200}), declared)).rejects.toThrow(new TypeError(message));
	});
	test('the keys are read as own data: a replaced Array.prototype.includes changes nothing', async () => {
		const includes = Object.getOwnPropertyDescriptor(Array.prototype, 'includes')!;
		Object.defineProperty(Array.prototype, 'includes', {value: () => true, configurable: true, writable: true});
		try {
			await expect(loose(new Response(null, {status: 500}), [200])).rejects.toBeInstanceOf(UndeclaredStatusError);
		} finally {
			Object.defineProperty(Array.prototype, 'includes', includes);
		}
	});
	test.each([
		[null, "readFetchResult: expected openapi-fetch's result, {data, error, response}; received null"],
		[7, "readFetchResult: expected openapi-fetch's result, {data, error, response}; received number"],
		[{data: 1}, 'readFetchResult: expected a fetch Response; received undefined'],
	])('readFetchResult(%j)', (result, message) => {
		expect(() => looseFetch(result, [200])).toThrow(new TypeError(message));
	});
	test('readFetchResult names itself when the keys are not keys', () => {
		expect(() => looseFetch({response: new Response(null, {status: 200})}, [])).toThrow(
			new TypeError('readFetchResult: the declared response keys are empty; an OpenAPI operation declares at least one response'),
		);
	});
	test('readFetchResult: an empty error without a content type is null; with one it is kept', () => {
		expect(readFetchResult<Any>({error: '', response: new Response(null, {status: 500})}, ['default']).body).toBeNull();
		const typed = new Response(null, {status: 500, headers: {'content-type': 'text/plain'}});
		expect(readFetchResult<Any>({error: '', response: typed}, ['default']).body).toBe('');
		expect(readFetchResult<Any>({data: {a: 1}, error: 'ignored', response: new Response(null, {status: 200})}, ['default']).body).toEqual({a: 1});
	});
});
