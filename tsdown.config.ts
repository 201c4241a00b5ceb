// The build, run by `npm run build` (scripts/build.mjs, which builds into a temporary folder and swaps it in as
// dist/). Why tsdown, and what it emits: docs/build.md.
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

// The command line (bin/typed-http-status.js imports dist/cli.js, built from src/cli/index.ts): ESM only, no declarations, not in `exports`.
const cli: UserConfig = {...shared, entry: {cli: 'src/cli/index.ts'}, format: 'esm', platform: 'node', dts: false, fixedExtension: false};

export default defineConfig([library, registry, cli]);
