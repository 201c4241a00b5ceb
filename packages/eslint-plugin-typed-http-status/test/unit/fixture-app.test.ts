// A multi-file app written with bare codes (fixture-app/: Express, Fastify, Hono, a fetch handler and client) is
// copied into a folder inside the repository (so `typed-http-status` resolves to the built package), fixed with
// `eslint --fix`'s own API and the recommended config, and then: the fix leaves no bare named code, the result
// type-checks with TypeScript 7, and every route answers exactly as the original does (Express over a real
// server on 127.0.0.1 through supertest, Fastify and Hono through their in-process request helpers).
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ESLint} from 'eslint';
import request from 'supertest';
import tseslint from 'typescript-eslint';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import plugin from '../../src/index.ts';
import {root} from '../../../../test/consumers/pack.ts';
import * as originalExpress from './fixture-app/express.ts';
import * as originalFastify from './fixture-app/fastify.ts';
import * as originalFetch from './fixture-app/fetch.ts';
import * as originalHono from './fixture-app/hono.ts';
import {cleanRun, compileProject} from '../../../../test/helpers/tsc.ts';

const folder = mkdtempSync(join(root, '.tmp-eslint-fixture-'));
const files = ['express.ts', 'fastify.ts', 'hono.ts', 'fetch.ts'];
let remaining: string[] = [];

beforeAll(async () => {
	cpSync(join(root, 'packages/eslint-plugin-typed-http-status', 'test', 'unit', 'fixture-app'), folder, {recursive: true});
	const eslint = new ESLint({
		cwd: folder,
		fix: true,
		overrideConfigFile: true,
		overrideConfig: [{files: ['**/*.ts'], languageOptions: {parser: tseslint.parser}}, plugin.configs.recommended],
	});
	const results = await eslint.lintFiles(files);
	await ESLint.outputFixes(results);
	remaining = results.flatMap(result =>
		result.messages.map(message => `${result.filePath.slice(folder.length + 1)}:${message.line} ${message.ruleId}: ${message.message}`),
	);
}, 120_000);

afterAll(() => rmSync(folder, {recursive: true, force: true}));

test('the fix replaces every named code and imports it; what is left is reported, not silently changed', () => {
	expect(remaining).toEqual([
		"express.ts:58 typed-http-status/prefer-class-guard: Use isClientError(status) (Client Error) instead of a hand-written class check; it differs for non-integers such as 404.5, and strings such as '450', bigints and boxed numbers, so check the value is an integer status first.",
		"fetch.ts:32 typed-http-status/prefer-class-guard: Use isServerError(response.status) (Server Error) instead of a hand-written class check; it differs for non-integers such as 504.5, and strings such as '550', bigints and boxed numbers, so check the value is an integer status first.",
		'fetch.ts:35 typed-http-status/no-bare-status: Bare status 299 has no registered name (it is not in the IANA registry); give it a named constant of your own.',
	]);
	const fixed = readFileSync(join(folder, 'express.ts'), 'utf8');
	expect(fixed).toContain(
		// after the file's last import, sorted, wrapped one name a line as Prettier wraps an import longer than 80 columns
		"import express, {type ErrorRequestHandler, type Express} from 'express';\nimport {\n\tHTTP_201_CREATED,\n\tHTTP_204_NO_CONTENT,\n\tHTTP_301_MOVED_PERMANENTLY,\n\tHTTP_400_BAD_REQUEST,\n\tHTTP_404_NOT_FOUND,\n\tHTTP_422_UNPROCESSABLE_CONTENT,\n\tHTTP_500_INTERNAL_SERVER_ERROR,\n} from 'typed-http-status';\n",
	);
	expect(fixed).toContain('response.status(HTTP_201_CREATED).location(');
	expect(fixed).not.toMatch(/\((?:4|5)\d\d\)/);
	expect(readFileSync(join(folder, 'fetch.ts'), 'utf8')).toContain('case HTTP_404_NOT_FOUND:');
});

test('the fixed app type-checks with TypeScript 7', () => {
	writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({extends: '../tsconfig.json', compilerOptions: {types: ['node']}, include: ['*.ts']}));
	expect(compileProject(root, folder)).toEqual(cleanRun);
}, 60_000);

describe('the fixed app answers exactly as the original', () => {
	const fixedModule = async <Module>(file: string) => (await import(join(folder, file))) as Module;

	test('Express, over a server on 127.0.0.1', async () => {
		const fixed = await fixedModule<typeof originalExpress>('express.ts');
		const exchanges = async (app: ReturnType<typeof originalExpress.createApp>) => {
			const answers = [];
			for (const [method, path, body] of [
				['get', '/todos'],
				['get', '/todos?page=-1'],
				['post', '/todos', {title: 'test'}],
				['post', '/todos', {title: ''}],
				['post', '/todos', '{not json'],
				['delete', '/todos/1'],
				['delete', '/todos/99'],
				['get', '/old-todos'],
			] as const) {
				let call = request(app)[method](path);
				if (typeof body === 'string') {
					call = call.set('content-type', 'application/json').send(body);
				} else if (body !== undefined) {
					call = call.send(body);
				}
				const response = await call;
				answers.push({path, status: response.status, body: response.body as unknown, location: response.headers['location']});
			}
			return answers;
		};
		const expected = await exchanges(originalExpress.createApp());
		expect(expected.map(answer => answer.status)).toEqual([200, 400, 201, 422, 400, 204, 404, 301]);
		expect(await exchanges(fixed.createApp())).toEqual(expected);
	}, 30_000);

	test('Fastify, through inject', async () => {
		const fixed = await fixedModule<typeof originalFastify>('fastify.ts');
		const exchanges = async (create: typeof originalFastify.createApp) => {
			let ready = false;
			const app = create(() => ready);
			const answers = [];
			for (const [method, url] of [
				['GET', '/health'],
				['GET', '/health'],
				['POST', '/echo'],
				['POST', '/echo'],
				['POST', '/echo'],
				['POST', '/echo'],
				['GET', '/nowhere'],
			] as const) {
				const response = await app.inject(method === 'POST' ? {method, url, payload: {hello: 'world'}} : {method, url});
				answers.push({url, status: response.statusCode, body: response.body, retry: response.headers['retry-after']});
				ready = true;
			}
			await app.close();
			return answers;
		};
		const expected = await exchanges(originalFastify.createApp);
		expect(expected.map(answer => answer.status)).toEqual([503, 200, 200, 200, 200, 429, 404]);
		expect(await exchanges(fixed.createApp)).toEqual(expected);
	}, 30_000);

	test('Hono, through app.request', async () => {
		const fixed = await fixedModule<typeof originalHono>('hono.ts');
		const exchanges = async (app: ReturnType<typeof originalHono.createApp>) => {
			const answers = [];
			for (const [path, headers] of [['/books/1'], ['/books/2'], ['/books/3'], ['/login'], ['/admin'], ['/admin', {authorization: 'Bearer 1234'}]] as const) {
				const response = await app.request(path, {headers: headers ?? {}});
				answers.push({path, status: response.status, body: await response.text(), location: response.headers.get('location')});
			}
			return answers;
		};
		const expected = await exchanges(originalHono.createApp());
		expect(expected.map(answer => answer.status)).toEqual([200, 410, 404, 303, 401, 202]);
		expect(await exchanges(fixed.createApp())).toEqual(expected);
	});

	test('the fetch handler and client', async () => {
		const fixed = await fixedModule<typeof originalFetch>('fetch.ts');
		const exchanges = async (handle: typeof originalFetch.handle) => {
			const answers = [];
			for (const [method, path] of [
				['GET', '/items/0'],
				['GET', '/items/7'],
				['PUT', '/items/0'],
				['GET', '/nothing'],
			] as const) {
				const response = await handle(new Request(`http://127.0.0.1${path}`, {method}));
				answers.push({path, status: response.status, body: await response.text(), allow: response.headers.get('allow')});
			}
			return answers;
		};
		const expected = await exchanges(originalFetch.handle);
		expect(expected.map(answer => answer.status)).toEqual([200, 404, 405, 404]);
		expect(await exchanges(fixed.handle)).toEqual(expected);
		const statuses = [200, 201, 299, 404, 405, 500, 503, 599, 600];
		expect(statuses.map(status => fixed.describeResponse({status}))).toEqual(statuses.map(status => originalFetch.describeResponse({status})));
	});
});
