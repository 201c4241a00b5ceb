// readResponse and readFetchResult against a real server on 127.0.0.1 that implements the fixture description with
// `responder` (pets-server.ts), called through plain fetch and through openapi-fetch: every declared status, a status
// covered by a range key, one covered by `default`, and one the description does not declare.
import createClient from 'openapi-fetch';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {readFetchResult, readResponse, UndeclaredStatusError, type ResponseKeyValue} from '../../../src/openapi/index.ts';
import type {operations, paths} from '../../fixtures/openapi/pets.js';
import {RESPONSE_KEYS} from '../../fixtures/openapi/pets-keys.ts';
import {listen} from './pets-server.ts';

let server: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
	server = await listen();
});
afterAll(() => server.close());

const readAny = readResponse as (
	response: Response,
	declared: readonly ResponseKeyValue[],
) => Promise<{key: unknown; status: number; body: unknown; response: Response}>;
const at = (path: string, init?: RequestInit) => fetch(`${server.origin}${path}`, {redirect: 'manual', ...init});
const client = () => createClient<paths>({baseUrl: server.origin});

describe('readResponse with fetch', () => {
	test.each([
		['GET /pets/1', 'getPet', () => at('/pets/1'), {key: 200, status: 200, body: {id: 1, name: 'Rex', tag: 'dog'}}],
		['GET /pets/1 as text', 'getPet', () => at('/pets/1', {headers: {accept: 'text/plain'}}), {key: 200, status: 200, body: 'Rex'}],
		['GET /pets/7', 'getPet', () => at('/pets/7'), {key: 404, status: 404, body: {type: 'about:blank', title: 'Not Found', status: 404, detail: 'no pet 7'}}],
		['GET /pets/418 (4XX)', 'getPet', () => at('/pets/418'), {key: '4XX', status: 418, body: {code: 418, message: 'a teapot'}}],
		['GET /pets/499 (4XX, unnamed)', 'getPet', () => at('/pets/499'), {key: '4XX', status: 499, body: {code: 499, message: 'client error'}}],
		['GET /pets/503 (default)', 'getPet', () => at('/pets/503'), {key: 'default', status: 503, body: {code: 503, message: 'try later'}}],
		[
			'GET /pets',
			'listPets',
			() => at('/pets'),
			{
				key: 200,
				status: 200,
				body: [
					{id: 1, name: 'Rex', tag: 'dog'},
					{id: 2, name: 'Tom'},
				],
			},
		],
		['GET /pets?tag=', 'listPets', () => at('/pets?tag='), {key: 400, status: 400, body: expect.objectContaining({status: 400, detail: 'an empty tag'})}],
		['POST /pets', 'createPet', () => at('/pets', {method: 'POST', body: '{"name":"Kit"}'}), {key: 201, status: 201, body: {id: 3, name: 'Kit'}}],
		['POST /pets without a name', 'createPet', () => at('/pets', {method: 'POST', body: '{}'}), {key: 422, status: 422, body: {fields: ['name']}}],
		[
			'POST /pets failing (5XX)',
			'createPet',
			() => at('/pets', {method: 'POST', body: '{}', headers: {'x-fail': '1'}}),
			{key: '5XX', status: 502, body: 'the database is down'},
		],
		['DELETE /pets/2', 'deletePet', () => at('/pets/2', {method: 'DELETE'}), {key: 204, status: 204, body: null}],
		['DELETE /pets/9', 'deletePet', () => at('/pets/9', {method: 'DELETE'}), {key: 404, status: 404, body: expect.objectContaining({title: 'Not Found'})}],
		['GET /pets/by-name/Tom', 'findPetByName', () => at('/pets/by-name/Tom'), {key: 303, status: 303, body: null}],
		[
			'GET /pets/by-name/Ann',
			'findPetByName',
			() => at('/pets/by-name/Ann'),
			{key: 404, status: 404, body: expect.objectContaining({detail: 'no pet named Ann'})},
		],
	] as const)('%s', async (_name, operation, call, expected) => {
		const response = await call();
		const result = await readAny(response, RESPONSE_KEYS[operation]); // the table mixes operations; their types are tested one by one below
		expect({key: result.key, status: result.status, body: result.body}).toEqual(expected);
		expect(result.response).toBe(response);
	});

	test('an undeclared status rejects with an UndeclaredStatusError carrying the response and the declared keys', async () => {
		const response = await at('/pets/13', {method: 'DELETE'});
		const error = await readResponse<operations['deletePet']>(response, RESPONSE_KEYS.deletePet).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(UndeclaredStatusError);
		expect(error).toMatchObject({name: 'UndeclaredStatusError', status: 409, response, declared: [204, 404]});
		expect((error as Error).message).toBe('status 409 is not declared by the operation, whose responses are [204, 404]');
		expect(await response.text()).toBe('locked'); // the body is left for the caller
	});
});

describe('readFetchResult with openapi-fetch', () => {
	test('200, by its own key', async () => {
		const result = readFetchResult<operations['getPet']>(await client().GET('/pets/{petId}', {params: {path: {petId: 1}}}), RESPONSE_KEYS.getPet);
		expect([result.key, result.status, result.body]).toEqual([200, 200, {id: 1, name: 'Rex', tag: 'dog'}]);
		expect(result.key === 200 && result.body).toEqual({id: 1, name: 'Rex', tag: 'dog'});
	});
	test.each([
		[7, 404, 404, {type: 'about:blank', title: 'Not Found', status: 404, detail: 'no pet 7'}],
		[418, '4XX', 418, {code: 418, message: 'a teapot'}],
		[499, '4XX', 499, {code: 499, message: 'client error'}],
		[503, 'default', 503, {code: 503, message: 'try later'}],
	] as const)('GET /pets/%i: key %s', async (petId, key, status, body) => {
		const result = readFetchResult<operations['getPet']>(await client().GET('/pets/{petId}', {params: {path: {petId}}}), RESPONSE_KEYS.getPet);
		expect([result.key, result.status, result.body]).toEqual([key, status, body]);
	});
	test('201, 422 and a text 5XX', async () => {
		const created = readFetchResult<operations['createPet']>(await client().POST('/pets', {body: {name: 'Kit'}}), RESPONSE_KEYS.createPet);
		expect([created.key, created.body]).toEqual([201, {id: 3, name: 'Kit'}]);
		const invalid = readFetchResult<operations['createPet']>(await client().POST('/pets', {body: {} as {name: string}}), RESPONSE_KEYS.createPet);
		expect([invalid.key, invalid.body]).toEqual([422, {fields: ['name']}]);
		const failed = readFetchResult<operations['createPet']>(
			await client().POST('/pets', {body: {name: 'Kit'}, headers: {'x-fail': '1'}}),
			RESPONSE_KEYS.createPet,
		);
		expect([failed.key, failed.status, failed.body]).toEqual(['5XX', 502, 'the database is down']);
	});
	test('204 and 303 have a null body; 400 a problem', async () => {
		const deleted = readFetchResult<operations['deletePet']>(await client().DELETE('/pets/{petId}', {params: {path: {petId: 2}}}), RESPONSE_KEYS.deletePet);
		expect([deleted.key, deleted.body]).toEqual([204, null]);
		const found = readFetchResult<operations['findPetByName']>(
			await client().GET('/pets/by-name/{name}', {params: {path: {name: 'Tom'}}, redirect: 'manual'}),
			RESPONSE_KEYS.findPetByName,
		);
		expect([found.key, found.body, found.response.headers.get('location')]).toEqual([303, null, '/pets/2']);
		const bad = readFetchResult<operations['listPets']>(await client().GET('/pets', {params: {query: {tag: ''} as never}}), RESPONSE_KEYS.listPets);
		expect([bad.key, bad.status]).toEqual([400, 400]);
	});
	test('an undeclared status throws the UndeclaredStatusError', async () => {
		const result = await client().DELETE('/pets/{petId}', {params: {path: {petId: 13}}});
		expect(() => readFetchResult<operations['deletePet']>(result, RESPONSE_KEYS.deletePet)).toThrow(new UndeclaredStatusError(result.response, [204, 404]));
	});
});
