import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {EXIT_WRITE_ERROR, run, runInProcess, type CliIo, type OutputStream} from '../../src/cli/index.ts';
import {painter, wantsColour} from '../../src/cli/colour.ts';
import {editDistance} from '../../src/cli/edit-distance.ts';
import {HELP_TEXT, USAGE} from '../../src/cli/help-text.ts';
import {CLASSES} from '../../src/cli/classes.ts';
import {STATUS_CLASS_GUARDS} from '../../src/registry.ts';
import type {JsonDocument} from '../../src/cli/render-json.ts';
import {statusLines} from '../../src/cli/render-text.ts';
import {expectedJson} from '../helpers/cli-json.ts';
import {normalize, searchStatuses} from '../../src/cli/search-statuses.ts';
import {MAX_SUGGESTIONS, suggestStatuses} from '../../src/cli/suggest-statuses.ts';
import * as library from '../../src/index.ts';
import * as registryEntry from '../../src/registry.ts';
import type {StatusClass} from '../../src/index.ts';
import {STATUS_CLASS_TITLES, STATUS_REGISTRY} from '../../src/registry.ts';

// The command line, run in-process with fake writers; test/package/cli-bin.test.ts runs the real bin.

interface Result {
	code: number;
	stdout: string;
	stderr: string;
	/** How many times each writer was called. */
	writes: {stdout: number; stderr: number};
}

function cli(args: string[], {tty = false, env = {}}: {tty?: boolean; env?: CliIo['env']} = {}): Result {
	const result: Result = {code: -1, stdout: '', stderr: '', writes: {stdout: 0, stderr: 0}};
	const writer = (name: 'stdout' | 'stderr') => ({
		isTTY: tty,
		write(text: string) {
			result[name] += text;
			result.writes[name]++;
			return true;
		},
	});
	result.code = run(args, {stdout: writer('stdout'), stderr: writer('stderr'), env, version: '1.2.3'});
	return result;
}

function json(args: string[]): JsonDocument {
	const result = cli([...args, '--json']);
	expect(result.writes.stdout).toBe(1);
	return JSON.parse(result.stdout) as JsonDocument;
}

const ESCAPE = '\u001B[';
const classes: StatusClass[] = ['1xx', '2xx', '3xx', '4xx', '5xx'];

test('CLASSES are the five classes in order', () => {
	expect(CLASSES).toEqual(classes);
});
const codeLines = (text: string) => text.split('\n').filter(line => /^ {2}\d{3} {2}/.test(line));

describe('one code', () => {
	test('418 gives phrase, class, standing, reference, constant and meaning', () => {
		const {code, stdout, stderr} = cli(['418']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toBe(
			[
				"418 I'm a teapot",
				'  class      4xx Client Error',
				'  standing   unused: registered as "(Unused)" in the IANA registry',
				'  reference  RFC 9110 §15.5.19',
				'  import     HTTP_418_IM_A_TEAPOT',
				'  guard      isClientError',
				"  meaning    From the April Fools' RFC 2324 (§2.3.2): a teapot refuses to brew coffee; reserved, not for real use.",
				'',
			].join('\n'),
		);
	});

	test.each(STATUS_REGISTRY.map(info => [info.code, info] as const))('%i shows everything the registry has', (status, info) => {
		const {code, stdout} = cli([String(status)]);
		expect(code).toBe(0);
		expect(stdout.startsWith(`${status} ${info.phrase}\n`)).toBe(true);
		expect(stdout).toContain(`  class      ${info.class} ${STATUS_CLASS_TITLES[info.class]}\n`);
		expect(stdout).toContain(`  standing   ${info.standing}: `);
		expect(stdout).toContain(`  reference  ${info.reference ?? 'none: not in the IANA registry'}\n`);
		expect(stdout).toContain(`  import     ${info.constant}\n`);
		for (const alias of info.deprecated) {
			expect(stdout).toContain(`             ${alias} (deprecated alias)\n`);
		}
		expect(stdout).toContain(`  guard      ${STATUS_CLASS_GUARDS[info.class]}\n`);
		expect(stdout).toContain(`  meaning    ${info.meaning}\n`);
		expect(stdout.includes('  note ')).toBe(info.note !== undefined);
		if (info.note !== undefined) {
			expect(stdout).toContain(`  note       ${info.note}\n`);
		}
	});

	test.each([
		[599, '5xx Server Error', 'isServerError'],
		[299, '2xx Successful', 'isSuccess'],
		[199, '1xx Informational', 'isInformational'],
		[399, '3xx Redirection', 'isRedirect'],
		[499, '4xx Client Error', 'isClientError'],
	])('%i is valid but unnamed: says so, with its class', (status, title, guard) => {
		const {code, stdout, stderr} = cli([String(status)]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toBe(
			`${status} is a valid status code (100 to 599), but not a named one: it has no registered phrase and no constant to import.\n` +
				`  class      ${title}\n  guard      ${guard}\n`,
		);
	});

	test.each(['600', '999', '099', '000'])('%s is not a status code: exit 1, message on stderr', query => {
		const {code, stdout, stderr} = cli([query]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe(`typed-http-status: ${query} is not an HTTP status code: status codes are 100 to 599\n`);
	});
});

describe('one class', () => {
	test.each(classes)('%s lists every named code of the class, aligned', family => {
		const {code, stdout} = cli([family]);
		expect(code).toBe(0);
		const members = STATUS_REGISTRY.filter(info => info.class === family);
		expect(stdout.split('\n')[0]).toBe(`${family} ${STATUS_CLASS_TITLES[family]}: ${members.length} named codes`);
		const lines = codeLines(stdout);
		expect(lines.map(line => Number(line.slice(2, 5)))).toEqual(members.map(info => info.code));
		const columns = new Set(lines.map((line, index) => line.indexOf(members[index]!.constant)));
		expect(columns.size).toBe(1);
		expect([...columns][0]).toBe(2 + 3 + 2 + Math.max(...members.map(info => info.phrase.length)) + 2);
	});

	test('a class is case-insensitive and marks codes whose standing is not standard', () => {
		const {stdout} = cli(['4XX']);
		const width = 'Request Header Fields Too Large'.length;
		expect(stdout).toContain(`  418  ${"I'm a teapot".padEnd(width)}  HTTP_418_IM_A_TEAPOT  (unused)\n`);
		expect(stdout).toContain(`  404  ${'Not Found'.padEnd(width)}  HTTP_404_NOT_FOUND\n`);
	});

	test.each(['4xxx', 'x4xx', '44xx'])('%s is no class but a search', query => {
		expect(cli([query]).stderr).toMatch(new RegExp(`^typed-http-status: no status code matches "${query}"\n`));
	});

	test.each(['6xx', '0xx', '9XX'])('%s is not a class: exit 1', query => {
		const {code, stdout, stderr} = cli([query]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe(`typed-http-status: ${query} is not a status class: the classes are 1xx to 5xx\n`);
	});
});

describe('no query', () => {
	test('lists every named code, grouped by class', () => {
		const {code, stdout, stderr} = cli([]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(codeLines(stdout).map(line => Number(line.slice(2, 5)))).toEqual(STATUS_REGISTRY.map(info => info.code));
		const headings = stdout.split('\n').filter(line => /^\dxx /.test(line));
		expect(headings.map(line => line.slice(0, 3))).toEqual(classes);
		expect(stdout.split('\n\n')).toHaveLength(5);
	});

	test('`--` alone is no query too', () => {
		expect(cli(['--'])).toEqual(cli([]));
	});
});

describe('search', () => {
	test.each(['teapot', 'TEAPOT', 'tea', "i'm a teapot", 'IM_A_TEAPOT', 'HTTP_418_IM_A_TEAPOT'])('%s finds 418 alone and shows it in full', query => {
		const {code, stdout} = cli([query]);
		expect(code).toBe(0);
		expect(stdout).toBe(cli(['418']).stdout);
	});

	test.each([['not found'], ['Not Found'], ['NOT_FOUND'], ['HTTP_404_NOT_FOUND'], ['http-404-not-found'], ['not', 'found']])('%s finds 404', (...args) => {
		const {code, stdout} = cli(args);
		expect(code).toBe(0);
		expect(stdout).toBe(cli(['404']).stdout);
	});

	test('several matches are listed best first: exact, prefix, word, substring', () => {
		expect(cli(['found']).stdout).toBe('2 matches for "found", best first:\n  302  Found      HTTP_302_FOUND\n  404  Not Found  HTTP_404_NOT_FOUND\n');
		expect(searchStatuses('found').map(match => [match.status.code, match.rank, match.field])).toEqual([
			[302, 'exact', 'phrase'],
			[404, 'word', 'phrase'],
		]);
		expect(searchStatuses('pro').map(match => [match.status.code, match.rank])).toEqual([
			[102, 'prefix'],
			[407, 'prefix'],
			[101, 'word'],
			[305, 'word'],
			[422, 'substring'],
		]);
	});

	test.each(['re', 'un', 'in', 'not', 'e', '4', 'http'])('matches for %s are sorted by rank, then code', query => {
		const order = ['exact', 'prefix', 'word', 'substring'];
		const matches = searchStatuses(query);
		expect(matches.length).toBeGreaterThan(1);
		const keys = matches.map(match => order.indexOf(match.rank) * 1000 + match.status.code);
		expect(keys).toEqual([...keys].sort((a, b) => a - b));
	});

	test('each match says which name matched: code, phrase, constant or deprecated alias', () => {
		expect(searchStatuses('418').map(match => [match.status.code, match.rank, match.field, match.name])).toEqual([[418, 'exact', 'code', '418']]);
		expect(searchStatuses('RESERVED').map(match => [match.status.code, match.rank, match.field, match.name])).toEqual([
			[306, 'exact', 'constant', 'HTTP_306_RESERVED'],
		]);
		expect(searchStatuses('request entity').map(match => [match.status.code, match.rank, match.field])).toEqual([[413, 'prefix', 'deprecated']]);
		expect(searchStatuses('unprocessable').map(match => [match.status.code, match.rank, match.field])).toEqual([[422, 'prefix', 'phrase']]);
	});

	test('statusLines puts the standing and a tag in brackets', () => {
		expect(statusLines([{status: registryEntry.statusInfo(418), tag: 'a tag'}, {status: registryEntry.statusInfo(200)}], painter(false))).toBe(
			"  418  I'm a teapot  HTTP_418_IM_A_TEAPOT  (unused; a tag)\n  200  OK            HTTP_200_OK\n",
		);
	});

	test('one or two digits search the codes', () => {
		expect(codeLines(cli(['41']).stdout).map(line => line.slice(2, 5))).toEqual(['410', '411', '412', '413', '414', '415', '416', '417', '418']);
		expect(
			searchStatuses('5')
				.map(match => match.status.code)
				.slice(0, 3),
		).toEqual([500, 501, 502]);
	});

	test('a deprecated alias finds its code and says that it is deprecated', () => {
		const {code, stdout} = cli(['HTTP_422_UNPROCESSABLE_ENTITY']);
		expect(code).toBe(0);
		expect(stdout).toBe(`${cli(['422']).stdout}  search     matched deprecated alias HTTP_422_UNPROCESSABLE_ENTITY\n`);
		expect(stdout).toContain('  import     HTTP_422_UNPROCESSABLE_CONTENT\n             HTTP_422_UNPROCESSABLE_ENTITY (deprecated alias)\n');
		expect(cli(['entity']).stdout).toBe(
			'2 matches for "entity", best first:\n' +
				'  413  Content Too Large      HTTP_413_CONTENT_TOO_LARGE  (matched deprecated alias HTTP_413_REQUEST_ENTITY_TOO_LARGE)\n' +
				'  422  Unprocessable Content  HTTP_422_UNPROCESSABLE_CONTENT  (matched deprecated alias HTTP_422_UNPROCESSABLE_ENTITY)\n',
		);
	});

	test('every constant and every alias finds its own code first, exactly', () => {
		for (const info of STATUS_REGISTRY) {
			for (const name of [info.constant, ...info.deprecated]) {
				const [first] = searchStatuses(name);
				expect([first?.status.code, first?.rank, first?.name]).toEqual([info.code, 'exact', name]);
			}
		}
	});

	test('normalize ignores case, apostrophes and punctuation', () => {
		expect(normalize("  I'm a Teapot ")).toBe('im a teapot');
		expect(normalize('I\u2019m_a-teapot')).toBe('im a teapot');
		expect(normalize('Non-Authoritative Information')).toBe('non authoritative information');
		expect(normalize('(Unused)')).toBe('unused');
	});
});

describe('no match', () => {
	test.each([
		['4O4', [404, 414, 424]],
		['4o4', [404, 414, 424]],
		['5l1', [511, 501]],
		['5OO', [500]],
		['lnog', [414]],
		['4044', [404]],
		['teapt', [418]],
		['teapto', [418]],
		['not fuond', [404]],
		['unprocesable entity', [422]],
		['internal server eror', [500]],
	])('%s: exit 1, suggestions on stderr', (query, codes) => {
		const {code, stdout, stderr} = cli([query]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		const [message, didYouMean, ...lines] = stderr.trimEnd().split('\n');
		expect(message).toBe(`typed-http-status: no status code matches "${query}"`);
		expect(didYouMean).toBe('did you mean:');
		expect(lines.map(line => Number(line.slice(2, 5)))).toEqual(codes);
		expect(suggestStatuses(query).map(info => info.code)).toEqual(codes);
	});

	test.each(['zzzzzzzz', '!!!', 'x'.repeat(10_000)])('%s: exit 1, no suggestions', query => {
		const {code, stdout, stderr} = cli([query]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^typed-http-status: no status code matches "[^\n]*\n$/);
		expect(stderr.length).toBeLessThan(200);
	});

	test('letters for digits are free only in a query with digits', () => {
		expect(suggestStatuses('ioo')).toEqual([]);
		expect(suggestStatuses('1oo').map(info => info.code)).toEqual([100]);
	});

	test(`at most ${MAX_SUGGESTIONS} suggestions, closest first`, () => {
		expect(suggestStatuses('a0a').length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
		expect(suggestStatuses('40').map(info => info.code)).toHaveLength(MAX_SUGGESTIONS);
		expect(suggestStatuses('')).toEqual([]);
	});
});

describe('--json', () => {
	test('one code: everything the registry has, for every named code', () => {
		for (const info of STATUS_REGISTRY) {
			expect(json([String(info.code)])).toEqual({kind: 'status', status: expectedJson(info)});
		}
	});

	test('an unnamed code: named false, its class, null for the rest', () => {
		expect(json(['599'])).toEqual({
			kind: 'status',
			status: {
				code: 599,
				named: false,
				phrase: null,
				class: '5xx',
				classTitle: 'Server Error',
				standing: null,
				reference: null,
				constant: null,
				deprecated: [],
				meaning: null,
				note: null,
				guard: 'isServerError',
			},
		});
	});

	test('a class and everything', () => {
		expect(json(['4xx'])).toEqual({
			kind: 'class',
			class: '4xx',
			title: 'Client Error',
			statuses: STATUS_REGISTRY.filter(info => info.class === '4xx').map(expectedJson),
		});
		expect(json([])).toEqual({
			kind: 'all',
			classes: classes.map(family => ({
				class: family,
				title: STATUS_CLASS_TITLES[family],
				statuses: STATUS_REGISTRY.filter(info => info.class === family).map(expectedJson),
			})),
		});
	});

	test('a search, with how each status matched', () => {
		expect(json(['found'])).toEqual({
			kind: 'search',
			query: 'found',
			matches: [
				{...expectedJson(registryEntry.statusInfo(302)), match: {rank: 'exact', field: 'phrase', name: 'Found'}},
				{...expectedJson(registryEntry.statusInfo(404)), match: {rank: 'word', field: 'phrase', name: 'Not Found'}},
			],
		});
		const [only] = (json(['HTTP_413_REQUEST_ENTITY_TOO_LARGE']) as Extract<JsonDocument, {kind: 'search'}>).matches;
		expect(only?.match).toEqual({rank: 'exact', field: 'deprecated', name: 'HTTP_413_REQUEST_ENTITY_TOO_LARGE'});
		expect((json(['418']) as Extract<JsonDocument, {kind: 'status'}>).status.code).toBe(418);
	});

	test('no match: an error document on stdout, the message on stderr, exit 1', () => {
		const {code, stdout, stderr} = cli(['teapt', '--json']);
		expect(code).toBe(1);
		expect(JSON.parse(stdout)).toEqual({
			kind: 'error',
			query: 'teapt',
			message: 'no status code matches "teapt"',
			suggestions: [expectedJson(registryEntry.statusInfo(418))],
		});
		expect(stderr).toBe(cli(['teapt']).stderr);
		expect(json(['600'])).toEqual({kind: 'error', query: '600', message: '600 is not an HTTP status code: status codes are 100 to 599', suggestions: []});
	});

	test('--json may come anywhere, and twice', () => {
		expect(cli(['--json', 'not', '--json', 'found'])).toEqual(cli(['not found', '--json']));
	});
});

describe('colour', () => {
	test('by class on a terminal', () => {
		const {stdout} = cli(['418'], {tty: true});
		expect(stdout.startsWith(`${ESCAPE}33m418${ESCAPE}39m I'm a teapot\n`)).toBe(true);
		expect(stdout).toContain(`  class      ${ESCAPE}33m4xx${ESCAPE}39m Client Error\n`);
		const all = cli([], {tty: true}).stdout;
		for (const [family, colour] of [
			['1xx', 34],
			['2xx', 32],
			['3xx', 36],
			['4xx', 33],
			['5xx', 31],
		] as const) {
			expect(all).toContain(`${ESCAPE}${colour}m${family}${ESCAPE}39m ${STATUS_CLASS_TITLES[family]}`);
		}
	});

	test('coloured output has the same alignment once the escapes are taken out', () => {
		for (const args of [[], ['4xx'], ['found'], ['599'], ['413']]) {
			const escapes = new RegExp(String.raw`\u001B\[\d+m`, 'g');
			expect(cli(args, {tty: true}).stdout.replaceAll(escapes, '')).toBe(cli(args).stdout);
		}
	});

	test.each([
		['not a terminal', false, {}],
		['NO_COLOR=1', true, {NO_COLOR: '1'}],
		['NO_COLOR=0', true, {NO_COLOR: '0'}],
		['--json on a terminal', true, {}],
	])('none when %s', (label, tty, env) => {
		const args = label.startsWith('--json') ? ['4xx', '--json'] : ['4xx'];
		expect(cli(args, {tty, env}).stdout).not.toContain(ESCAPE);
	});

	test('an empty NO_COLOR does not turn colour off (no-color.org)', () => {
		expect(cli(['4xx'], {tty: true, env: {NO_COLOR: ''}}).stdout).toContain(ESCAPE);
	});

	test('errors and suggestions on stderr are never coloured', () => {
		expect(cli(['teapt'], {tty: true}).stderr).not.toContain(ESCAPE);
	});

	// The order of docs/cli.md: FORCE_COLOR (0/false off, 1/2/3/true on), then NO_COLOR, then TERM=dumb, then the terminal.
	test.each<[Record<string, string>, boolean, boolean]>([
		[{}, true, true],
		[{}, false, false],
		[{TERM: 'xterm-256color'}, true, true],
		[{TERM: 'dumb'}, true, false],
		[{NO_COLOR: '1'}, true, false],
		[{FORCE_COLOR: '0'}, true, false],
		[{FORCE_COLOR: 'false'}, true, false],
		[{FORCE_COLOR: '1'}, false, true],
		[{FORCE_COLOR: '2'}, false, true],
		[{FORCE_COLOR: '3'}, false, true],
		[{FORCE_COLOR: 'true'}, false, true],
		[{FORCE_COLOR: '1', NO_COLOR: '1'}, false, true],
		[{FORCE_COLOR: '1', TERM: 'dumb'}, false, true],
		[{FORCE_COLOR: '0', NO_COLOR: ''}, true, false],
		[{FORCE_COLOR: ''}, true, true],
		[{FORCE_COLOR: ''}, false, false],
		[{FORCE_COLOR: '4'}, false, false],
		[{FORCE_COLOR: 'yes'}, true, true],
		[{NO_COLOR: '', TERM: 'dumb'}, true, false],
	])('wantsColour with %j, terminal %s: %s', (env, isTTY, expected) => {
		expect(wantsColour({isTTY}, env)).toBe(expected);
		expect(cli(['4xx'], {tty: isTTY, env}).stdout.includes(ESCAPE)).toBe(expected);
	});

	test('wantsColour and painter', () => {
		expect(wantsColour({isTTY: true}, {})).toBe(true);
		expect(wantsColour({}, {})).toBe(false);
		expect(wantsColour({isTTY: undefined}, {NO_COLOR: undefined})).toBe(false);
		expect(painter(false)('5xx', '500')).toBe('500');
		expect(painter(true)('5xx', '500')).toBe(`${ESCAPE}31m500${ESCAPE}39m`);
	});
});

describe('options', () => {
	test.each([['--help'], ['-h'], ['--help', '--json'], ['418', '--help'], ['--version', '--help']])('%s prints the help', (...args) => {
		expect(cli(args)).toEqual({code: 0, stdout: HELP_TEXT, stderr: '', writes: {stdout: 1, stderr: 0}});
	});

	test('the help names every form, every option and the exit statuses', () => {
		for (const text of [
			'418',
			'599',
			'4xx',
			'teapot',
			'NOT_FOUND',
			'HTTP_404_NOT_FOUND',
			'--json',
			'--help',
			'--version',
			'NO_COLOR',
			'FORCE_COLOR',
			'TERM=dumb',
			'0 answered',
			'1 unknown',
			'2 bad usage',
			'74 standard output could not be written',
		]) {
			expect(HELP_TEXT).toContain(text);
		}
		expect(HELP_TEXT.startsWith(USAGE)).toBe(true);
		expect(USAGE).toBe('Usage: typed-http-status [--json] [code | class | search words]\n       typed-http-status --help | --version\n');
	});

	test.each([['--version'], ['--version', '--json'], ['--version', '418']])('%s prints the version', (...args) => {
		expect(cli(args)).toEqual({code: 0, stdout: '1.2.3\n', stderr: '', writes: {stdout: 1, stderr: 0}});
	});

	test.each([
		[['--jsn'], 'unknown option "--jsn" (did you mean --json?)'],
		[['--hepl'], 'unknown option "--hepl" (did you mean --help?)'],
		[['--verison', '418'], 'unknown option "--verison" (did you mean --version?)'],
		[['--json=true'], 'unknown option "--json=true"'],
		[['-j'], 'unknown option "-j"'],
		[['-404'], 'unknown option "-404"'],
		[['--jsonnnn'], 'unknown option "--jsonnnn"'],
		[['--jsonnn'], 'unknown option "--jsonnn" (did you mean --json?)'],
		[['-json'], 'unknown option "-json" (did you mean --json?)'],
		[['418', '--help', '-x'], 'unknown option "-x"'],
		[['--\u001B[2J'], String.raw`unknown option "--\u001b[2J"`],
		[['--found\u009B31m'], String.raw`unknown option "--found\u009b31m"`],
		[['-\u202Enosj'], String.raw`unknown option "-\u202enosj"`],
		[[''], 'the query is empty'],
		[['  ', ' '], 'the query is empty'],
	])('%j: usage on stderr, exit 2', (args, message) => {
		expect(cli(args)).toEqual({
			code: 2,
			stdout: '',
			stderr: `typed-http-status: ${message}\n${USAGE}Run typed-http-status --help for more.\n`,
			writes: {stdout: 0, stderr: 1},
		});
	});

	test('a very long option is refused at once, and cut short in the message', () => {
		const {code, stderr} = cli([`--${'x'.repeat(1_000_000)}`]);
		expect(code).toBe(2);
		expect(stderr.split('\n')[0]).toBe(`typed-http-status: unknown option "--${'x'.repeat(38)}"… (a string of 1000002 characters)`);
	});

	test('after `--`, words that start with a dash are the query', () => {
		expect(cli(['--', '-404'])).toEqual(cli(['404']));
		expect(cli(['--', '--', '418']).stdout).toBe(cli(['418']).stdout);
		const {code, stdout, stderr} = cli(['--', '--json']);
		expect([code, stdout]).toEqual([1, '']);
		expect(stderr).toBe('typed-http-status: no status code matches "--json"\n');
	});

	test('words are trimmed and joined with single spaces', () => {
		expect(cli(['  418 '])).toEqual(cli(['418']));
		expect(cli(['not', '', 'found']).stdout).toBe(cli(['404']).stdout);
	});

	test('every answer is written in one call to each writer, and nothing empty is written', () => {
		for (const args of [[], ['418'], ['4xx'], ['found'], ['teapt'], ['teapt', '--json'], ['--jsn'], ['--help']]) {
			const {stdout, stderr, writes} = cli(args);
			expect(writes).toEqual({stdout: stdout === '' ? 0 : 1, stderr: stderr === '' ? 0 : 1});
		}
	});
});

describe('what a user typed is echoed with its control characters escaped', () => {
	const hostile = 'found\u009B2J\u001B]0;x\u0007\u202E\u2066\u2028\u007F';
	const escaped = String.raw`found\u009b2J\u001b]0;x\u0007\u202e\u2066\u2028\u007f`;

	test('a search echoes the query escaped', () => {
		const {stdout} = cli(['found', '\u009B']);
		expect(stdout.split('\n')[0]).toBe(String.raw`2 matches for "found \u009b", best first:`);
	});

	test('a query with no match: escaped on stderr, and in --json, which still parses to the query', () => {
		const text = cli([`zz${hostile}`]);
		expect(text.stderr.split('\n')[0]).toBe(`typed-http-status: no status code matches "zz${escaped}"`);
		const json = cli([`zz${hostile}`, '--json']);
		for (const output of [text.stderr, json.stdout, json.stderr]) {
			expect(output).not.toMatch(/(?!\n)[\p{Cc}\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/u);
		}
		const document = JSON.parse(json.stdout) as {query: string; message: string};
		expect(document.query).toBe(`zz${hostile}`);
		expect(document.message).toBe(`no status code matches "zz${escaped}"`);
	});
});

describe('runInProcess: a process whose output fails', () => {
	interface FakeStream extends OutputStream {
		text: string;
		listeners: Array<[event: string, listener: (error: unknown) => void]>;
		emit(error: unknown): void;
	}
	const failure = (code: string) => Object.assign(new Error(`${code}: it failed, write`), {code});
	function stream(failWith?: unknown, isTTY = false): FakeStream {
		const fake: FakeStream = {
			text: '',
			listeners: [],
			isTTY,
			write(text: string) {
				if (failWith !== undefined) {
					throw failWith;
				}
				fake.text += text;
				return true;
			},
			on(event, listener) {
				fake.listeners.push([event, listener]);
				return fake;
			},
			emit(error: unknown) {
				for (const [event, listener] of fake.listeners) {
					if (event === 'error') {
						listener(error);
					}
				}
			},
		};
		return fake;
	}
	function runWith(args: string[], stdout: FakeStream, stderr: FakeStream = stream()) {
		const codes: number[] = [];
		runInProcess(args, {stdout, stderr, env: {}, version: '1.2.3', setExitCode: code => codes.push(code)});
		return {codes, stderr};
	}

	test("when nothing fails, it writes what run writes and sets run's status", () => {
		const stdout = stream();
		const {codes, stderr} = runWith(['418'], stdout);
		expect([codes, stdout.text, stderr.text]).toEqual([[0], cli(['418']).stdout, '']);
		expect(runWith(['teapt'], stream()).codes).toEqual([1]);
		expect(runWith(['--jsn'], stream()).codes).toEqual([2]);
	});

	test("a reader that went away before the write (EPIPE at once): quiet, with the answer's status", () => {
		expect(runWith(['418'], stream(failure('EPIPE')))).toMatchObject({codes: [0], stderr: {text: ''}});
		expect(runWith(['zzzz', '--json'], stream(failure('EPIPE')))).toMatchObject({
			codes: [1],
			stderr: {text: expect.stringContaining('no status code matches')},
		});
	});

	test('a reader that goes away later (an EPIPE error event): quiet, the status unchanged', () => {
		const stdout = stream();
		const {codes, stderr} = runWith(['418'], stdout);
		stdout.emit(failure('EPIPE'));
		stdout.emit(failure('ENOSPC'));
		expect([codes, stderr.text]).toEqual([[0], '']);
	});

	test.each([
		['ENOSPC', failure('ENOSPC'), 'ENOSPC: it failed, write'],
		['an error without a code', new Error('broken\u001B[2J'), String.raw`broken\u001b[2J`],
		['a thrown string', 'broken', 'broken'],
	])('any other failed write (%s, at once): one line on stderr, exit status %#', (_label, error, message) => {
		const {codes, stderr} = runWith(['418'], stream(error));
		expect(codes).toEqual([EXIT_WRITE_ERROR]);
		expect(stderr.text).toBe(`typed-http-status: cannot write to standard output: ${message}\n`);
	});

	test('any other failed write reported later: one line on stderr, exit status 74, once', () => {
		const stdout = stream();
		const {codes, stderr} = runWith(['418'], stdout);
		stdout.emit(failure('EIO'));
		stdout.emit(failure('EIO'));
		expect(codes).toEqual([0, EXIT_WRITE_ERROR]);
		expect(stderr.text).toBe('typed-http-status: cannot write to standard output: EIO: it failed, write\n');
	});

	test.each([
		['null', null, 'null'],
		['undefined', undefined, 'undefined'],
		['the string "EPIPE" (no code)', 'EPIPE', 'EPIPE'],
		['an object with no code', {message: 'x'}, '[object Object]'],
	])('an error event of %s: one line on stderr, exit status 74', (_label, error, message) => {
		const stdout = stream();
		const {codes, stderr} = runWith(['418'], stdout);
		stdout.emit(error);
		expect(codes).toEqual([0, EXIT_WRITE_ERROR]);
		expect(stderr.text).toBe(`typed-http-status: cannot write to standard output: ${message}\n`);
	});

	test('a failing stderr is ignored: the status stays, and nothing throws', () => {
		expect(runWith(['--jsn'], stream(), stream(failure('ENOSPC'))).codes).toEqual([2]);
		expect(runWith(['418'], stream(failure('ENOSPC')), stream(failure('ENOSPC'))).codes).toEqual([EXIT_WRITE_ERROR]);
		const stderr = stream();
		runWith(['418'], stream(), stderr);
		expect(stderr.listeners.map(([event]) => event)).toEqual(['error']);
		expect(() => stderr.emit(failure('EPIPE'))).not.toThrow();
	});

	test("the terminal check is stdout's", () => {
		const stdout = stream(undefined, true);
		runInProcess(['418'], {stdout, stderr: stream(), env: {}, version: '1.2.3', setExitCode: () => undefined});
		expect(stdout.text).toContain(ESCAPE);
	});
});

describe('the command line and the library agree', () => {
	test('each class guard the CLI names is the library guard for that class', () => {
		for (const family of classes) {
			const guard = (library as unknown as Record<string, (code: number) => boolean>)[STATUS_CLASS_GUARDS[family]];
			expect(typeof guard).toBe('function');
			const first = Number(family[0]) * 100;
			expect([first, first + 99].map(code => guard!(code))).toEqual([true, true]);
			expect([first - 1, first + 100].map(code => guard!(code))).toEqual([false, false]);
		}
	});

	test('the CLI is not part of the library', () => {
		expect(Object.keys(library)).not.toContain('run');
	});
});

describe('editDistance', () => {
	test.each([
		['', '', 0],
		['', 'abc', 3],
		['abc', '', 3],
		['teapt', 'teapot', 1],
		['4o4', '404', 1],
		['ab', 'ba', 1],
		['not fuond', 'not found', 1],
		['kitten', 'sitting', 3],
		['ca', 'abc', 3],
	])('%j → %j is %i', (from, to, distance) => {
		expect(editDistance(from, to)).toBe(distance);
	});

	test('is a distance: zero only for equal strings, symmetric, between the length difference and the longer length', () => {
		fc.assert(
			fc.property(fc.string({maxLength: 12}), fc.string({maxLength: 12}), (a, b) => {
				const distance = editDistance(a, b);
				expect(distance === 0).toBe(a === b);
				expect(editDistance(b, a)).toBe(distance);
				expect(distance).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
				expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
			}),
		);
	});
});

describe('docs/cli.md', () => {
	const page = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
	const examples = [...page.matchAll(/^```console\n\$ typed-http-status(.*)\n([^]*?)^```$/gm)].map(
		([, command, output]) => [command!.trim(), output!] as const,
	);

	test('has an example of every form', () => {
		expect(examples.map(([command]) => command)).toEqual([
			'418',
			'422',
			'599',
			'1xx',
			'NOT_FOUND',
			'found',
			'entity',
			'4O4',
			'teapt',
			'--jsn',
			String.raw`$'zz\e[2J\u202e'`,
			'418 --json',
			'599 --json',
		]);
	});

	// A word in bash's $'…' quoting, with the two escapes the page uses: \e (ESC) and \uXXXX.
	const shellWord = (word: string) =>
		word.startsWith("$'") && word.endsWith("'")
			? word
					.slice(2, -1)
					.replaceAll(/\\e|\\u([\da-f]{4})/g, (_escape, hex?: string) => (hex === undefined ? '\u001B' : String.fromCharCode(Number.parseInt(hex, 16))))
			: word;

	test.each(examples)('`typed-http-status %s` prints what the page shows', (command, output) => {
		const {stdout, stderr} = cli(command.split(' ').map(word => shellWord(word)));
		expect(stderr + stdout).toBe(output);
	});

	test('documents every kind of JSON document and every field of a status object', () => {
		const {status} = json(['418']) as Extract<JsonDocument, {kind: 'status'}>;
		for (const field of Object.keys(status)) {
			expect(page).toContain(`| \`${field}\` |`);
		}
		for (const args of [['418'], ['4xx'], [], ['found'], ['teapt']]) {
			expect(page).toContain(`| \`"${json(args).kind}"\` |`);
		}
	});
});
