// The package from the outside: the packed tarball (test/consumers/pack.ts) is installed once with npm into a
// temporary project holding the consumers in test/consumers/, which then
// - run under Node.js with ESM `import` and CommonJS `require`, and must see the same values and frozen tables;
// - type-check under TypeScript 5.0 (the oldest supported), 6 and 7, each with nodenext, node16 and bundler
//   resolution, loading no declaration file but the package's own;
// - bundle for the browser with esbuild, keeping only the constant and the guard they import;
// - and the `typed-http-status` command that npm links from the tarball's bin runs.
import {execFile} from 'node:child_process';
import {cpSync, readFileSync, rmSync} from 'node:fs';
import {basename, join, relative} from 'node:path';
import {promisify} from 'node:util';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {consumerProject, root} from '../consumers/pack.ts';

const run = promisify(execFile);
let project = '';

beforeAll(() => {
	project = consumerProject('typed-http-status-consumer-', folder => {
		cpSync(join(root, 'test', 'consumers'), folder, {recursive: true, filter: source => basename(source) !== 'pack.ts'});
	});
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
			registryNames: ['STATUS_CLASS_GUARDS', 'STATUS_CLASS_TITLES', 'STATUS_REGISTRY', 'statusInfo'],
			registryFrozen: true,
			entriesFrozen: true,
			phrasesHaveNullPrototype: true,
			calls: {
				reasonPhrase404: 'Not Found',
				reasonPhraseProto: null,
				isClientError499: true,
				statusClass418: '4xx',
				parseStatus404: {returned: 404},
				statusInfo418: 'unused',
				statusInfoProto: null,
			},
		});
		expect(esmSeen['values']).toMatchObject({HTTP_404_NOT_FOUND: 404, HTTP_422_UNPROCESSABLE_ENTITY: 422, isClientError: 'function isClientError/1'});
		expect((esmSeen['names'] as string[]).length).toBeGreaterThan(80);
	}, 60_000);
});

describe('the installed command', () => {
	test('npm links the bin, and it runs from the tarball (dist/cli.js was packed)', async () => {
		const {stdout} = await run(join(project, 'node_modules', '.bin', 'typed-http-status'), ['418'], {
			cwd: project,
			timeout: 30_000,
			env: {...process.env, NO_COLOR: '1'},
		});
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
	test.each(matrix)(
		'$compiler, moduleResolution $resolution: holds.ts compiles, every rejects.ts line errors, only our declarations load',
		async ({bin, resolution}) => {
			const tsc = join(root, 'node_modules', bin);
			let output: string;
			try {
				({stdout: output} = await run(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`, '--listFiles'], {cwd: project, timeout: 120_000}));
			} catch (error) {
				throw new Error(`tsc reported errors:\n${String((error as {stdout?: unknown}).stdout)}`);
			}
			const loaded = output
				.trim()
				.split('\n')
				.map(line => line.trim());
			const ours = loaded
				.filter(file => !/[\\/]lib\.[\w.]+\.d\.ts$/.test(file))
				.map(file => relative(project, file))
				.sort();
			const esmTypes = [
				'node_modules/typed-http-status/dist/index.d.ts',
				'node_modules/typed-http-status/dist/registry.d.ts',
				'node_modules/typed-http-status/dist/response.d.ts',
			];
			const packageTypes = resolution === 'bundler' ? esmTypes : ['node_modules/typed-http-status/dist/index.d.cts', ...esmTypes];
			const consumers = [
				'types/equal.ts',
				'types/handler-grade.ts',
				'types/holds.ts',
				'types/registry.ts',
				'types/rejects.ts',
				'types/response.ts',
				...(resolution === 'bundler' ? [] : ['types/commonjs.cjs', 'types/dual.cts', 'types/dual-use.mts']),
			];
			expect(ours).toEqual([...packageTypes, ...consumers].sort());
		},
		120_000,
	);
});

// What a user reads: the compiler's message for a typical mistake (with the lines that elaborate it), and the
// declarations a consumer emits, name our types (`StatusCode`, `HttpStatus<"4xx">`) rather than spelling out their
// literals; the same under every compiler.
const expectedMessages = [
	"messages/mistakes.ts(9,9): error TS2345: Argument of type '299' is not assignable to parameter of type 'StatusCode'.",
	"messages/mistakes.ts(10,14): error TS2322: Type '200' is not assignable to type 'Status4xx'.",
	"messages/mistakes.ts(11,14): error TS2322: Type 'number' is not assignable to type 'HttpStatus'.",
	"messages/mistakes.ts(12,14): error TS2322: Type '200' is not assignable to type 'ErrorStatus'.",
	"messages/mistakes.ts(13,14): error TS2322: Type 'number' is not assignable to type 'boolean'.\nType 'number' is not assignable to type 'boolean'.",
	"messages/mistakes.ts(16,8): error TS2322: Type 'HttpStatus<\"4xx\">' is not assignable to type 'Status5xx'.\nType '400' is not assignable to type 'Status5xx'.",
	"messages/mistakes.ts(19,14): error TS2322: Type 'HttpStatus<StatusClass>' is not assignable to type 'boolean'.\nType 'number' is not assignable to type 'boolean'.",
	"messages/mistakes.ts(25,22): error TS2345: Argument of type '204' is not assignable to parameter of type 'void | ContentfulStatus | UnregisteredStatus<FinalClass> | undefined'.",
	"messages/mistakes.ts(26,20): error TS2345: Argument of type '200' is not assignable to parameter of type 'void | ResponseRedirectStatus | undefined'.",
	"messages/mistakes.ts(27,9): error TS2345: Argument of type '200' is not assignable to parameter of type 'ErrorStatus'.",
	"messages/mistakes.ts(28,19): error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.",
	"messages/mistakes.ts(34,30): error TS2322: Type 'undefined' is not assignable to type 'never'.",
	"messages/mistakes.ts(36,14): error TS2322: Type 'TypedResponse<200 | 201>' is not assignable to type 'TypedResponse<201>'.\nType '200 | 201' is not assignable to type '201'.\nType '200' is not assignable to type '201'.",
	"messages/mistakes.ts(42,18): error TS2769: No overload matches this call.\nThe last overload gave the following error.\nArgument of type 'string' is not assignable to parameter of type 'number'.",
	"messages/mistakes.ts(44,13): error TS2339: Property 'note' does not exist on type '{ status: 404; error: string; }'.",
	"messages/mistakes.ts(51,3): error TS2322: Type 'Code & SuccessIn<Code>' is not assignable to type 'Status2xx | undefined'.",
];
const expectedDeclarations = `import { type StatusCode } from 'typed-http-status';
export declare function route(found: boolean): 200 | 404;
export declare function validate(input: string): import("typed-http-status").HttpStatus<import("typed-http-status").StatusClass>;
export declare function clientErrorOf(status: number): import("typed-http-status").HttpStatus<"4xx"> | undefined;
export declare function same(status: StatusCode): StatusCode;
export declare function family(input: string): import("typed-http-status").StatusClass;
export declare function failure(status: StatusCode): import("typed-http-status").Status1xx | import("typed-http-status").Status3xx | import("typed-http-status").Status4xx | import("typed-http-status").Status5xx | undefined;
export declare function successOf<Code extends number>(status: Code): (Code & import("typed-http-status").SuccessIn<Code>) | undefined;
`;
const expectedFrameworkDeclarations = `import { type ContentfulStatus } from 'typed-http-status';
/** A contentful status Hono's \`c.json\` and \`c.text\` take: every one but 509, which Hono does not name. */
export type HonoContentfulStatus = Exclude<ContentfulStatus, 509>;
/** True for a code Hono's \`c.json\` and \`c.text\` take. */
export declare function isHonoContentfulStatus(code: number): code is HonoContentfulStatus;
export declare function forHonoJson(fromUpstream: number): HonoContentfulStatus | undefined;
export declare function forHonoRedirect(fromUpstream: number): import("typed-http-status").Status3xx | undefined;
export declare function forFastifyClientError(fromUpstream: number): import("typed-http-status").Status4xx | undefined;
`;

describe('what the compiler shows a user', () => {
	test.each(Object.entries(compilers))(
		'%s names the types in its messages and in emitted declarations',
		async (compiler, bin) => {
			const outDir = join('messages', `out-${compiler.replaceAll(/\W/g, '')}`);
			const result = await run(process.execPath, [join(root, 'node_modules', bin), '-p', 'messages', '--pretty', 'false', '--outDir', outDir], {
				cwd: project,
				timeout: 120_000,
			}).then(
				() => ({code: 0, stdout: ''}),
				(error: unknown) => {
					const {code, stdout} = error as {code?: unknown; stdout?: unknown};
					return {code, stdout: String(stdout)};
				},
			);
			expect(result.code).toBe(2);
			// Each message with the lines that elaborate it (indented under it), as one string.
			const messages: string[][] = [];
			for (const line of result.stdout.split('\n')) {
				if (line.startsWith('messages/')) {
					messages.push([line]);
				} else if (line.startsWith(' ')) {
					messages.at(-1)?.push(line.trim());
				}
			}
			expect(messages.map(lines => lines.join('\n'))).toEqual(expectedMessages);
			expect(readFileSync(join(project, outDir, 'handlers.d.ts'), 'utf8')).toBe(expectedDeclarations);
			expect(readFileSync(join(project, outDir, 'frameworks.d.ts'), 'utf8')).toBe(expectedFrameworkDeclarations);
		},
		120_000,
	);
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
