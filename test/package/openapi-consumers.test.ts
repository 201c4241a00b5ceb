// typed-http-status/openapi from the outside: the packed tarball (test/consumers/pack.ts) installed with npm into a
// temporary project holding test/consumers/openapi/, which then
// - runs under Node.js with ESM `import` and CommonJS `require`, each loading its own build of the subpath;
// - type-checks under TypeScript 5.0, 6 and 7 (nodenext, ESM and CommonJS consumers), loading the subpath's own
//   declarations;
// - and, for a key list that misses a key, gets the same message from every compiler, naming the list expected.
import {execFile} from 'node:child_process';
import {cpSync, rmSync} from 'node:fs';
import {join, relative} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {consumerProject, root} from '../consumers/pack.ts';

const run = promisify(execFile);
let project = '';

beforeAll(() => {
	project = consumerProject('typed-http-status-openapi-consumer-', folder => {
		cpSync(join(root, 'test', 'consumers', 'openapi'), join(folder, 'openapi'), {recursive: true});
		cpSync(join(root, 'test', 'consumers', 'tsconfig.base.json'), join(folder, 'tsconfig.base.json'));
	});
}, 120_000);

afterAll(() => {
	if (project !== '') {
		rmSync(project, {recursive: true, force: true});
	}
});

describe('typed-http-status/openapi at run time under Node.js', () => {
	test.each([
		['runtime.mjs', 'openapi.js'],
		['runtime.cjs', 'openapi.cjs'],
	])(
		'%s loads dist/%s and reads a declared status and refuses an undeclared one',
		async (file, built) => {
			const {stdout} = await run(process.execPath, [join('openapi', file)], {cwd: project, timeout: 30_000});
			const seen = JSON.parse(stdout) as {loaded: string; found: unknown; refused: unknown};
			expect(relative(project, seen.loaded.replace('file://', ''))).toBe(join('node_modules', 'typed-http-status', 'dist', built));
			expect(seen.found).toEqual({key: 200, status: 200, body: {id: 7}});
			expect(seen.refused).toEqual({named: true, message: "status 503 is not declared by the operation, whose responses are [200, '4XX']"});
		},
		60_000,
	);
});

const compilers = {
	'TypeScript 5.0': join('typescript5', 'bin', 'tsc'),
	'TypeScript 6': join('typescript', 'bin', 'tsc'),
	'TypeScript 7': join('typescript7', 'bin', 'tsc'),
} as const;

async function compile(bin: string, config: string): Promise<{code: unknown; stdout: string}> {
	return run(process.execPath, [join(root, 'node_modules', bin), '-p', join('openapi', config), '--pretty', 'false', '--listFiles'], {
		cwd: project,
		timeout: 300_000,
	}).then(
		({stdout}) => ({code: 0, stdout}),
		(error: unknown) => {
			const {code, stdout} = error as {code?: unknown; stdout?: unknown};
			return {code, stdout: String(stdout)};
		},
	);
}

describe('typed-http-status/openapi type-checked by each supported compiler', () => {
	test.each(Object.entries(compilers))(
		'%s: the ESM and CommonJS consumers compile against the installed declarations',
		async (_compiler, bin) => {
			const {code, stdout} = await compile(bin, 'tsconfig.json');
			expect(stdout.split('\n').filter(line => line.includes(': error TS'))).toEqual([]);
			expect(code).toBe(0);
			const loaded = stdout
				.split('\n')
				.map(line => line.trim())
				.filter(file => file.includes('node_modules/typed-http-status/'))
				.map(file => relative(project, file));
			expect(loaded).toEqual(expect.arrayContaining(['node_modules/typed-http-status/dist/openapi.d.ts', 'node_modules/typed-http-status/dist/openapi.d.cts']));
		},
		300_000,
	);

	test.each(Object.entries(compilers))(
		'%s names the key list expected when a key is missing',
		async (_compiler, bin) => {
			const {code, stdout} = await compile(bin, 'tsconfig.mistakes.json');
			expect(code).not.toBe(0); // 2 from tsc 5 and 6, 1 from tsc 7: errors found
			// At the position of the missing key, the key expected there.
			expect(stdout.split('\n').filter(line => line.startsWith('openapi/'))).toEqual([
				"openapi/mistakes.ts(7,62): error TS2322: Type 'string' is not assignable to type '404'.",
			]);
		},
		300_000,
	);
});
