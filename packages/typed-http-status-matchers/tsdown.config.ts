// The matchers' build (`npm run build` in this folder): the entries `.`, `./vitest` and `./jest`, each built on its
// own, one ESM and one CommonJS file with declarations. The setup modules import the matchers through the package's
// own name (`typed-http-status-matchers`), kept external, so all three entries share one `StatusMatchers`. A module
// augmentation applies whichever file the compiler reads first only when the augmenting file imports the module it
// augments; the declaration emitter drops a bare `import 'vitest'`, so a banner puts it back. The test runners and
// typed-http-status are peers and stay external.
import type {Plugin} from 'rolldown';
import {defineConfig, type UserConfig} from 'tsdown';

const selfReference: Plugin = {
	name: 'typed-http-status-matchers:self-reference',
	resolveId(source, importer) {
		return source === './index.ts' && /[\\/]src[\\/](?:vitest|jest)(?:\.d)?\.ts$/.test(importer ?? '')
			? {id: 'typed-http-status-matchers', external: true}
			: null;
	},
};

const entries = {
	index: {file: 'src/index.ts', augments: undefined},
	vitest: {file: 'src/vitest.ts', augments: 'vitest'},
	jest: {file: 'src/jest.ts', augments: 'expect'},
};

export default defineConfig(
	Object.entries(entries).map(([name, {file, augments}]): UserConfig => ({
		entry: {[name]: file},
		format: ['esm', 'cjs'],
		platform: 'neutral',
		target: 'es2022',
		dts: true,
		sourcemap: false,
		hash: false,
		clean: false,
		tsconfig: 'tsconfig.build.json',
		...(augments === undefined ? {} : {banner: {dts: `import '${augments}';`}}),
		deps: {neverBundle: ['vitest', '@jest/globals', 'expect', 'typed-http-status', 'typed-http-status/registry', 'typed-http-status-matchers']},
		inputOptions: options => ({...options, plugins: [selfReference, options.plugins]}),
	})),
);
