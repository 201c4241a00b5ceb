// The build, run by `npm run build` (scripts/build.mjs, which builds into a temporary folder and swaps it in as
// dist/). Why tsdown, and what it emits: docs/build.md.
import type {Plugin} from 'rolldown';
import {readFileSync} from 'node:fs';
import {defineConfig, type UserConfig} from 'tsdown';

const outDir = process.env['TYPED_HTTP_STATUS_OUT_DIR'] ?? 'dist';

// Both builds share one output folder, so neither may clean it: scripts/build.mjs starts from an empty one.
const shared = {outDir, clean: false, target: 'es2022', sourcemap: false, hash: false, tsconfig: 'tsconfig.build.json'} satisfies UserConfig;

// The library: one ESM and one CommonJS file, each with one bundled declaration file (index.d.ts, index.d.cts)
// that imports nothing, so a consumer's compiler loads exactly one file of ours.
const library: UserConfig = {...shared, entry: {index: 'src/index.ts'}, format: ['esm', 'cjs'], platform: 'neutral', dts: true};

// The subpath `typed-http-status/registry`, built on its own rather than beside the main entry so that the two never
// share a chunk: each entry stays one JavaScript file and one declaration file. Its declarations carry their own copy
// of the few types it uses (StatusCode, StatusName, StatusClass: unions of literals, so the copies are interchangeable).
const registry: UserConfig = {...library, entry: {registry: 'src/registry.ts'}};

// The ESLint plugin `typed-http-status/eslint-plugin`, built on its own like the registry so that it shares no chunk
// with the main entry; `eslint` is only ever imported for its types, so nothing of it is bundled or loaded. Its
// `meta.version` is the package's.
const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
const eslintPlugin: UserConfig = {
	...library,
	entry: {'eslint-plugin': 'src/eslint-plugin/index.ts'},
	define: {TYPED_HTTP_STATUS_VERSION: JSON.stringify(version)},
};

// The command line (bin/typed-http-status.js imports dist/cli.js, built from src/cli/index.ts): ESM only, no declarations, not in `exports`.
const cli: UserConfig = {...shared, entry: {cli: 'src/cli/index.ts'}, format: 'esm', platform: 'node', dts: false, fixedExtension: false};

/**
 * A subpath folder under src/ reaches the library only through its public entries (`../index.ts`, `../registry.ts`,
 * and whatever `local` adds for a module of the folder); this plugin keeps those imports as imports of the package's
 * own entries, external, instead of bundling a copy of the library into the subpath.
 */
function publicEntryImports(folder: string, local: (file: string) => Record<string, string> = () => ({})): Plugin {
	const importerIn = new RegExp(String.raw`[\\/]src[\\/]${folder}[\\/]([^\\/]+?)(?:\.d)?\.ts$`);
	return {
		name: `typed-http-status:${folder}-public-entries`,
		resolveId(source, importer) {
			const file = importerIn.exec(importer ?? '')?.[1];
			const entry =
				file === undefined ? undefined : {'../index.ts': 'typed-http-status', '../registry.ts': 'typed-http-status/registry', ...local(file)}[source];
			return entry === undefined ? null : {id: entry, external: true};
		},
	};
}

// The matchers' subpaths `typed-http-status/matchers`, `/vitest` and `/jest`, each built on its own. They reach the
// library only through its public entries, and the build keeps those imports as imports of the package itself
// (`typed-http-status`, `typed-http-status/registry`) instead of bundling a copy: the declarations then use the
// main entry's own `HttpStatus`, whose brand a copy could not share. Likewise the vitest and jest setup modules
// import the matchers from `typed-http-status/matchers`, so all three share one `StatusMatchers`. The plugin goes
// in through `inputOptions`, first, so that it also runs in the build that writes the CommonJS declarations (tsdown
// leaves `plugins` out of that one). The test runners stay external.
const selfReference = publicEntryImports('matchers', file => (file === 'vitest' || file === 'jest' ? {'./index.ts': 'typed-http-status/matchers'} : {}));
// A module augmentation applies whichever file the compiler reads first only when the augmenting file imports the
// module it augments (vitest's docs say so too); the declaration emitter drops a bare `import 'vitest'`, so a banner
// puts it back in the setup modules' declarations.
const matcherEntries = {
	matchers: {file: 'src/matchers/index.ts', augments: undefined},
	vitest: {file: 'src/matchers/vitest.ts', augments: 'vitest'},
	jest: {file: 'src/matchers/jest.ts', augments: 'expect'},
};
const matchers: UserConfig[] = Object.entries(matcherEntries).map(([name, {file, augments}]) => ({
	...library,
	entry: {[name]: file},
	...(augments === undefined ? {} : {banner: {dts: `import '${augments}';`}}),
	deps: {neverBundle: ['vitest', '@jest/globals', 'expect']},
	inputOptions: options => ({...options, plugins: [selfReference, options.plugins]}),
}));

// The subpath `typed-http-status/response`, built on its own as the matchers are, so that dist/response.js is one file.
// Its imports of the library stay imports, of the main entry's own file beside it (`./index.js`, `./index.cjs` and
// their declarations), not of the package's name: the same module and types as the main entry, and no self-reference
// that a runtime loading modules without a bundler (workerd) would resolve against the importing module's name. It
// is checked with the web platform's types and no Node.js ones (tsconfig.response.json).
const responseSelfReference = publicEntryImports('response');
const response: UserConfig = {
	...library,
	entry: {response: 'src/response/index.ts'},
	tsconfig: 'tsconfig.response.json',
	inputOptions: options => ({...options, plugins: [responseSelfReference, options.plugins]}),
	outputOptions: (options, format) => ({
		...options,
		paths: {
			'typed-http-status': format === 'cjs' ? './index.cjs' : './index.js',
			'typed-http-status/registry': format === 'cjs' ? './registry.cjs' : './registry.js',
			// only typed-http-status/openapi, built with these options too, imports the response subpath
			'typed-http-status/response': format === 'cjs' ? './response.cjs' : './response.js',
		},
	}),
};

// The subpath `typed-http-status/openapi`, built like the response subpath (with its options, paths included): one
// file, whose imports of the main entry and of typed-http-status/response stay imports of the files beside it.
const openapiSelfReference = publicEntryImports('openapi', () => ({'../response/index.ts': 'typed-http-status/response'}));
const openapi: UserConfig = {
	...response,
	entry: {openapi: 'src/openapi/index.ts'},
	inputOptions: options => ({...options, plugins: [openapiSelfReference, options.plugins]}),
};

export default defineConfig([library, registry, eslintPlugin, cli, ...matchers, response, openapi]);
