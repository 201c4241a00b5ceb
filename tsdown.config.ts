// The build, run by `npm run build` (scripts/build.mjs, which builds into a temporary folder and swaps it in as
// dist/). Why tsdown, and what it emits: docs/build.md.
import type {Plugin} from 'rolldown';
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

// The command line (bin/typed-http-status.js imports dist/cli.js): ESM only, no declarations, not in `exports`.
const cli: UserConfig = {...shared, entry: {cli: 'src/cli.ts'}, format: 'esm', platform: 'node', dts: false, fixedExtension: false};

// The matchers' subpaths `typed-http-status/matchers`, `/vitest` and `/jest`, each built on its own. They reach the
// library only through its public entries, and the build keeps those imports as imports of the package itself
// (`typed-http-status`, `typed-http-status/registry`) instead of bundling a copy: the declarations then use the
// main entry's own `HttpStatus`, whose brand a copy could not share. The plugin goes in through `inputOptions`, first,
// so that it also runs in the build that writes the CommonJS declarations. The test runners stay external.
const selfReference: Plugin = {
	name: 'typed-http-status:self-reference',
	resolveId(source, importer) {
		const entry = {'../index.ts': 'typed-http-status', '../registry.ts': 'typed-http-status/registry'}[source];
		return entry !== undefined && importer !== undefined && /[\\/]src[\\/]matchers[\\/][^\\/]+$/.test(importer) ? {id: entry, external: true} : null;
	},
};
const matcherEntries = {matchers: 'src/matchers/index.ts', vitest: 'src/matchers/vitest.ts', jest: 'src/matchers/jest.ts'};
const matchers: UserConfig[] = Object.entries(matcherEntries).map(([name, file]) => ({
	...library,
	entry: {[name]: file},
	deps: {neverBundle: ['vitest', '@jest/globals', 'expect']},
	inputOptions: options => ({...options, plugins: [selfReference, options.plugins]}),
}));

export default defineConfig([library, registry, cli, ...matchers]);
