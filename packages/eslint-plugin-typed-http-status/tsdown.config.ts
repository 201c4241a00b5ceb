// The plugin's build (`npm run build` in this folder): one ESM and one CommonJS file with their declarations.
// `eslint` and `typed-http-status` are peers, so neither is bundled; eslint is only ever imported for its types.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'tsdown';
import {readEntries} from '../../scripts/entries.mjs';

const {version} = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {version: string};

export default defineConfig({
	// The entries come from entries.json (scripts/entries.mjs).
	entry: Object.fromEntries(readEntries(fileURLToPath(new URL('.', import.meta.url))).entries.map(({name, source}) => [name, source])),
	format: ['esm', 'cjs'],
	platform: 'node',
	fixedExtension: false,
	target: 'es2022',
	dts: true,
	sourcemap: false,
	hash: false,
	tsconfig: 'tsconfig.build.json',
	define: {TYPED_HTTP_STATUS_VERSION: JSON.stringify(version)},
});
