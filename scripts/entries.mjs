#!/usr/bin/env node
// @ts-check
// Each package's one list of entries, its entries.json (the core's at the root, the others' in packages/<name>/):
// `{"entries": {"<subpath>": "<source>" | {"source": "<source>", "sideEffects": true}}, "bin": {"<name>": "<source>"}}`.
// Everything that names the entries is generated from it: package.json's `exports`, `files`, `sideEffects`, `main`,
// `module` and `types`; a `<subpath>/package.json` stub for node10 resolution per subpath; jsr.json's `exports` and
// its excluded command-line sources; typedoc.json's `entryPoints`. The tsdown configurations, scripts/build.mjs and
// the package tests read the list itself. `npm run build` fails when a generated file disagrees with its list, in
// either direction (an entry missing, or something there that no entry asks for, such as a stale stub folder).
// Usage: node scripts/entries.mjs           check every package, print what differs, exit 1 on a difference
//        node scripts/entries.mjs --write   write the generated files (`npm run entries`)
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * One entry of a package: its subpath (`.`, `./registry`), its source file, the name of its built files
 * (`index`, `registry`: dist/<name>.js, .cjs, .d.ts, .d.cts) and whether importing it has side effects.
 * @typedef {{subpath: string, source: string, name: string, sideEffects: boolean}} Entry
 */
/**
 * A command-line entry: built to dist/<name>.js only (ESM, no declarations, not in `exports`), run by bin/.
 * @typedef {{name: string, source: string}} BinEntry
 */
/** @typedef {{folder: string, entries: Entry[], bin: BinEntry[]}} PackageEntries */

/** The folders of every package: the core (the root), then packages/*, sorted. */
export function packageFolders() {
	const packages = join(root, 'packages');
	return [
		root,
		...readdirSync(packages)
			.filter(name => existsSync(join(packages, name, 'entries.json')))
			.sort()
			.map(name => join(packages, name)),
	];
}

/** @param {string} file */
const readJson = file => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Read and check the entries.json of the package in `folder`.
 * @param {string} folder
 * @returns {PackageEntries}
 */
export function readEntries(folder) {
	const file = join(folder, 'entries.json');
	const where = relative(root, file) || file;
	/** @type {{entries?: unknown, bin?: unknown}} */
	const list = readJson(file);
	if (typeof list.entries !== 'object' || list.entries === null || !('.' in list.entries)) {
		throw new Error(`${where}: expected "entries", an object with at least the main entry "."`);
	}
	const entries = Object.entries(list.entries).map(([subpath, value]) => {
		const {source, sideEffects = false} = /** @type {{source?: unknown, sideEffects?: unknown}} */ (
			typeof value === 'string' ? {source: value} : (value ?? {})
		);
		if (subpath !== '.' && !/^\.\/[a-z][a-z0-9-]*$/.test(subpath)) {
			throw new Error(`${where}: the subpath ${JSON.stringify(subpath)} is not "." or "./<lower-case-name>"`);
		}
		if (typeof source !== 'string' || !/^src\/[\w/-]+\.ts$/.test(source) || !existsSync(join(folder, source))) {
			throw new Error(`${where}: the entry ${subpath} names ${JSON.stringify(source)}, which is not a file src/….ts of the package`);
		}
		if (typeof sideEffects !== 'boolean') {
			throw new Error(`${where}: the entry ${subpath} has a "sideEffects" that is not true or false`);
		}
		return {subpath, source, name: subpath === '.' ? 'index' : subpath.slice(2), sideEffects};
	});
	const bin = Object.entries(/** @type {Record<string, unknown>} */ (list.bin ?? {})).map(([name, source]) => {
		if (typeof source !== 'string' || !existsSync(join(folder, source))) {
			throw new Error(`${where}: the command-line entry ${name} names ${JSON.stringify(source)}, which is not a file of the package`);
		}
		return {name, source};
	});
	return {folder, entries, bin};
}

/** The files the build writes for a package, under dist/. @param {PackageEntries} list */
export function builtFiles({entries, bin}) {
	return [...entries.flatMap(({name}) => ['js', 'cjs', 'd.ts', 'd.cts'].map(extension => `${name}.${extension}`)), ...bin.map(({name}) => `${name}.js`)];
}

/** @param {Entry} entry */
const conditions = ({name}) => ({
	import: {types: `./dist/${name}.d.ts`, default: `./dist/${name}.js`},
	require: {types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs`},
});

/** The fields of package.json that the list decides. @param {PackageEntries} list */
export function manifestFields({entries, bin}) {
	const stubs = entries.filter(entry => entry.subpath !== '.').map(entry => entry.name);
	const effects = entries.filter(entry => entry.sideEffects).flatMap(({name}) => [`./dist/${name}.js`, `./dist/${name}.cjs`]);
	return {
		sideEffects: effects.length === 0 ? false : effects,
		main: './dist/index.cjs',
		module: './dist/index.js',
		types: './dist/index.d.cts',
		exports: {...Object.fromEntries(entries.map(entry => [entry.subpath, conditions(entry)])), './package.json': './package.json'},
		files: ['dist', ...(bin.length > 0 ? ['bin'] : []), ...stubs],
	};
}

/** The node10 stub of a subpath: `<name>/package.json`, pointing at its built files. @param {Entry} entry */
export function stub({name}) {
	return {private: true, main: `../dist/${name}.cjs`, module: `../dist/${name}.js`, types: `../dist/${name}.d.cts`};
}

/**
 * The generated files of a package, path (relative to its folder) → text, and the stale stub folders to remove.
 * @param {PackageEntries} list
 * @returns {{files: Map<string, string>, stale: string[]}}
 */
export function generated(list) {
	const {folder, entries, bin} = list;
	/** @type {Map<string, string>} */
	const files = new Map();
	const manifest = readJson(join(folder, 'package.json'));
	// Replace the list's fields in place, so that every other field keeps its position; npm's layout, two spaces.
	files.set('package.json', `${JSON.stringify({...manifest, ...manifestFields(list)}, null, 2)}\n`);
	for (const entry of entries.filter(entry => entry.subpath !== '.')) {
		files.set(`${entry.name}/package.json`, `${JSON.stringify(stub(entry), null, 2)}\n`);
	}
	if (existsSync(join(folder, 'jsr.json'))) {
		const jsr = readJson(join(folder, 'jsr.json'));
		jsr.exports = Object.fromEntries(entries.map(({subpath, source}) => [subpath, `./${source}`]));
		jsr.publish = {...jsr.publish, exclude: bin.map(({source}) => `${dirname(source)}/`)};
		files.set('jsr.json', `${JSON.stringify(jsr, null, '\t')}\n`);
	}
	if (existsSync(join(folder, 'typedoc.json'))) {
		const typedoc = readJson(join(folder, 'typedoc.json'));
		typedoc.entryPoints = entries.map(({source}) => source);
		files.set('typedoc.json', `${JSON.stringify(typedoc, null, '\t')}\n`);
	}
	// A folder holding only a package.json that points into ../dist/ is a node10 stub; one no entry asks for is stale.
	const stale = readdirSync(folder, {withFileTypes: true})
		.filter(item => item.isDirectory() && !files.has(`${item.name}/package.json`))
		.map(item => item.name)
		.filter(name => {
			const inside = readdirSync(join(folder, name));
			return inside.length === 1 && inside[0] === 'package.json' && readFileSync(join(folder, name, 'package.json'), 'utf8').includes('"../dist/');
		});
	return {files, stale};
}

/**
 * What differs between a package's generated files and the files on disk, one line each.
 * @param {PackageEntries} list
 */
export function differences(list) {
	const {files, stale} = generated(list);
	const where = /** @param {string} file */ file => relative(root, join(list.folder, file));
	return [
		...[...files]
			.filter(([file, text]) => !existsSync(join(list.folder, file)) || readFileSync(join(list.folder, file), 'utf8') !== text)
			.map(([file]) => `${where(file)} does not match ${where('entries.json')}`),
		...stale.map(name => `${where(name)}/ is a node10 stub for an entry ${where('entries.json')} does not list`),
	];
}

/** Write a package's generated files and remove its stale stubs; the paths changed. @param {PackageEntries} list */
export function write(list) {
	const {files, stale} = generated(list);
	const changed = [];
	for (const [file, text] of files) {
		const path = join(list.folder, file);
		if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
			mkdirSync(dirname(path), {recursive: true});
			writeFileSync(path, text);
			changed.push(relative(root, path));
		}
	}
	for (const name of stale) {
		rmSync(join(list.folder, name), {recursive: true});
		changed.push(`${relative(root, join(list.folder, name))}/ (removed)`);
	}
	return changed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const lists = packageFolders().map(readEntries);
	if (process.argv.includes('--write')) {
		const changed = lists.flatMap(write);
		console.log(changed.length === 0 ? 'entries: every generated file is up to date' : `entries: wrote ${changed.join(', ')}`);
	} else {
		const problems = lists.flatMap(differences);
		for (const problem of problems) {
			console.error(`entries: ${problem}`);
		}
		if (problems.length > 0) {
			console.error('entries: run `npm run entries` to regenerate them from the lists');
			process.exit(1);
		}
	}
}
