#!/usr/bin/env node
// @ts-check
// `npm run build`: type-check the library (tsconfig.build.json, TypeScript 7), bundle it with tsdown
// (tsdown.config.ts) into a fresh temporary folder, check that every file the package promises is there, and
// only then swap that folder in as dist/. Tests that read dist/ while a build runs see the old build or the new
// one, never an empty or half-written folder; a failed build leaves the old dist/ alone.
import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync} from 'node:fs';
import {join} from 'node:path';

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

const expected = [
	'index.js',
	'index.cjs',
	'index.d.ts',
	'index.d.cts',
	'registry.js',
	'registry.cjs',
	'registry.d.ts',
	'registry.d.cts',
	'cli.js',
	'response.js',
	'response.cjs',
	'response.d.ts',
	'response.d.cts',
	'openapi.js',
	'openapi.cjs',
	'openapi.d.ts',
	'openapi.d.cts',
];
const missing = expected.filter(file => !existsSync(join(fresh, file)));
if (missing.length > 0) {
	rmSync(fresh, {recursive: true, force: true});
	console.error(`build: tsdown did not write ${missing.join(', ')}; dist/ is unchanged`);
	process.exit(1);
}

chmodSync(fresh, 0o755); // mkdtemp makes it private
const old = `${fresh}-old`;
if (existsSync('dist')) {
	renameSync('dist', old);
}
renameSync(fresh, 'dist');
rmSync(old, {recursive: true, force: true});
console.log(`build: dist/ has ${expected.join(', ')}`);
