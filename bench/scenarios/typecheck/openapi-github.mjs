// @ts-check
// The GitHub-scale program of typed-http-status/openapi: GitHub's REST API as typed by @octokit/openapi-types
// (about a thousand operations), with the response keys of every operation as `typed-http-status openapi` prints
// them from the description @octokit/openapi ships. Two versions of one program: `ours` computes OperationStatus,
// OperationResult and DeclaredKeys for every operation (the key lists must compile against the types, so code and
// description agree) and checks a sample of statuses against the description's own keys; `plain` reads the same
// operations' responses with TypeScript alone. Both packages are root devDependencies, linked into the folder.
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {root} from '../../lib/link.mjs';

/** The description @octokit/openapi ships for api.github.com. */
export const GITHUB_DESCRIPTION = join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');

/** Every how many operations (in the description's order) the sample takes one. */
const SAMPLE_EVERY = 50;

/**
 * Write keys.ts (the command line's output for the description) into the folder, link @octokit/openapi-types into
 * its node_modules, and return the two programs.
 *
 * @param {{dir: string, modules: string}} link a folder made by linkPackage.
 * @returns {{ours: string, plain: string, operations: number, sampled: number}} the programs, and how many operations they cover.
 */
export function githubPrograms(link) {
	const target = join(link.modules, '@octokit/openapi-types');
	if (!existsSync(target)) {
		mkdirSync(join(link.modules, '@octokit'), {recursive: true});
		symlinkSync(join(root, 'node_modules/@octokit/openapi-types'), target, 'dir');
	}
	const cli = spawnSync(process.execPath, [join(root, 'bin/typed-http-status.js'), 'openapi', GITHUB_DESCRIPTION], {encoding: 'utf8', maxBuffer: 1 << 26});
	if (cli.status !== 0) {
		throw new Error(`typed-http-status openapi failed on the GitHub description: ${cli.stderr}`);
	}
	writeFileSync(join(link.dir, 'keys.ts'), cli.stdout);
	/** @type {{paths: Record<string, Record<string, unknown>>}} */
	const description = JSON.parse(readFileSync(GITHUB_DESCRIPTION, 'utf8'));
	/** @param {unknown} value a member of a path item: an operation, or its parameters or summary. @returns {value is {operationId: string, responses: Record<string, unknown>}} */
	const isOperation = value => typeof value === 'object' && value !== null && 'responses' in value;
	const operations = Object.values(description.paths).flatMap(item => Object.values(item).filter(isOperation));
	const sample = operations.filter((_, index) => index % SAMPLE_EVERY === 0);
	const expected = sample.map(
		(operation, index) =>
			`type Sample${index} = Expect<Equal<OperationStatus<operations[${JSON.stringify(operation.operationId)}]>, ${Object.keys(operation.responses).join(' | ')}>>;`,
	);
	const plainExpected = sample.map(
		(operation, index) =>
			`type Sample${index} = Expect<Equal<keyof operations[${JSON.stringify(operation.operationId)}]['responses'], ${Object.keys(operation.responses).join(' | ')}>>;`,
	);
	const ours = `import type {operations} from '@octokit/openapi-types';
import type {HttpStatus} from 'typed-http-status';
import type {DeclaredKeys, OperationResult, OperationStatus} from 'typed-http-status/openapi';
import {RESPONSE_KEYS} from './keys.js';

// The key lists the command line printed are exactly the keys of the sampled operations' types, in order, as a
// program that reads their responses with readResponse would check them.
export const checked: {readonly [Id in Sampled]: DeclaredKeys<operations[Id]>} = RESPONSE_KEYS;

// Every operation's result: each status an HTTP status, each body read.
type Every = {[Id in keyof operations]: OperationResult<operations[Id]>}[keyof operations];
declare const every: Every;
export const status: HttpStatus = every.status;
export const body: unknown = every.body;
export const statuses: HttpStatus = 0 as unknown as {[Id in keyof operations]: OperationStatus<operations[Id]>}[keyof operations];

// A sample of operations: the statuses are the description's own response keys.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Sampled = ${sample.map(operation => JSON.stringify(operation.operationId)).join(' | ')};
${expected.join('\n')}
export type Samples = [${sample.map((_, index) => `Sample${index}`).join(', ')}];
`;
	const plain = `import type {operations} from '@octokit/openapi-types';
import {RESPONSE_KEYS} from './keys.js';

// The same program with TypeScript alone, as a team using openapi-fetch writes it to get the same information: the
// sampled operations' key lists, each declared status's body read by indexed access
// (operations[id]['responses'][status]['content'][media type]), and the sample's keys against the description's.
export const checked: {readonly [Id in Sampled]: ReadonlyArray<keyof operations[Id]['responses']>} = RESPONSE_KEYS;

type Body<Response> = Response extends {content: infer Content} ? ([Content] extends [never] ? null : Content[keyof Content]) : null;
type Results<Responses, Key extends keyof Responses = keyof Responses> = Key extends unknown ? {key: Key; body: Body<Responses[Key]>} : never;
type Every = {[Id in keyof operations]: Results<operations[Id]['responses']>}[keyof operations];
declare const every: Every;
export const status: string | number = every.key;
export const body: unknown = every.body;
export const statuses: string | number = 0 as unknown as {[Id in keyof operations]: keyof operations[Id]['responses']}[keyof operations];

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Sampled = ${sample.map(operation => JSON.stringify(operation.operationId)).join(' | ')};
${plainExpected.join('\n')}
export type Samples = [${sample.map((_, index) => `Sample${index}`).join(', ')}];
`;
	return {ours, plain, operations: operations.length, sampled: sample.length};
}
