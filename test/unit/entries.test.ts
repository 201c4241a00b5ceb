// The lists of entries (scripts/entries.mjs): every package's generated files match its entries.json, a new entry
// reaches every generated file, and no package.json in the repository holds a key twice (scripts/duplicate-keys.mjs).
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {duplicateKeys} from '../../scripts/duplicate-keys.mjs';
import {builtFiles, differences, generated, manifestFields, packageFolders, readEntries, root, write} from '../../scripts/entries.mjs';

describe('each package against its entries.json', () => {
	test.each(packageFolders())('%s: package.json, the node10 stubs, jsr.json and typedoc.json are what the list generates', folder => {
		expect(differences(readEntries(folder))).toEqual([]);
	});

	test("the core's list names its four entries and the command line", () => {
		const {entries, bin} = readEntries(root);
		expect(entries.map(({subpath, source}) => [subpath, source])).toEqual([
			['.', 'src/index.ts'],
			['./registry', 'src/registry.ts'],
			['./response', 'src/response/index.ts'],
			['./openapi', 'src/openapi/index.ts'],
		]);
		expect(bin).toEqual([{name: 'cli', source: 'src/cli/index.ts'}]);
	});
});

describe('a made-up entry added to a copy of the core', () => {
	const copy = mkdtempSync(join(tmpdir(), 'typed-http-status-entries-'));
	afterAll(() => rmSync(copy, {recursive: true, force: true}));

	test('appears in exports, files, the stubs, jsr.json, typedoc.json and the files the build must write; removing it removes its stub', () => {
		const stubs = readEntries(root)
			.entries.filter(entry => entry.subpath !== '.')
			.map(entry => entry.subpath.slice(2));
		for (const file of ['package.json', 'entries.json', 'jsr.json', 'typedoc.json', ...stubs, 'src']) {
			cpSync(join(root, file), join(copy, file), {recursive: true});
		}
		mkdirSync(join(copy, 'src', 'made-up'));
		writeFileSync(join(copy, 'src', 'made-up', 'index.ts'), 'export const madeUp = 1;\n');
		const list = JSON.parse(readFileSync(join(copy, 'entries.json'), 'utf8')) as {entries: Record<string, unknown>};
		list.entries['./made-up'] = 'src/made-up/index.ts';
		writeFileSync(join(copy, 'entries.json'), JSON.stringify(list));

		const entries = readEntries(copy);
		expect(differences(entries)).toEqual([
			expect.stringMatching(/package\.json does not match/),
			expect.stringMatching(/made-up\/package\.json does not match/),
			expect.stringMatching(/jsr\.json does not match/),
			expect.stringMatching(/typedoc\.json does not match/),
		]);
		write(entries);
		expect(differences(entries)).toEqual([]);
		const manifest = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
		expect(manifest['exports']?.['./made-up']).toEqual({
			import: {types: './dist/made-up.d.ts', default: './dist/made-up.js'},
			require: {types: './dist/made-up.d.cts', default: './dist/made-up.cjs'},
		});
		expect(Object.keys(manifest['exports'] ?? {})).toEqual(['.', ...stubs.map(stub => `./${stub}`), './made-up', './package.json']);
		expect(manifest['files']).toEqual(['dist', 'bin', ...stubs, 'made-up']);
		expect(JSON.parse(readFileSync(join(copy, 'made-up', 'package.json'), 'utf8'))).toEqual({
			private: true,
			main: '../dist/made-up.cjs',
			module: '../dist/made-up.js',
			types: '../dist/made-up.d.cts',
		});
		expect(JSON.parse(readFileSync(join(copy, 'jsr.json'), 'utf8')).exports['./made-up']).toBe('./src/made-up/index.ts');
		expect(JSON.parse(readFileSync(join(copy, 'typedoc.json'), 'utf8')).entryPoints).toContain('src/made-up/index.ts');
		expect(builtFiles(entries)).toEqual(expect.arrayContaining(['made-up.js', 'made-up.cjs', 'made-up.d.ts', 'made-up.d.cts']));

		// The other direction: a stub no entry asks for is reported, and removed by a write.
		writeFileSync(join(copy, 'entries.json'), JSON.stringify({...list, entries: {...list.entries, './made-up': undefined}}));
		const without = readEntries(copy);
		expect(differences(without)).toEqual(expect.arrayContaining([expect.stringMatching(/made-up\/ is a node10 stub for an entry .* does not list/)]));
		write(without);
		expect(existsSync(join(copy, 'made-up'))).toBe(false);
		expect(differences(without)).toEqual([]);
	});

	test('a setup entry is listed in sideEffects by its built files; without one the package has none', () => {
		const folder = {folder: copy, bin: []};
		expect(manifestFields({...folder, entries: [{subpath: '.', source: 'src/index.ts', name: 'index', sideEffects: false}]}).sideEffects).toBe(false);
		expect(
			manifestFields({
				...folder,
				entries: [
					{subpath: '.', source: 'src/index.ts', name: 'index', sideEffects: false},
					{subpath: './setup', source: 'src/setup.ts', name: 'setup', sideEffects: true},
				],
			}).sideEffects,
		).toEqual(['./dist/setup.js', './dist/setup.cjs']);
	});

	test.each([
		[{entries: {'./registry': 'src/registry.ts'}}, /at least the main entry/],
		[{entries: {'.': 'src/index.ts', registry: 'src/registry.ts'}}, /"registry" is not "\." or "\.\/<lower-case-name>"/],
		[{entries: {'.': 'src/missing.ts'}}, /names "src\/missing\.ts", which is not a file/],
		[{entries: {'.': {source: 'src/index.ts', sideEffects: 'yes'}}}, /"sideEffects" that is not true or false/],
		[{entries: {'.': 'src/index.ts'}, bin: {cli: 'src/nowhere.ts'}}, /command-line entry cli names "src\/nowhere\.ts"/],
	])('a list that is not one is refused with the reason: %j', (list, reason) => {
		writeFileSync(join(copy, 'entries.json'), JSON.stringify(list));
		expect(() => readEntries(copy)).toThrow(reason);
	});

	test('generated() names the same files write() writes', () => {
		writeFileSync(join(copy, 'entries.json'), JSON.stringify({entries: {'.': 'src/index.ts'}}));
		expect([...generated(readEntries(copy)).files.keys()]).toEqual(['package.json', 'jsr.json', 'typedoc.json']);
	});
});

describe('duplicate keys', () => {
	test('are found at every depth, by the decoded key, in the order of the second appearance', () => {
		const text = '{"a": 1, "peerDependencies": {"x": "1"}, "b": [{"k": 1, "k": 2}], "peerDependencies": {}, "exports": {"./r": 1, "./\\u0072": 2}}';
		expect(duplicateKeys(text)).toEqual(['$.b[0].k', '$.peerDependencies', '$.exports["./r"]']);
	});

	test('are not found where every key is once per object, though the same key recurs in other objects', () => {
		expect(duplicateKeys('{"a": {"a": {"a": "}\\"{"}}, "b": [1, "a", {"a": null}], "c": true}')).toEqual([]);
	});

	test('a text that is not JSON is a SyntaxError', () => {
		expect(() => duplicateKeys('{"a": 1,}')).toThrow(SyntaxError);
	});

	test('no package.json in the repository has one', () => {
		const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*package.json'], {cwd: root, encoding: 'utf8'})
			.trim()
			.split('\n')
			.filter(file => existsSync(join(root, file)));
		expect(files).toEqual(expect.arrayContaining(['package.json', 'packages/typed-http-status-matchers/package.json']));
		expect(files.flatMap(file => duplicateKeys(readFileSync(join(root, file), 'utf8')).map(path => `${file}: ${path}`))).toEqual([]);
	});
});
