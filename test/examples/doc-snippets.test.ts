// Every TypeScript snippet a user reads must hold against the built package: each ```ts block of README.md and
// docs/*.md and each `@example` in src/ and packages/*/src/ is compiled with TypeScript 7 (the exit status and the whole output are
// asserted, so a missing or crashed compiler fails too), and each `//=>` result is checked, as type-fest's
// validate-jsdoc-codeblocks does: a value by running the snippet against dist/, a type by asking the compiler.
// The snippets go into a folder inside the repository, so `typed-http-status` resolves to this package through
// its own `exports` (`npm test` builds first).
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import ts from 'typescript';
import {afterAll, describe, expect, test} from 'vitest';
import {aliasTypes, claims, exampleSnippets, instrumented, markdownSnippets, normalType, sourceFiles, type Snippet} from '../helpers/doc-snippets.ts';
import {root} from '../consumers/pack.ts';

// The CLI's modules and the ESLint plugin's rule helpers document internal helpers for their maintainers; their
// examples run in the module's own scope, not from the package name, so they are not user snippets. The plugin's
// entry, packages/eslint-plugin-typed-http-status/src/index.ts, is what users import, and is checked.
// The library's own helpers (describe-value.ts, escape-text.ts, built-ins.ts) are not exported either.
const internalHelpers = new Set(['src/describe-value.ts', 'src/escape-text.ts', 'src/built-ins.ts']);
const internal = (path: string) =>
	path.startsWith('src/cli/') ||
	internalHelpers.has(path) ||
	(path.startsWith('packages/eslint-plugin-typed-http-status/src/') && path !== 'packages/eslint-plugin-typed-http-status/src/index.ts');
/** The sources whose `@example`s are checked: the core's and every package's. */
const documented = [
	...sourceFiles(root, 'src'),
	...readdirSync(join(root, 'packages'))
		.sort()
		.flatMap(name => sourceFiles(root, `packages/${name}/src`)),
].filter(path => !internal(path));
const snippets: Snippet[] = [
	...markdownSnippets(root, 'README.md'),
	...readdirSync(join(root, 'docs'))
		.filter(file => file.endsWith('.md'))
		.sort()
		.flatMap(file => markdownSnippets(root, `docs/${file}`)),
	...documented.flatMap(path => exampleSnippets(root, path)),
];
const folder = mkdtempSync(join(root, '.tmp-snippets-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

const fileOf = (snippet: Snippet) => join(folder, `${snippet.name.replaceAll(/[^\w]+/g, '-')}.ts`);
for (const snippet of snippets) {
	writeFileSync(fileOf(snippet), `${snippet.code}\nexport {};\n`);
}
const compilerOptions = {
	target: 'ES2022',
	lib: ['ES2022', 'DOM'],
	module: 'nodenext',
	types: ['node'],
	strict: true,
	exactOptionalPropertyTypes: true,
	noUncheckedIndexedAccess: true,
	noEmit: true,
};
writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({compilerOptions, include: ['*.ts']}));

test('there are snippets in the README, in the guides and in the JSDoc of every public module', () => {
	const sources = new Set(snippets.map(snippet => snippet.source));
	for (const source of ['README.md', 'docs/getting-started.md', 'docs/narrowing.md', 'docs/validating-input.md', 'docs/migrating.md']) {
		expect(sources).toContain(source);
	}
	// Every @example tag of src/ gave a snippet: none is skipped for want of a ```ts fence. (A ```js example is a
	// configuration file, `eslint.config.js` or `jest.config.js`, which is not TypeScript to compile.)
	const tags = documented.reduce((count, path) => {
		const text = readFileSync(join(root, path), 'utf8');
		return count + (text.match(/@example/g)?.length ?? 0) - (text.match(/@example\n\s*\* ```js\n/g)?.length ?? 0);
	}, 0);
	expect(snippets.filter(snippet => snippet.source.endsWith('.ts')).length).toBe(tags);
	expect(tags).toBeGreaterThanOrEqual(25);
	expect(snippets.flatMap(snippet => claims(snippet.code)).length).toBeGreaterThanOrEqual(30);
});

test('every snippet type-checks with TypeScript 7: exit status 0 and no output at all', () => {
	const run = spawnSync(process.execPath, [join(root, 'node_modules/typescript7/bin/tsc'), '-p', folder], {encoding: 'utf8'});
	expect({status: run.status, signal: run.signal, output: `${run.stdout}${run.stderr}`, error: run.error?.message}).toEqual({
		status: 0,
		signal: null,
		output: '',
		error: undefined,
	});
}, 120_000);

describe('every //=> type holds', () => {
	const typed = snippets.filter(snippet => claims(snippet.code).some(claim => claim.kind === 'type'));
	const {options} = ts.convertCompilerOptionsFromJson(compilerOptions, folder);
	const types = aliasTypes(typed.map(fileOf), options);
	test.each(
		typed.flatMap(snippet =>
			claims(snippet.code)
				.filter(claim => claim.kind === 'type')
				.map(claim => [`${snippet.source}:${snippet.line + claim.line - 1}`, snippet, claim] as const),
		),
	)('%s', (_name, snippet, claim) => {
		expect(normalType(types.get(fileOf(snippet))?.get(claim.start) ?? '(no type)')).toBe(normalType(claim.expected));
	});
});

describe('every //=> value holds against dist/', () => {
	const valued = snippets.filter(snippet => claims(snippet.code).some(claim => claim.kind === 'value'));
	const modules = valued.map(snippet => {
		const file = fileOf(snippet).replace(/\.ts$/, '.mjs');
		writeFileSync(file, instrumented(snippet.code, claims(snippet.code)));
		return {name: snippet.source, first: snippet.line, file, claims: claims(snippet.code).map(({line, expected}) => ({line, expected}))};
	});
	writeFileSync(join(folder, 'expected.json'), JSON.stringify(modules));
	// One child process runs every snippet, as a user's program would, and compares each value with the claim.
	const runner = join(folder, 'run.mjs');
	writeFileSync(runner, RUNNER);
	const run = spawnSync(process.execPath, [runner, join(folder, 'expected.json')], {encoding: 'utf8', cwd: folder});
	const results = run.status === 0 ? (JSON.parse(run.stdout) as Array<{name: string; line: number; expected: string; actual: string; pass: boolean}>) : [];

	test('the runner ran every snippet', () => {
		expect({status: run.status, stderr: run.stderr}).toEqual({status: 0, stderr: ''});
		const expected = valued.flatMap(snippet => claims(snippet.code).filter(claim => claim.kind === 'value'));
		expect(results.length).toBe(expected.length);
	});

	test.each(results.map(result => [`${result.name}:${result.line}`, result] as const))('%s', (_name, result) => {
		expect(result.actual).toBe(result.pass ? result.actual : `${result.expected} (as the docs say)`);
	});
});

// Runs in a child process: imports each instrumented snippet, then compares every recorded value with its claim:
// `throws Name: message` for an error, otherwise a JavaScript literal compared with util.isDeepStrictEqual.
const RUNNER = `
import {readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {inspect, isDeepStrictEqual} from 'node:util';
const modules = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = [];
for (const {name, first, file, claims} of modules) {
	const recorded = new Map();
	globalThis.__record = async (index, run) => {
		try {
			recorded.set(index, {value: await run()});
		} catch (error) {
			recorded.set(index, {error});
		}
	};
	await import(pathToFileURL(file).href);
	for (const [index, outcome] of recorded) {
		const {expected: claim} = claims[index];
		const line = first + claims[index].line - 1;
		if (claim.startsWith('throws ')) {
			const actual = 'error' in outcome ? 'throws ' + outcome.error.name + ': ' + outcome.error.message : 'returns ' + inspect(outcome.value);
			results.push({name, line, expected: claim, actual, pass: actual === claim});
		} else {
			const actual = 'error' in outcome ? 'throws ' + outcome.error.name + ': ' + outcome.error.message : inspect(outcome.value, {depth: 5});
			const pass = !('error' in outcome) && isDeepStrictEqual(outcome.value, new Function('return (' + claim + ');')());
			results.push({name, line, expected: claim, actual, pass});
		}
	}
}
process.stdout.write(JSON.stringify(results));
`;
