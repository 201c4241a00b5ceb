// Each packed tarball (the core and every package under packages/), linted the way a registry user would meet it:
// what it holds, derived from the package's entries.json (scripts/entries.mjs); its package.json, the published
// manifest (scripts/published-manifest.mjs), packed from a staged copy that leaves the working tree as it was
// (scripts/stage.mjs); publint (package.json fields against
// the packed files); Are the Types Wrong (types and runtime resolve alike under node10, node16 ESM and CJS, and
// bundler resolution); and the core's weight and dependencies against their budget. Every test reads the tarball of
// the current build; `npm test` builds first.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {publint} from 'publint';
import {formatMessage} from 'publint/utils';
import {describe, expect, test} from 'vitest';
import {builtFiles, packageFolders, readEntries} from '../../scripts/entries.mjs';
import {DEVELOPMENT_FIELDS, PUBLISHED_FIELDS, publishedManifestText} from '../../scripts/published-manifest.mjs';
import {packPackage, withStagedPackage} from '../../scripts/stage.mjs';
import {packedTarball, root} from '../consumers/pack.ts';

/**
 * The core's budget: the packed tarball's bytes, and no dependency of any kind: 95 KB for the main entry, /registry,
 * /response, /openapi and the CLI (94.3 KB measured). The /registry declarations name the constants through
 * StatusName, a union of string literals written out (src/generated/status-names.ts): as `keyof typeof constants`
 * it made them carry a second copy of every constant with its JSDoc, and the tarball was 95.9 KB. The budget was
 * 90 KB until the sets' members were written out as unions beside their tuples (SetMembers): 0.5 KB of declarations
 * that spare each consumer's compiler about 60 type instantiations on the first use of a builder or a set guard. It
 * was 91 KB until the class types were read from the code table (src/class-codes.ts), which the main entry's and
 * /registry's declarations now carry as well as /response's: 0.5 KB that spare each consumer 15 instantiations and a
 * fresh checker (a language server's, after every edit) the work of turning each class's codes back into numbers. It
 * was 92 KB until each class guard read a copy of StatusIn with its class written in (src/class-guards.ts): six
 * aliases, 2.5 KB in the ESM and CommonJS declarations together (91.9 KB before), that with StatusIn's answers asked
 * inline spare a consumer's checker 62 of the 425 instantiations the 300-handler program of `npm run bench` cost
 * over bare numbers, which takes TypeScript 7's four checkers within the budget of +1,500.
 */
const CORE_TARBALL_BYTES = 95 * 1024;

const packages = packageFolders().map(folder => {
	const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {name: string; bin?: Record<string, string>};
	return {label: relative(root, folder) || '. (the core)', folder, name: manifest.name, bin: Object.values(manifest.bin ?? {}), list: readEntries(folder)};
});

describe.each(packages)('the packed tarball of $label', ({folder, name, bin, list}) => {
	const tarball = packedTarball(folder);

	test('holds exactly what users need: the build of every entry, the bin, the node10 stubs, the readme and the licence', () => {
		const listing = execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'}).trim().split('\n').sort();
		const expected = [
			'package.json',
			'README.md',
			'LICENSE',
			...builtFiles(list).map(file => `dist/${file}`),
			...bin.map(file => file.replace(/^\.\//, '')),
			...list.entries.filter(entry => entry.subpath !== '.').map(entry => `${entry.name}/package.json`),
		];
		expect(listing).toEqual(expected.map(file => `package/${file}`).sort());
	}, 30_000);

	test('holds the published manifest: the published fields of package.json, with their values, in its order, and no other', () => {
		const text = readFileSync(join(folder, 'package.json'), 'utf8');
		const source = JSON.parse(text) as Record<string, unknown>;
		const packed = execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {encoding: 'utf8'});
		const manifest = JSON.parse(packed) as Record<string, unknown>;
		expect(Object.keys(manifest)).toEqual(Object.keys(source).filter(field => (PUBLISHED_FIELDS as readonly string[]).includes(field)));
		expect(manifest).toEqual(Object.fromEntries(Object.keys(manifest).map(field => [field, source[field]])));
		expect(Object.keys(manifest).filter(field => (DEVELOPMENT_FIELDS as readonly string[]).includes(field))).toEqual([]);
		expect(packed).toBe(publishedManifestText(text));
	}, 30_000);

	test('packing leaves package.json as it was, after a pack and after a pack that fails halfway, and leaves no staged copy', () => {
		const before = readFileSync(join(folder, 'package.json'));
		const destination = mkdtempSync(join(tmpdir(), 'typed-http-status-pack-test-'));
		try {
			expect(existsSync(packPackage(folder, destination))).toBe(true);
			expect(readFileSync(join(folder, 'package.json'))).toEqual(before);
			let staged = '';
			expect(() =>
				withStagedPackage(folder, copy => {
					staged = copy;
					throw new Error('the pack failed');
				}),
			).toThrow('the pack failed');
			expect(staged).not.toBe('');
			expect(existsSync(staged)).toBe(false);
			expect(readFileSync(join(folder, 'package.json'))).toEqual(before);
		} finally {
			rmSync(destination, {recursive: true, force: true});
		}
	}, 30_000);

	test('`npm pack` of the development package.json is refused, and says what to run instead', () => {
		const before = readFileSync(join(folder, 'package.json'));
		const run = spawnSync('npm', ['pack', '--dry-run'], {cwd: folder, encoding: 'utf8'});
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('npm run release:pack');
		expect(readFileSync(join(folder, 'package.json'))).toEqual(before);
	}, 30_000);

	test('publint finds nothing, not even a suggestion', async () => {
		const bytes = readFileSync(tarball);
		const {messages, pkg} = await publint({
			pack: {tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)},
			level: 'suggestion',
			strict: true,
		});
		expect(pkg).toMatchObject({name}); // it did read this tarball
		expect(messages.map(message => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
	}, 60_000);

	test('Are the Types Wrong finds no problem under any resolution (strict profile), and each entry resolves to its own file', () => {
		const attw = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
		let output: string;
		try {
			output = execFileSync(process.execPath, [attw, tarball, '--format', 'json', '--profile', 'strict'], {encoding: 'utf8'});
		} catch (error) {
			output = String((error as {stdout?: unknown}).stdout);
		}
		const report = JSON.parse(output) as {
			analysis: {problems: unknown[]; entrypoints: Record<string, {resolutions: Record<string, {resolution?: {fileName: string}}>}>};
		};
		expect(report.analysis.problems).toEqual([]);
		expect(Object.keys(report.analysis.entrypoints).sort()).toEqual([...list.entries.map(entry => entry.subpath), './package.json'].sort());
		const resolved = (entry: string) =>
			Object.fromEntries(Object.entries(report.analysis.entrypoints[entry]?.resolutions ?? {}).map(([mode, {resolution}]) => [mode, resolution?.fileName]));
		for (const entry of list.entries) {
			const file = `/node_modules/${name}/dist/${entry.name}`;
			expect(resolved(entry.subpath), entry.subpath).toEqual({
				node10: `${file}.d.cts`,
				'node16-cjs': `${file}.d.cts`,
				'node16-esm': `${file}.d.ts`,
				bundler: `${file}.d.ts`,
			});
		}
	}, 120_000);
});

describe("the core's budget", () => {
	test(`the tarball is at most ${CORE_TARBALL_BYTES / 1024} KB, and the manifest declares no dependency, peer or optional one`, () => {
		const tarball = packedTarball();
		expect(readFileSync(tarball).byteLength).toBeLessThanOrEqual(CORE_TARBALL_BYTES);
		const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {encoding: 'utf8'})) as Record<string, unknown>;
		for (const field of ['dependencies', 'peerDependencies', 'peerDependenciesMeta', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
			expect(manifest[field], field).toBeUndefined();
		}
	}, 30_000);
});
