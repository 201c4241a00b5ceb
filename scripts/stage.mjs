#!/usr/bin/env node
// @ts-check
// Packing and publishing from a staging folder. A package is never packed where it is edited: the files npm would
// pack from its folder are copied into a fresh temporary folder, with the published manifest
// (scripts/published-manifest.mjs) as its package.json, and npm packs or publishes that folder. The working tree is
// never rewritten, so nothing is left to restore when a pack fails or is interrupted; the registry receives the same
// manifest as the tarball holds; and the staged manifest has no scripts, so `--ignore-scripts` packs the same bytes.
// Build first: staging copies dist/ as it is.
// Usage: node scripts/stage.mjs pack [folder…]                 pack each package (the core by default) into the current folder
//        node scripts/stage.mjs publish [folder] [npm flags…]  `npm publish` the package (the core by default), e.g. --dry-run
//        node scripts/stage.mjs refuse                         fail with the above: the `prepack` of every package.json here
import {execFileSync, spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {publishedManifestText} from './published-manifest.mjs';

/** The repository root. */
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Copy what npm would pack from the package in `folder` into `into` (a new or empty folder), with the published
 * manifest in place of its package.json. npm itself lists the files (`npm pack --dry-run`), so its rules for
 * `files`, the readme, the licence and `bin` apply as they would in `folder`.
 * @param {string} folder the package's folder in the repository
 * @param {string} into the staging folder
 * @returns {string} `into`
 */
export function stagePackage(folder, into) {
	const output = execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], {cwd: folder, encoding: 'utf8'});
	const [{files}] = /** @type {[{files: Array<{path: string}>}]} */ (JSON.parse(output));
	for (const {path} of files) {
		if (path === 'package.json') {
			continue;
		}
		mkdirSync(dirname(join(into, path)), {recursive: true});
		copyFileSync(join(folder, path), join(into, path)); // keeps the mode: the bin stays executable
	}
	writeFileSync(join(into, 'package.json'), publishedManifestText(readFileSync(join(folder, 'package.json'), 'utf8')));
	return into;
}

/**
 * Run `use` on a staged copy of the package in `folder`, in a temporary folder removed afterwards, whatever happens.
 * @template T
 * @param {string} folder the package's folder in the repository
 * @param {(staged: string) => T} use
 * @returns {T}
 */
export function withStagedPackage(folder, use) {
	const staged = mkdtempSync(join(tmpdir(), 'typed-http-status-stage-'));
	try {
		return use(stagePackage(folder, staged));
	} finally {
		rmSync(staged, {recursive: true, force: true});
	}
}

/**
 * Pack the package in `folder` as it is published: the tarball of its staged copy.
 * @param {string} folder the package's folder in the repository
 * @param {string} destination the folder to write the tarball to
 * @returns {string} the tarball's path
 */
export function packPackage(folder, destination) {
	return withStagedPackage(folder, staged => {
		const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', resolve(destination)], {cwd: staged, encoding: 'utf8'});
		const [{filename}] = /** @type {[{filename: string}]} */ (JSON.parse(output));
		return join(resolve(destination), filename);
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [command, ...rest] = process.argv.slice(2);
	const folders = rest.filter(argument => !argument.startsWith('-')).map(folder => resolve(folder));
	const flags = rest.filter(argument => argument.startsWith('-'));
	const missing = folders.filter(folder => !existsSync(join(folder, 'package.json')));
	if (missing.length > 0) {
		console.error(`stage: no package.json in ${missing.join(', ')}`);
		process.exit(1);
	}
	if (command === 'pack') {
		for (const folder of folders.length > 0 ? folders : [root]) {
			console.log(packPackage(folder, process.cwd()));
		}
	} else if (command === 'publish' && folders.length <= 1) {
		const status = withStagedPackage(folders[0] ?? root, staged => spawnSync('npm', ['publish', staged, ...flags], {stdio: 'inherit'}).status);
		process.exitCode = status ?? 1;
	} else if (command === 'refuse') {
		console.error(
			[
				'This package.json is the development manifest. Pack and publish the staged copy, without the development fields',
				'(docs/build.md, "The published manifest"), from the repository root:',
				'  npm run release:pack [-- packages/<name>]           the tarballs, built first',
				'  npm run release -- [packages/<name>] [--dry-run]    npm publish, built first',
			].join('\n'),
		);
		process.exitCode = 1;
	} else {
		console.error('usage: node scripts/stage.mjs pack [folder…] | publish [folder] [npm flags…] | refuse');
		process.exitCode = 1;
	}
}
