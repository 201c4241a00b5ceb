// The matchers' build (`npm run build` in this folder): the entries `.`, `./vitest` and `./jest`, each built on its
// own, one ESM and one CommonJS file with declarations. The setup modules import the matchers through the package's
// own name (`typed-http-status-matchers`), kept external, so all three entries share one `StatusMatchers`. A module
// augmentation applies whichever file the compiler reads first only when the augmenting file imports the module it
// augments; the declaration emitter drops a bare `import 'vitest'`, so a banner puts it back. The test runners and
// typed-http-status are peers and stay external.
import {fileURLToPath} from 'node:url';
import type {Plugin} from 'rolldown';
import {defineConfig, type UserConfig} from 'tsdown';
import {readEntries} from '../../scripts/entries.mjs';

const selfReference: Plugin = {
	name: 'typed-http-status-matchers:self-reference',
	resolveId(source, importer) {
		return source === './index.ts' && /[\\/]src[\\/](?:vitest|jest)(?:\.d)?\.ts$/.test(importer ?? '')
			? {id: 'typed-http-status-matchers', external: true}
			: null;
	},
};

// The entries come from entries.json (scripts/entries.mjs); a setup entry names the module its declarations augment.
const {entries} = readEntries(fileURLToPath(new URL('.', import.meta.url)));
const augmented: Record<string, string> = {vitest: 'vitest', jest: 'expect'};

export default defineConfig(
	entries.map(({name, source}): UserConfig => ({
		entry: {[name]: source},
		format: ['esm', 'cjs'],
		platform: 'neutral',
		target: 'es2022',
		dts: true,
		sourcemap: false,
		hash: false,
		clean: false,
		tsconfig: 'tsconfig.build.json',
		...(augmented[name] === undefined ? {} : {banner: {dts: `import '${augmented[name]}';`}}),
		deps: {neverBundle: ['vitest', '@jest/globals', 'expect', 'typed-http-status', 'typed-http-status/registry', 'typed-http-status-matchers']},
		inputOptions: options => ({...options, plugins: [selfReference, options.plugins]}),
	})),
);
