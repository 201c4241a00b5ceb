// @ts-check
// Makes `typed-http-status` resolvable by name, exactly as a consumer's tools resolve it: a temporary folder holds
// `node_modules/typed-http-status`, a symbolic link to the repository root, so esbuild, Node and tsc read the
// root package.json and follow its `exports` map to whatever `npm run build` emitted into dist/. No copy, no
// install: the benchmarks always measure the current build.
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

/** The repository root (the folder of the package.json named `typed-http-status`). */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** bench/node_modules, where `npm --prefix bench ci` installs the peers. */
export const benchModules = fileURLToPath(new URL('../node_modules/', import.meta.url));

/**
 * Create a temporary folder whose `node_modules` links `typed-http-status` to the repository root and each of
 * `peers` to its folder in bench/node_modules.
 *
 * @param {readonly string[]} [peers] package names installed in bench/node_modules (scoped names allowed).
 * @returns {{dir: string, modules: string, remove: () => void}} the folder, its node_modules, and a cleanup.
 */
export function linkPackage(peers = []) {
	const dir = mkdtempSync(join(tmpdir(), 'typed-http-status-bench-'));
	const modules = join(dir, 'node_modules');
	mkdirSync(modules);
	symlinkSync(root, join(modules, 'typed-http-status'), 'dir');
	for (const peer of peers) {
		const target = join(modules, peer);
		mkdirSync(join(target, '..'), {recursive: true});
		symlinkSync(join(benchModules, peer), target, 'dir');
	}
	return {dir, modules, remove: () => rmSync(dir, {recursive: true, force: true})};
}

/**
 * Import typed-http-status as a consumer's ES module would: by name, from a module in the linked folder.
 *
 * @param {{dir: string}} link the folder made by linkPackage.
 * @returns {Promise<typeof import('../../src/index.ts')>} the package's module namespace (the build of these sources).
 */
export async function importPackage(link) {
	const file = join(link.dir, 'load.mjs');
	writeFileSync(file, "export * from 'typed-http-status';\n");
	/** @type {typeof import('../../src/index.ts')} */
	const namespace = await import(pathToFileURL(file).href);
	return namespace;
}
