// A fix never changes what code does. Handlers written the way that trips a scope-blind fix (a local, a parameter
// or a namespace named like what the fix writes; a type-only import; a comment governing the first statement; a
// file's `// @ts-nocheck`) are fixed with `eslint --fix`'s own API and the recommended config, then: nothing is left
// to report, the fixed files type-check with TypeScript 7, and every handler makes exactly the calls the original
// makes on a recording `res`.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ESLint} from 'eslint';
import tseslint from 'typescript-eslint';
import {afterAll, beforeAll, expect, test} from 'vitest';
import plugin from '../../src/index.ts';
import {root} from '../../../../test/consumers/pack.ts';
import {cleanRun, compileProject} from '../../../../test/helpers/tsc.ts';

const recorder = `export class Recorder {
	readonly calls: unknown[][] = [];
	status(code: number): this {
		this.calls.push(['status', code]);
		return this;
	}
	json(body: unknown): this {
		this.calls.push(['json', body]);
		return this;
	}
	end(): this {
		this.calls.push(['end']);
		return this;
	}
}
`;

/** Each file, and the handlers it exports: called with a fresh recorder and these arguments. */
const sources: Record<string, string> = {
	'namespace.ts': `import * as status from 'typed-http-status';
import type {Recorder} from './recorder.ts';

export function isMissing(status: number): boolean {
	return status === 404;
}

export function local(res: Recorder): number {
	const status = 404;
	res.status(status).end();
	return status;
}

export function created(res: Recorder): void {
	res.status(201).json({code: status.HTTP_201_CREATED});
}
`,
	'names.ts': `import type {HTTP_200_OK} from 'typed-http-status';
import {HTTP_404_NOT_FOUND as missing} from 'typed-http-status';
import type {Recorder} from './recorder.ts';

const HTTP_500_INTERNAL_SERVER_ERROR = 'a top-level name that an added import would collide with';

export const expected: typeof HTTP_200_OK = HTTP_200_OK_VALUE();

function HTTP_200_OK_VALUE(): 200 {
	return 200;
}

export function answer(res: Recorder, found: boolean): string {
	if (found) {
		res.status(200).end();
	} else {
		res.status(500).json({reason: HTTP_500_INTERNAL_SERVER_ERROR});
	}
	return HTTP_500_INTERNAL_SERVER_ERROR;
}

export function lookup(res: Recorder, missing: string): string {
	res.status(404).json({missing});
	return missing;
}

export function gone(res: Recorder): void {
	const HTTP_410_GONE = 'a local that the fix must not capture';
	res.status(410).json({HTTP_410_GONE});
}

export function fallback(res: Recorder): void {
	res.status(missing).end();
}
`,
	'comments.ts': `// @ts-expect-error: the next statement is the one this comment governs
export const label: string = 6;

export function accepted(res: {status(code: number): {end(): void}}): void {
	res.status(202).end();
}
`,
	'nocheck.ts': `// @ts-nocheck
export const label: string = 6;

export function accepted(res: {status(code: number): {end(): void}}): void {
	res.status(202).end();
}
`,
	'console.ts': `// eslint-disable-next-line no-console
console.info('loading');

export function accepted(res: {status(code: number): {end(): void}}): void {
	res.status(202).end();
}
`,
	'deprecated.ts': `import {HTTP_413_REQUEST_ENTITY_TOO_LARGE} from 'typed-http-status';
import {HTTP_413_CONTENT_TOO_LARGE} from 'typed-http-status';
import * as status from 'typed-http-status';
import type {Recorder} from './recorder.ts';

export function tooLarge(res: Recorder): void {
	res.status(HTTP_413_REQUEST_ENTITY_TOO_LARGE).json({limit: HTTP_413_CONTENT_TOO_LARGE});
}

export function shadowed(res: Recorder, status: {HTTP_413_REQUEST_ENTITY_TOO_LARGE: string}): void {
	res.json(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE);
}

export const viaNamespace: number = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE;
`,
	'renamed.ts': `import {HTTP_413_REQUEST_ENTITY_TOO_LARGE} from 'typed-http-status';
import type {Recorder} from './recorder.ts';

export function tooLarge(res: Recorder, HTTP_413_CONTENT_TOO_LARGE: string): void {
	res.status(HTTP_413_REQUEST_ENTITY_TOO_LARGE).json({HTTP_413_CONTENT_TOO_LARGE});
}
`,
};

/** The calls each handler makes: [file, export, arguments after the recorder]. */
const calls: Array<[string, string, unknown[]]> = [
	['namespace.ts', 'local', []],
	['namespace.ts', 'created', []],
	['names.ts', 'answer', [true]],
	['names.ts', 'answer', [false]],
	['names.ts', 'lookup', ['the parameter']],
	['names.ts', 'gone', []],
	['names.ts', 'fallback', []],
	['comments.ts', 'accepted', []],
	['nocheck.ts', 'accepted', []],
	['console.ts', 'accepted', []],
	['deprecated.ts', 'tooLarge', []],
	['deprecated.ts', 'shadowed', [{HTTP_413_REQUEST_ENTITY_TOO_LARGE: 'a parameter, not the namespace'}]],
	['renamed.ts', 'tooLarge', ['the parameter']],
];

const folder = mkdtempSync(join(root, '.tmp-eslint-meaning-'));
const original = join(folder, 'original');
const fixed = join(folder, 'fixed');
let remaining: string[] = [];

beforeAll(async () => {
	for (const directory of [original, fixed]) {
		mkdirSync(directory, {recursive: true});
		writeFileSync(join(directory, 'recorder.ts'), recorder);
		for (const [file, text] of Object.entries(sources)) {
			writeFileSync(join(directory, file), text);
		}
	}
	const eslint = new ESLint({
		cwd: fixed,
		fix: true,
		overrideConfigFile: true,
		overrideConfig: [
			{files: ['**/*.ts'], languageOptions: {parser: tseslint.parser}, linterOptions: {reportUnusedDisableDirectives: 'error'}, rules: {'no-console': 'error'}},
			plugin.configs.recommended,
		],
	});
	const results = await eslint.lintFiles(Object.keys(sources));
	await ESLint.outputFixes(results);
	remaining = results.flatMap(result =>
		result.messages.map(message => `${result.filePath.slice(fixed.length + 1)}:${message.line} ${message.ruleId}: ${message.message}`),
	);
}, 120_000);

afterAll(() => rmSync(folder, {recursive: true, force: true}));

test('--fix leaves nothing to report, and no directive unused', () => {
	expect(remaining).toEqual([]);
});

test('every file the fix touched type-checks with TypeScript 7, where the original does', () => {
	const config = JSON.stringify({extends: '../../tsconfig.json', compilerOptions: {types: ['node'], noUnusedLocals: false}, include: ['*.ts']});
	for (const directory of [original, fixed]) {
		writeFileSync(join(directory, 'tsconfig.json'), config);
	}
	expect(compileProject(root, original)).toEqual(cleanRun);
	expect(compileProject(root, fixed)).toEqual(cleanRun);
}, 60_000);

test('the fixes are the expected ones: aliases where a name is taken, the namespace where it is not shadowed', () => {
	const text = (file: string) => readFileSync(join(fixed, file), 'utf8');
	expect(text('namespace.ts')).toContain("import {HTTP_404_NOT_FOUND} from 'typed-http-status';\n");
	expect(text('namespace.ts')).toContain('return status === HTTP_404_NOT_FOUND;');
	expect(text('namespace.ts')).toContain('const status = HTTP_404_NOT_FOUND;');
	expect(text('namespace.ts')).toContain('res.status(status.HTTP_201_CREATED)');
	expect(text('names.ts')).toMatch(/^import \{HTTP_200_OK\} from 'typed-http-status';\n/);
	expect(text('names.ts')).toContain('res.status(HTTP_500_INTERNAL_SERVER_ERROR_1)');
	expect(text('names.ts')).toContain('res.status(HTTP_410_GONE_1)');
	expect(text('comments.ts')).toMatch(/^import \{HTTP_202_ACCEPTED\} from 'typed-http-status';\n\/\/ @ts-expect-error/);
	expect(text('nocheck.ts')).toMatch(/^\/\/ @ts-nocheck\nimport \{HTTP_202_ACCEPTED\} from 'typed-http-status';\n/);
	expect(text('console.ts')).toMatch(/^import \{HTTP_202_ACCEPTED\} from 'typed-http-status';\n\/\/ eslint-disable-next-line no-console\n/);
	expect(text('renamed.ts')).toContain('import {HTTP_413_CONTENT_TOO_LARGE as HTTP_413_REQUEST_ENTITY_TOO_LARGE}');
});

test('every handler makes the same calls on a recording res before and after the fix', async () => {
	const run = async (directory: string) => {
		const recorded: unknown[] = [];
		for (const [file, name, args] of calls) {
			const module = (await import(join(directory, file))) as Record<string, (...parameters: unknown[]) => unknown>;
			const {Recorder} = (await import(join(directory, 'recorder.ts'))) as {Recorder: new () => {calls: unknown[][]}};
			const res = new Recorder();
			recorded.push([file, name, module[name]!(res, ...args), res.calls]);
		}
		const namespace = (await import(join(directory, 'namespace.ts'))) as {isMissing(code: number): boolean};
		const deprecated = (await import(join(directory, 'deprecated.ts'))) as {viaNamespace: number};
		return [...recorded, namespace.isMissing(404), namespace.isMissing(200), deprecated.viaNamespace];
	};
	const before = await run(original);
	expect(before).toContainEqual([
		'names.ts',
		'lookup',
		'the parameter',
		[
			['status', 404],
			['json', {missing: 'the parameter'}],
		],
	]);
	expect(before.slice(-3)).toEqual([true, false, 413]);
	expect(await run(fixed)).toEqual(before);
});
