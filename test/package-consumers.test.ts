// The package from the outside: the packed tarball (test/consumers/pack.ts) is installed once with npm into a
// temporary project holding the consumers in test/consumers/, which then
// - run under Node.js with ESM `import` and CommonJS `require`, and must see the same values and frozen tables;
// - type-check under TypeScript 5.0 (the oldest supported), 6 and 7, each with nodenext, node16 and bundler
//   resolution, loading no declaration file but the package's own;
// - bundle for the browser with esbuild, keeping only the constant and the guard they import;
// - and the `typed-http-status` command that npm links from the tarball's bin runs.
import {execFile, execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join, relative} from 'node:path';
import {promisify} from 'node:util';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {packedTarball, root} from './consumers/pack.ts';

const run = promisify(execFile);
let project = '';

beforeAll(() => {
	const tarball = packedTarball();
	project = realpathSync(mkdtempSync(join(tmpdir(), 'typed-http-status-consumer-')));
	cpSync(join(root, 'test', 'consumers'), project, {recursive: true, filter: source => basename(source) !== 'pack.ts'});
	writeFileSync(join(project, 'package.json'), `${JSON.stringify({name: 'consumer', private: true, type: 'module'}, null, '\t')}\n`);
	execFileSync('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', tarball], {cwd: project, stdio: 'pipe'});
}, 120_000);

afterAll(() => {
	if (project !== '') {
		rmSync(project, {recursive: true, force: true});
	}
});

describe('at run time under Node.js', () => {
	async function snapshot(file: string): Promise<{loaded: string} & Record<string, unknown>> {
		const {stdout} = await run(process.execPath, [file], {cwd: project, timeout: 30_000});
		return JSON.parse(stdout) as {loaded: string} & Record<string, unknown>;
	}

	test('ESM import and CommonJS require load their own file and see the same values, frozen', async () => {
		const esm = await snapshot('runtime.mjs');
		const cjs = await snapshot('runtime.cjs');
		expect(relative(project, esm.loaded.replace('file://', ''))).toBe(join('node_modules', 'typed-http-status', 'dist', 'index.js'));
		expect(relative(project, cjs.loaded)).toBe(join('node_modules', 'typed-http-status', 'dist', 'index.cjs'));
		expect(relative(project, String(esm['registryLoaded']).replace('file://', ''))).toBe(join('node_modules', 'typed-http-status', 'dist', 'registry.js'));
		expect(relative(project, String(cjs['registryLoaded']))).toBe(join('node_modules', 'typed-http-status', 'dist', 'registry.cjs'));
		const {loaded: _esm, registryLoaded: _esmRegistry, ...esmSeen} = esm;
		const {loaded: _cjs, registryLoaded: _cjsRegistry, ...cjsSeen} = cjs;
		expect(cjsSeen).toEqual(esmSeen);
		expect(esmSeen).toMatchObject({
			frozen: {STATUS_CODES: true, REASON_PHRASES: true},
			registryNames: ['STATUS_CLASS_TITLES', 'STATUS_REGISTRY', 'statusInfo'],
			registryFrozen: true,
			entriesFrozen: true,
			phrasesHaveNullPrototype: true,
			calls: {reasonPhrase404: 'Not Found', reasonPhraseProto: null, isClientError499: true, statusClass418: '4xx', parseStatus404: {returned: 404}, statusInfo418: 'unused', statusInfoProto: null},
		});
		expect(esmSeen['values']).toMatchObject({HTTP_404_NOT_FOUND: 404, HTTP_422_UNPROCESSABLE_ENTITY: 422, isClientError: 'function isClientError/1'});
		expect((esmSeen['names'] as string[]).length).toBeGreaterThan(80);
	}, 60_000);
});

describe('the installed command', () => {
	test('npm links the bin, and it runs from the tarball (dist/cli.js was packed)', async () => {
		const {stdout} = await run(join(project, 'node_modules', '.bin', 'typed-http-status'), ['418'], {cwd: project, timeout: 30_000, env: {...process.env, NO_COLOR: '1'}});
		expect(stdout.split('\n')[0]).toBe("418 I'm a teapot");
	}, 60_000);
});

// Each compiler is run as its own CLI, as a consumer would run it.
const compilers = {
	'TypeScript 5.0': join('typescript5', 'bin', 'tsc'),
	'TypeScript 6': join('typescript', 'bin', 'tsc'),
	'TypeScript 7': join('typescript7', 'bin', 'tsc'),
} as const;
const resolutions = ['nodenext', 'node16', 'bundler'] as const;
const matrix = Object.entries(compilers).flatMap(([compiler, bin]) => resolutions.map(resolution => ({compiler, bin, resolution})));

describe('type-checked by each supported compiler and module resolution', () => {
	test.each(matrix)('$compiler, moduleResolution $resolution: holds.ts compiles, every rejects.ts line errors, only our declarations load', async ({bin, resolution}) => {
		const tsc = join(root, 'node_modules', bin);
		let output: string;
		try {
			({stdout: output} = await run(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`, '--listFiles'], {cwd: project, timeout: 120_000}));
		} catch (error) {
			throw new Error(`tsc reported errors:\n${String((error as {stdout?: unknown}).stdout)}`);
		}
		const loaded = output.trim().split('\n').map(line => line.trim());
		const ours = loaded.filter(file => !/[\\/]lib\.[\w.]+\.d\.ts$/.test(file)).map(file => relative(project, file)).sort();
		const esmTypes = ['node_modules/typed-http-status/dist/index.d.ts', 'node_modules/typed-http-status/dist/registry.d.ts'];
		const packageTypes = resolution === 'bundler' ? esmTypes : ['node_modules/typed-http-status/dist/index.d.cts', ...esmTypes];
		const consumers = ['types/equal.ts', 'types/holds.ts', 'types/registry.ts', 'types/rejects.ts', ...(resolution === 'bundler' ? [] : ['types/commonjs.cjs'])];
		expect(ours).toEqual([...packageTypes, ...consumers].sort());
	}, 120_000);
});

describe('bundled for the browser by esbuild', () => {
	test('import {HTTP_404_NOT_FOUND, isClientError} brings neither the phrase table nor an unused constant', async () => {
		const bundle = async (minify: boolean) => {
			const result = await build({
				entryPoints: [join(project, 'browser.js')],
				absWorkingDir: project,
				bundle: true,
				write: false,
				format: 'esm',
				platform: 'browser',
				minify,
				metafile: true,
				logLevel: 'silent',
			});
			return {text: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs)};
		};
		const readable = await bundle(false);
		expect(readable.inputs).toContain('node_modules/typed-http-status/dist/index.js');
		expect(readable.text).toContain('function isClientError(');
		expect(readable.text).toMatch(/HTTP_404_NOT_FOUND = 404\b/);
		expect(readable.text.match(/\bHTTP_\d{3}_\w+ =/g)).toEqual(['HTTP_404_NOT_FOUND =']);
		for (const absent of ['Not Found', 'REASON_PHRASES', 'STATUS_REGISTRY', 'STATUS_CODES', 'Object.freeze', 'reasonPhrase', 'isSuccess']) {
			expect(readable.text).not.toContain(absent);
		}
		const minified = await bundle(true);
		expect(minified.text).not.toContain('Not Found');
		expect(minified.text).not.toContain('freeze');
		expect(minified.text).toContain('404');
	}, 60_000);
});
