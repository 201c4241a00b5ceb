import {spawn, spawnSync} from 'node:child_process';
import {closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, test} from 'vitest';
import {run} from '../../src/cli/index.ts';
import {expectedJson} from '../helpers/cli-json.ts';
import {STATUS_CLASS_TITLES, STATUS_REGISTRY} from '../../src/registry.ts';

// The real `typed-http-status` bin, run as a child process with its output piped (so not a terminal). It
// imports dist/cli.js: `npm test` builds first; on its own, run `npm run build` before this file.

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'typed-http-status.js');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string; bin: Record<string, string>; files: string[]};
const temporary = mkdtempSync(join(tmpdir(), 'typed-http-status-cli-'));
afterAll(() => rmSync(temporary, {recursive: true, force: true}));

/** The environment without anything that changes colour, a colour terminal's TERM, and `extra`. */
function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color'};
	delete env['NO_COLOR'];
	delete env['FORCE_COLOR'];
	return {...env, ...extra};
}

function typedHttpStatus(args: string[], extra: Record<string, string> = {}) {
	const child = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', env: environment(extra), timeout: 30_000});
	return {code: child.status, stdout: child.stdout, stderr: child.stderr};
}

/** What run() writes in-process for the same arguments, to a writer that is not a terminal. */
function inProcess(args: string[]) {
	let stdout = '';
	let stderr = '';
	const code = run(args, {
		stdout: {write: (text: string) => (stdout += text)},
		stderr: {write: (text: string) => (stderr += text)},
		env: {},
		version: packageJson.version,
	});
	return {code, stdout, stderr};
}

describe('each form of the issue, through the real bin', () => {
	test.each([
		[['418'], "418 I'm a teapot"],
		[['4xx'], '4xx Client Error: 29 named codes'],
		[['teapot'], "418 I'm a teapot"],
		[['not found'], '404 Not Found'],
		[['not', 'found'], '404 Not Found'],
		[['NOT_FOUND'], '404 Not Found'],
		[['HTTP_404_NOT_FOUND'], '404 Not Found'],
		[[], '1xx Informational: 5 named codes'],
		[['599'], '599 is a valid status code (100 to 599), but not a named one: it has no registered phrase and no constant to import.'],
		[['found'], '2 matches for "found", best first:'],
	])('%j: exit 0, same text as in-process, starting %j', (args, firstLine) => {
		const result = typedHttpStatus(args);
		expect(result).toEqual({...inProcess(args), code: 0});
		expect(result.stderr).toBe('');
		expect(result.stdout.split('\n')[0]).toBe(firstLine);
	});

	test('418 names the phrase, class, standing, reference, constant and meaning', () => {
		const {stdout} = typedHttpStatus(['418']);
		for (const text of ["418 I'm a teapot", '4xx Client Error', 'unused', 'RFC 9110 §15.5.19', 'HTTP_418_IM_A_TEAPOT', 'teapot refuses to brew coffee']) {
			expect(stdout).toContain(text);
		}
	});

	test('413 marks its deprecated alias', () => {
		expect(typedHttpStatus(['413']).stdout).toContain('HTTP_413_REQUEST_ENTITY_TOO_LARGE (deprecated alias)');
	});

	test('599 is unregistered but valid: says so, prints its class, exit 0', () => {
		const {code, stdout} = typedHttpStatus(['599']);
		expect(code).toBe(0);
		expect(stdout).toContain('599 is a valid status code (100 to 599), but not a named one');
		expect(stdout).toContain('5xx Server Error');
	});
});

describe('--json, parsed and checked against the registry', () => {
	test('no query: every named code, grouped by class', () => {
		const {code, stdout} = typedHttpStatus(['--json']);
		expect(code).toBe(0);
		const document = JSON.parse(stdout) as {kind: string; classes: Array<{class: string; title: string; statuses: Array<Record<string, unknown>>}>};
		expect(document.kind).toBe('all');
		expect(document.classes.map(group => [group.class, group.title])).toEqual(Object.entries(STATUS_CLASS_TITLES));
		const statuses = document.classes.flatMap(group => group.statuses);
		expect(statuses).toHaveLength(STATUS_REGISTRY.length);
		for (const [index, info] of STATUS_REGISTRY.entries()) {
			expect(statuses[index]).toEqual(expectedJson(info));
		}
	});

	test('a class, a search and an unnamed code', () => {
		const family = JSON.parse(typedHttpStatus(['--json', '5xx']).stdout) as {kind: string; statuses: Array<{code: number}>};
		expect([family.kind, family.statuses.map(status => status.code)]).toEqual([
			'class',
			STATUS_REGISTRY.filter(info => info.class === '5xx').map(info => info.code),
		]);
		const search = JSON.parse(typedHttpStatus(['teapot', '--json']).stdout) as {kind: string; matches: Array<Record<string, unknown>>};
		expect(search.kind).toBe('search');
		expect(search.matches.map(match => [match['code'], match['match']])).toEqual([[418, {rank: 'word', field: 'phrase', name: "I'm a teapot"}]]);
		const unnamed = JSON.parse(typedHttpStatus(['599', '--json']).stdout) as {status: Record<string, unknown>};
		expect(unnamed.status).toMatchObject({code: 599, named: false, phrase: null, class: '5xx', constant: null});
	});

	test('no match: an error document on stdout, the message on stderr, exit 1', () => {
		const {code, stdout, stderr} = typedHttpStatus(['teapt', '--json']);
		expect(code).toBe(1);
		expect(JSON.parse(stdout)).toMatchObject({kind: 'error', query: 'teapt', suggestions: [{code: 418}]});
		expect(stderr).toContain('no status code matches "teapt"');
	});
});

describe('exit codes and messages', () => {
	test.each([
		['4O4', 404],
		['teapt', 418],
	])('%s: no match, a suggestion on stderr, exit 1', (query, suggested) => {
		const {code, stdout, stderr} = typedHttpStatus([query]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr.split('\n').slice(0, 3)).toEqual([
			`typed-http-status: no status code matches "${query}"`,
			'did you mean:',
			expect.stringMatching(new RegExp(`^ {2}${suggested} `)),
		]);
	});

	test.each([['600'], ['6xx'], ['zzzzzzzz']])('%s: exit 1, nothing on stdout', query => {
		const result = typedHttpStatus([query]);
		expect(result).toEqual({...inProcess([query]), code: 1});
		expect(result.stdout).toBe('');
	});

	test.each([[['--jsn']], [['-x', '418']], [['']]])('%j: usage on stderr, exit 2', args => {
		const {code, stdout, stderr} = typedHttpStatus(args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('Usage: typed-http-status');
	});

	test('--help and --version', () => {
		const help = typedHttpStatus(['--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('Usage: typed-http-status');
		expect(typedHttpStatus(['--version'])).toEqual({code: 0, stdout: `${packageJson.version}\n`, stderr: ''});
	});
});

describe('colour', () => {
	test.each([[{}], [{NO_COLOR: '1'}]])('none when the output is a pipe (env %j)', extra => {
		for (const args of [['418'], ['4xx']]) {
			expect(typedHttpStatus(args, extra).stdout).not.toContain('\u001B[');
		}
	});

	// util-linux `script` runs the bin on a pseudo-terminal, so that process.stdout.isTTY is true.
	const hasScript = spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0;
	function onTerminal(extra: Record<string, string>): string {
		const child = spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" 418`, '/dev/null'], {
			encoding: 'utf8',
			env: environment(extra),
			timeout: 30_000,
		});
		expect(child.status).toBe(0);
		return child.stdout;
	}

	test.skipIf(!hasScript)('on a terminal, by class; none when NO_COLOR is set', () => {
		expect(onTerminal({})).toContain("\u001B[33m418\u001B[39m I'm a teapot");
		expect(onTerminal({NO_COLOR: ''})).toContain('\u001B[33m418');
		const plain = onTerminal({NO_COLOR: '1'});
		expect(plain).toContain("418 I'm a teapot");
		expect(plain).not.toContain('\u001B[');
	});

	test.skipIf(!hasScript).each([
		[{TERM: 'dumb'}, false],
		[{FORCE_COLOR: '0'}, false],
		[{FORCE_COLOR: 'false'}, false],
		[{FORCE_COLOR: '1', TERM: 'dumb'}, true],
		[{FORCE_COLOR: '1', NO_COLOR: '1'}, true],
	])('on a terminal with %j: coloured %s', (extra, coloured) => {
		const output = onTerminal(extra);
		expect(output.includes('\u001B[')).toBe(coloured);
		expect(output.replaceAll(new RegExp(String.raw`${'\u001B'}\[\d+m`, 'g'), '')).toContain("418 I'm a teapot");
	});

	test.each([[{FORCE_COLOR: '1'}], [{FORCE_COLOR: '3'}], [{FORCE_COLOR: 'true'}]])('through a pipe with %j: coloured', extra => {
		expect(typedHttpStatus(['418'], extra).stdout).toContain("\u001B[33m418\u001B[39m I'm a teapot");
	});
});

describe('output that fails', () => {
	/** Run the bin with the read end of its stdout closed before it writes: every write fails with EPIPE. */
	async function withClosedPipe(args: string[]): Promise<{code: number | null; stderr: string}> {
		const child = spawn(process.execPath, [bin, ...args], {env: environment(), stdio: ['ignore', 'pipe', 'pipe']});
		child.stdout.destroy();
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
		const code = await new Promise<number | null>(resolve => child.on('close', resolve));
		return {code, stderr};
	}

	test.each([[['418']], [['--help']], [['--version']], [['--json']], [[]], [['found', '--json']]])('%j into a closed pipe: quiet, exit 0', async args => {
		expect(await withClosedPipe(args)).toEqual({code: 0, stderr: ''});
	});

	test('a --json error into a closed pipe keeps its status, 1, and its message on stderr', async () => {
		expect(await withClosedPipe(['zzzz', '--json'])).toEqual({code: 1, stderr: 'typed-http-status: no status code matches "zzzz"\n'});
	});

	test('the whole list piped into `head -1`: one line, exit 0', () => {
		const child = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" --json | head -1`], {
			encoding: 'utf8',
			env: environment(),
			timeout: 30_000,
		});
		expect([child.status, child.stdout, child.stderr]).toEqual([0, '{\n', '']);
	});

	const hasDevFull = existsSync('/dev/full');
	test.skipIf(!hasDevFull).each([[['418']], [['--help']], [['--json']], [[]]])('%j into /dev/full: one line on stderr, exit 74', args => {
		const full = openSync('/dev/full', 'w');
		try {
			const child = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', env: environment(), stdio: ['ignore', full, 'pipe'], timeout: 30_000});
			expect([child.status, child.stderr]).toEqual([74, 'typed-http-status: cannot write to standard output: ENOSPC: no space left on device, write\n']);
		} finally {
			closeSync(full);
		}
	});

	test.skipIf(!hasDevFull)('a usage error with stderr on /dev/full: still exit 2, no crash', () => {
		const full = openSync('/dev/full', 'w');
		try {
			const child = spawnSync(process.execPath, [bin, '--jsn'], {encoding: 'utf8', env: environment(), stdio: ['ignore', 'pipe', full], timeout: 30_000});
			expect([child.status, child.stdout]).toEqual([2, '']);
		} finally {
			closeSync(full);
		}
	});
});

describe('what a user typed comes back escaped', () => {
	test.each([
		[['found\u009B'], String.raw`2 matches for "found\u009b", best first:`],
		[['zz\u001B[2J\u202E'], String.raw`typed-http-status: no status code matches "zz\u001b[2J\u202e"`],
		[['--\u009B31m'], String.raw`typed-http-status: unknown option "--\u009b31m"`],
	])('%j', (args, firstLine) => {
		const {stdout, stderr} = typedHttpStatus(args);
		expect((stdout || stderr).split('\n')[0]).toBe(firstLine);
		expect(stdout + stderr).not.toMatch(/(?!\n)[\p{Cc}\u202A-\u202E]/u); // a control character other than a line feed
	});

	test('--json escapes them too, and parses back to the query', () => {
		const {stdout} = typedHttpStatus(['zz\u009B\u2066', '--json']);
		expect(stdout).toContain(String.raw`"query": "zz\u009b\u2066"`);
		expect((JSON.parse(stdout) as {query: string}).query).toBe('zz\u009B\u2066');
	});
});

describe('packaging', () => {
	test('package.json points the bin at this file, which is executable and runs with node', () => {
		expect(packageJson.bin).toEqual({'typed-http-status': 'bin/typed-http-status.js'});
		expect(packageJson.files).toContain('bin');
		expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
		expect(statSync(bin).mode & 0o111).toBe(0o111);
	});

	test('without a build, the bin says what to do instead of crashing', () => {
		const copy = join(temporary, 'unbuilt');
		mkdirSync(join(copy, 'bin'), {recursive: true});
		copyFileSync(bin, join(copy, 'bin', 'typed-http-status.js'));
		writeFileSync(join(copy, 'package.json'), JSON.stringify({type: 'module', version: '0.0.0'}));
		const child = spawnSync(process.execPath, [join(copy, 'bin', 'typed-http-status.js'), '418'], {encoding: 'utf8', env: environment()});
		expect(child.status).toBe(1);
		expect(child.stdout).toBe('');
		expect(child.stderr).toBe('typed-http-status: dist/cli.js is missing; build the package first with `npm ci` or `npm run build`\n');
	});

	test('the CLI source type-checks with no ambient types, as the library does: no Node.js globals', () => {
		const config = join(temporary, 'tsconfig.cli.json');
		writeFileSync(
			config,
			JSON.stringify({
				extends: join(root, 'tsconfig.json'),
				compilerOptions: {types: [], noEmit: true},
				files: [join(root, 'src', 'cli', 'index.ts')],
				include: [],
			}),
		);
		const child = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript7', 'bin', 'tsc'), '-p', config], {encoding: 'utf8'});
		expect(child.stdout + child.stderr).toBe('');
		expect(child.status).toBe(0);
	});
});
