// What a consumer project runs with the packed matchers installed, shared by the offline consumer test and the
// runner-version matrix: one vitest spec, one jest spec, and the run that reads a runner's JSON report.
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);

/** A vitest spec: toHaveStatus registered by `setupFiles`, typed by the installed declarations (tsc checks it too). */
export const SPEC_VITEST = `// Run by vitest in a consumer project with the packed package installed.
import {HTTP_201_CREATED, HTTP_400_BAD_REQUEST} from 'typed-http-status';
import {expect, test} from 'vitest';

test('toHaveStatus is registered by the setup file and typed by its declarations', () => {
	const response = new Response('{"error":"name is required"}', {status: HTTP_400_BAD_REQUEST});
	expect(response).toHaveStatus(HTTP_400_BAD_REQUEST);
	expect(response).toHaveStatus('4xx');
	expect(response).not.toHaveStatus([200, HTTP_201_CREATED]);
	expect(() => expect({status: 400, text: 'name is required'}).toHaveStatus(HTTP_201_CREATED)).toThrow(
		'expected status 201 Created, received 400 Bad Request (4xx Client Error)\\nreceived body: name is required',
	);
	// @ts-expect-error: '4XX' is not a status class
	expect(() => expect(response).toHaveStatus('4XX')).toThrow(RangeError);
});
`;

/** A CommonJS jest spec: toHaveStatus registered by `setupFilesAfterEnv`, on the global and `@jest/globals` expects. */
export const SPEC_JEST = `// Run by jest in a consumer project with the packed package installed.
const {expect: globalsExpect, test} = require('@jest/globals');
const {HTTP_201_CREATED, HTTP_400_BAD_REQUEST} = require('typed-http-status');

test('toHaveStatus is registered by the setup file, on both expects', () => {
	const response = {statusCode: HTTP_400_BAD_REQUEST, payload: '{"error":"name is required"}'};
	globalsExpect(response).toHaveStatus(HTTP_400_BAD_REQUEST);
	expect(response).toHaveStatus('4xx');
	expect(() => globalsExpect(response).toHaveStatus(HTTP_201_CREATED)).toThrow(
		'expected status 201 Created, received 400 Bad Request (4xx Client Error)\\nreceived body: {"error":"name is required"}',
	);
	expect(() => expect(response).toHaveStatus('4XX')).toThrow(RangeError);
});
`;

/** Run a test runner in a project (`command` without `node`) and read how many tests passed and failed from its JSON report. */
export async function runnerCounts(project: string, command: string[], report: string, timeout: number): Promise<[number, number]> {
	try {
		await run(process.execPath, command, {cwd: project, timeout, env: {...process.env, CI: 'true', NO_COLOR: '1'}});
	} catch (error) {
		throw new Error(`${command.join(' ')} failed:\n${String((error as {stdout?: unknown}).stdout)}\n${String((error as {stderr?: unknown}).stderr)}`);
	}
	const result = JSON.parse(readFileSync(join(project, report), 'utf8')) as {numPassedTests: number; numFailedTests: number};
	return [result.numPassedTests, result.numFailedTests];
}
