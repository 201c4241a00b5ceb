// The build, run by `npm run build` (scripts/build.mjs, which builds into a temporary folder and swaps it in as
// dist/). Why tsdown, and what it emits: docs/build.md.
import {dirname, join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from 'rolldown';
import {defineConfig, type UserConfig} from 'tsdown';
import {readEntries, type BinEntry, type Entry} from './scripts/entries.mjs';
import {literalTables} from './scripts/literal-tables.mjs';

const outDir = process.env['TYPED_HTTP_STATUS_OUT_DIR'] ?? 'dist';

// Both builds share one output folder, so neither may clean it: scripts/build.mjs starts from an empty one.
const shared = {
	outDir,
	clean: false,
	target: 'es2022',
	sourcemap: false,
	hash: false,
	tsconfig: 'tsconfig.build.json',
	// The JavaScript keeps the annotations a bundler reads (`/* @__PURE__ */`) and drops the JSDoc, which the
	// declaration files carry for editors: a third of the tarball's bytes were second copies of it.
	outputOptions: options => ({...options, comments: {legal: true, annotation: true, jsdoc: false}}),
} satisfies UserConfig;

// Each entry of the library: one ESM and one CommonJS file, each with one bundled declaration file (index.d.ts,
// index.d.cts) that imports nothing, so a consumer's compiler loads exactly one file of ours per entry.
const library = {...shared, format: ['esm', 'cjs'], platform: 'neutral', dts: true} satisfies UserConfig;

// The entries come from entries.json (scripts/entries.mjs). Each is built on its own, so that no two share a chunk:
// each entry stays one JavaScript file and one declaration file.
const {entries, bin} = readEntries(fileURLToPath(new URL('.', import.meta.url)));

// The CommonJS build loads the generated tables written out (scripts/literal-tables.mjs) instead of building them from
// the phrases at load: `require()` runs the whole file, which no bundler shakes. The declarations (`cjsDts`) come from
// the committed modules, as the ES module's do. Every CommonJS entry shares one plugin, so the registry is read and the
// tables rendered once a build, not once an entry.
let literalTablesPlugin: Plugin | undefined;

/** The plugin that loads the written-out tables, rendered once, when the first CommonJS entry is built. */
function literalTablesLoader(): Plugin {
	if (literalTablesPlugin === undefined) {
		const here = fileURLToPath(new URL('.', import.meta.url));
		const tables = new Map(Object.entries(literalTables(here)).map(([path, text]) => [join(here, path), text]));
		literalTablesPlugin = {name: 'typed-http-status:literal-tables', load: id => tables.get(id) ?? null};
	}
	return literalTablesPlugin;
}

const commonJsTables: UserConfig['inputOptions'] = (options, format, {cjsDts}) =>
	format === 'cjs' && !cjsDts ? {...options, plugins: [literalTablesLoader(), options.plugins]} : options;

// The main entry, or a subpath that is a file beside it (`typed-http-status/registry` from src/registry.ts). A subpath's
// declarations carry their own copy of the few types it uses (StatusCode, StatusName, StatusClass: unions of
// literals, so the copies are interchangeable).
const fileEntry = (entry: Entry): UserConfig => ({...library, entry: {[entry.name]: entry.source}, inputOptions: commonJsTables});

// The entries that a subpath folder may import, by the relative path it imports them with (`../index.ts`,
// `../registry.ts`, and another subpath folder's `../response/index.ts`): every public entry.
const publicEntries = entries;
const publicSpecifiers = Object.fromEntries(
	publicEntries.map(entry => [`../${relative('src', entry.source).split(sep).join('/')}`, `typed-http-status${entry.subpath.slice(1)}`]),
);

/**
 * A subpath folder under src/ reaches the library only through its public entries (`../index.ts`, `../registry.ts`);
 * this plugin keeps those imports as imports of the package's own entries, external, instead of bundling a copy of the library into the subpath.
 */
function publicEntryImports(folder: string): Plugin {
	const importerIn = new RegExp(String.raw`[\\/]src[\\/]${folder}[\\/]([^\\/]+?)(?:\.d)?\.ts$`);
	return {
		name: `typed-http-status:${folder}-public-entries`,
		resolveId(source, importer) {
			const file = importerIn.exec(importer ?? '')?.[1];
			const entry = file === undefined ? undefined : publicSpecifiers[source];
			return entry === undefined ? null : {id: entry, external: true};
		},
	};
}

// A folder under src/ that is built on its own file (a subpath such as src/response/, or the command line in src/cli/)
// keeps its imports of the library as imports of the public entries' own files beside it (`./index.js`, `./index.cjs`
// and their declarations), not of the package's name: the same module and types as the main entry, no second copy
// of the library, and no self-reference that a runtime loading modules without a bundler (workerd) would resolve
// against the importing module's name.
function publicEntriesBeside(source: string): UserConfig {
	const imports = publicEntryImports(dirname(source).slice('src/'.length));
	return {
		inputOptions: options => ({...options, plugins: [imports, options.plugins]}),
		outputOptions: (options, format) => ({
			...options,
			comments: {legal: true, annotation: true, jsdoc: false},
			paths: Object.fromEntries(
				publicEntries.map(({subpath, name}) => [`typed-http-status${subpath.slice(1)}`, `./${name}.${format === 'cjs' ? 'cjs' : 'js'}`]),
			),
		}),
	};
}

// A subpath that is a folder (`typed-http-status/response` from src/response/index.ts), built on its own, so that
// dist/response.js is one file. It is checked with the web platform's types and no Node.js ones (tsconfig.response.json).
const folderEntry = (entry: Entry): UserConfig => ({
	...library,
	entry: {[entry.name]: entry.source},
	tsconfig: 'tsconfig.response.json',
	...publicEntriesBeside(entry.source),
});

// The command line (bin/typed-http-status.js imports dist/cli.js, built from src/cli/index.ts): ESM only, no declarations, not in `exports`.
const commandLine = ({name, source}: BinEntry): UserConfig => ({
	...shared,
	entry: {[name]: source},
	format: 'esm',
	platform: 'node',
	dts: false,
	fixedExtension: false,
	...publicEntriesBeside(source),
});

export default defineConfig([
	...entries.map(entry => (entry.subpath !== '.' && entry.source.endsWith('/index.ts') ? folderEntry(entry) : fileEntry(entry))),
	...bin.map(commandLine),
]);
