#!/usr/bin/env node
// @ts-check
// `npm run build`: check that every package's generated files match its entries.json (scripts/entries.mjs),
// type-check the library (tsconfig.build.json, TypeScript 7), bundle it with tsdown (tsdown.config.ts) into a fresh temporary folder, check that every file its entries.json promises is there, write each CommonJS file's exports as one object literal (scripts/cjs-exports.mjs), and
// only then swap that folder in as dist/. Tests that read dist/ while a build runs see the old build or the new
// one, never an empty or half-written folder; a failed build leaves the old dist/ alone.
import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {asciiSource, inlineCaptures, literalExports, pureCaptures} from './cjs-exports.mjs';
import {builtFiles, differences, packageFolders, readEntries, root} from './entries.mjs';
import {duplicateKeys} from './duplicate-keys.mjs';
import {unclassifiedFields} from './published-manifest.mjs';

// Every package's generated files (package.json's exports, files and sideEffects, the node10 stubs, jsr.json,
// typedoc.json) must match its entries.json, no package.json may hold a key twice, and each of its fields must be
// either published or kept for development (scripts/published-manifest.mjs), before anything is built.
const problems = packageFolders().flatMap(folder => {
	const file = join(folder, 'package.json');
	const text = readFileSync(file, 'utf8');
	return [
		...duplicateKeys(text).map(path => `${file}: the key ${path} appears twice`),
		...unclassifiedFields(JSON.parse(text)).map(field => `${file}: the field "${field}" is neither published nor development-only`),
		...differences(readEntries(folder)),
	];
});
if (problems.length > 0) {
	console.error(problems.map(problem => `build: ${problem}`).join('\n'));
	console.error(
		'build: run `npm run entries` to regenerate the files from the lists, remove the duplicate keys, and add a new field to one list of scripts/published-manifest.mjs',
	);
	process.exit(1);
}

const cache = join('node_modules', '.cache', 'typed-http-status-build');
mkdirSync(cache, {recursive: true});
const fresh = mkdtempSync(join(cache, 'dist-'));

/** @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function run(args, env = process.env) {
	const result = spawnSync(process.execPath, args, {stdio: 'inherit', env});
	if (result.status !== 0) {
		rmSync(fresh, {recursive: true, force: true});
		console.error(`build: \`node ${args.join(' ')}\` failed; dist/ is unchanged`);
		process.exit(1);
	}
}

run(['node_modules/typescript7/bin/tsc', '-p', 'tsconfig.build.json']);
run(['node_modules/typescript7/bin/tsc', '-p', 'tsconfig.response.json']);
run(['node_modules/tsdown/dist/run.mjs', '--logLevel', 'warn'], {...process.env, TYPED_HTTP_STATUS_OUT_DIR: fresh});

const expected = builtFiles(readEntries(root));
const missing = expected.filter(file => !existsSync(join(fresh, file)));
if (missing.length > 0) {
	rmSync(fresh, {recursive: true, force: true});
	console.error(`build: tsdown did not write ${missing.join(', ')}; dist/ is unchanged`);
	process.exit(1);
}

// Each CommonJS entry exports one object literal rather than tsdown's statement per export, reads its built-ins
// without the calls that let a bundler drop them, and is written in ASCII (scripts/cjs-exports.mjs): what `require()`
// compiles and runs on every load.
// Each ES module captures its built-ins in pure calls of arrows rather than of `capture` (pureCaptures, same file):
// what a bundler keeps of them is the built-ins alone.
for (const file of expected.filter(name => name.endsWith('.cjs') || name.endsWith('.js'))) {
	const path = join(fresh, file);
	try {
		const text = readFileSync(path, 'utf8');
		writeFileSync(path, file.endsWith('.js') ? pureCaptures(text) : asciiSource(inlineCaptures(literalExports(text, file))));
	} catch (error) {
		rmSync(fresh, {recursive: true, force: true});
		console.error(`build: ${error instanceof Error ? error.message : String(error)}; dist/ is unchanged`);
		process.exit(1);
	}
}

chmodSync(fresh, 0o755); // mkdtemp makes it private
const old = `${fresh}-old`;
if (existsSync('dist')) {
	renameSync('dist', old);
}
renameSync(fresh, 'dist');
rmSync(old, {recursive: true, force: true});
console.log(`build: dist/ has ${expected.join(', ')}`);
