// `typed-http-status openapi <file>`, in process: the module it prints, and one line and exit status 1 or 2 for
// every file it cannot use, never a stack trace. The bin runs it the same way (test/cli-bin.test.ts covers the shim).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {run} from '../../../src/cli/index.ts';
import {DescriptionError, responseKeys} from '../../../src/cli/openapi.ts';

const folder = mkdtempSync(join(tmpdir(), 'typed-http-status-openapi-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

function cli(args: string[]) {
	const output = {stdout: '', stderr: ''};
	const code = run(args, {
		stdout: {write: (text: string) => (output.stdout += text)},
		stderr: {write: (text: string) => (output.stderr += text)},
		env: {},
		version: '1.2.3',
		readFile: path => readFileSync(path, 'utf8'),
	});
	return {code, ...output};
}

function file(name: string, content: string): string {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
}

describe('typed-http-status openapi', () => {
	test('prints the key lists of the fixture, sorted, by operationId', () => {
		const result = cli(['openapi', 'test/fixtures/openapi/pets.json']);
		expect(result).toMatchObject({code: 0, stderr: ''});
		expect(result.stdout).toContain('export const RESPONSE_KEYS = {\n\t"listPets": [200, 400],\n');
		expect(result.stdout).toContain('\t"getPet": [200, 404, "4XX", "default"],\n');
	});
	test('keys by `method /path` without an operationId; numbers ascending, then ranges, then default', () => {
		const description = {openapi: '3.0.3', paths: {'/a': {get: {responses: {default: {}, '5XX': {}, '2XX': {}, 404: {}, 200: {}}}, parameters: []}}};
		expect([...responseKeys(description)]).toEqual([['get /a', [200, 404, '2XX', '5XX', 'default']]]);
	});
	test.each(['x200', '2000', '200x', '600', '099', 'x4XX', '4XXx', '6XX', 'Default'])('the response key %j is refused', name => {
		const description = {openapi: '3.1.0', paths: {'/a': {get: {operationId: 'x', responses: {200: {}, [name]: {}}}}}};
		expect(() => responseKeys(description)).toThrow(
			new DescriptionError(`the operation "x" has the response key ${JSON.stringify(name)}; expected a status 100–599, 1XX–5XX or default`),
		);
	});
	test('every range key, in any order in the description, follows the statuses in class order', () => {
		const responses = {default: {}, '5XX': {}, '1XX': {}, '4XX': {}, '3XX': {}, '2XX': {}, 599: {}, 100: {}};
		expect(responseKeys({openapi: '3.1.0', paths: {'/a': {get: {responses}}}})).toEqual(
			new Map([['get /a', [100, 599, '1XX', '2XX', '3XX', '4XX', '5XX', 'default']]]),
		);
	});
	test.each([
		[['openapi'], 2, 'typed-http-status: usage: typed-http-status openapi <file.json>\n'],
		[['openapi', 'a.json', 'b.json'], 2, 'typed-http-status: usage: typed-http-status openapi <file.json>\n'],
		[['openapi', '--json'], 2, 'typed-http-status: usage: typed-http-status openapi <file.json>\n'],
	])('%j is a usage error', (args, code, stderr) => {
		expect(cli(args)).toEqual({code, stdout: '', stderr});
	});
	test.each([
		['missing.json', null, 'cannot read "MISSING" (ENOENT)'],
		['yaml.yaml', 'openapi: 3.1.0\n', '"FILE" is not JSON; only JSON descriptions are read (convert YAML to JSON first)'],
		['array.json', '[]', '"FILE": not an OpenAPI 3 description: expected an object with "openapi" and "paths"'],
		['swagger.json', '{"swagger": "2.0", "paths": {}}', '"FILE": not an OpenAPI 3 description: expected an object with "openapi" and "paths"'],
		['path.json', '{"openapi": "3.1.0", "paths": {"/a": 1}}', '"FILE": the path "/a" is not an object'],
		['responses.json', '{"openapi": "3.1.0", "paths": {"/a": {"get": {}}}}', '"FILE": the operation "get /a" has no "responses" object'],
		['operation.json', '{"openapi": "3.1.0", "paths": {"/a": {"get": []}}}', '"FILE": the operation "get /a" has no "responses" object'],
		['null-operation.json', '{"openapi": "3.1.0", "paths": {"/a": {"get": null}}}', '"FILE": the operation "get /a" has no "responses" object'],
		['null-path.json', '{"openapi": "3.1.0", "paths": {"/a": null}}', '"FILE": the path "/a" is not an object'],
		['null-paths.json', '{"openapi": "3.1.0", "paths": null}', '"FILE": not an OpenAPI 3 description: expected an object with "openapi" and "paths"'],
		[
			'twice.json',
			'{"openapi": "3.1.0", "paths": {"/a": {"get": {"operationId": "x", "responses": {"200": {}}}, "put": {"operationId": "x", "responses": {"200": {}}}}}}',
			'"FILE": the operationId "x" is used twice',
		],
		[
			'key.json',
			'{"openapi": "3.1.0", "paths": {"/a": {"get": {"operationId": "x", "responses": {"4xx": {}}}}}}',
			'"FILE": the operation "x" has the response key "4xx"; expected a status 100–599, 1XX–5XX or default',
		],
	])('%s: one line, exit status 1', (name, content, message) => {
		const path = content === null ? join(folder, name) : file(name, content);
		const result = cli(['openapi', path]);
		const quoted = JSON.stringify(path).slice(1, -1);
		expect(result).toEqual({code: 1, stdout: '', stderr: `typed-http-status openapi: ${message.replace('MISSING', quoted).replace('FILE', quoted)}\n`});
	});
	test('without a way to read files, the subcommand is a usage error', () => {
		const output = {stdout: '', stderr: ''};
		const code = run(['openapi', 'pets.json'], {
			stdout: {write: (text: string) => (output.stdout += text)},
			stderr: {write: (text: string) => (output.stderr += text)},
			env: {},
			version: '1.2.3',
		});
		expect({code, ...output}).toEqual({code: 2, stdout: '', stderr: 'typed-http-status: usage: typed-http-status openapi <file.json>\n'});
	});
	test('a long file name is cut in the message', () => {
		expect(cli(['openapi', `${'x/'.repeat(150)}a.json`]).stderr).toBe(`typed-http-status openapi: cannot read "${'x/'.repeat(100)}…" (ENOENT)\n`);
	});
	test('a file name of 200 characters is written whole', () => {
		const name = `${'x/'.repeat(97)}a.json`;
		expect(name).toHaveLength(200);
		expect(cli(['openapi', name]).stderr).toBe(`typed-http-status openapi: cannot read "${name}" (ENOENT)\n`);
	});
	test('a directory cannot be read', () => {
		expect(cli(['openapi', folder]).stderr).toMatch(/^typed-http-status openapi: cannot read ".*" \(EISDIR\)\n$/);
	});
});
