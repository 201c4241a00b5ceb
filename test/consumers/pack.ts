// A package as users get it: the tarball of the current build of the core (the repository root) or of a workspace
// package under packages/, packed from its staged copy with the published manifest as it is published
// (scripts/stage.mjs), made once and shared by every test that needs it. The tarball is cached under a hash of
// everything that goes into it, so a second test file, or a second run without a rebuild, reuses it instead of packing again.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {readEntries} from '../../scripts/entries.mjs';
import {packPackage} from '../../scripts/stage.mjs';

/** The repository root. */
export const root: string = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(folder: string): string[] {
	if (!existsSync(folder)) {
		return [];
	}
	return readdirSync(folder, {withFileTypes: true, recursive: true})
		.filter(entry => entry.isFile())
		.map(entry => join(entry.parentPath, entry.name))
		.sort();
}

function contentHash(folder: string): string {
	const hash = createHash('sha256');
	const files = [
		join(root, 'scripts', 'stage.mjs'), // how the package is staged and packed
		join(root, 'scripts', 'published-manifest.mjs'), // what its package.json keeps
		join(folder, 'package.json'),
		join(folder, 'README.md'),
		join(folder, 'CHANGELOG.md'),
		join(folder, 'LICENSE'),
		...filesUnder(join(folder, 'dist')),
		...filesUnder(join(folder, 'bin')),
		...readEntries(folder)
			.entries.filter(entry => entry.subpath !== '.')
			.map(entry => join(folder, entry.name, 'package.json')), // the node10 stubs
	];
	hash.update(relative(root, folder)).update('\0');
	for (const file of files.filter(file => existsSync(file))) {
		hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * The path of the tarball that would be published of the current dist/ of the package in `folder` (the core by
 * default; build first: `npm test` does). Throws when there is no build to pack.
 */
export function packedTarball(folder: string = root): string {
	if (!existsSync(join(folder, 'dist', 'index.js'))) {
		throw new Error(`${relative(root, join(folder, 'dist')) || 'dist'}/ has no build to pack: run \`npm run build\` first`);
	}
	const cache = join(root, 'node_modules', '.cache', 'typed-http-status-pack', folder === root ? 'core' : basename(folder)); // one tarball kept per package
	mkdirSync(cache, {recursive: true});
	const tarball = join(cache, `${contentHash(folder)}.tgz`);
	if (existsSync(tarball)) {
		return tarball;
	}
	const scratch = mkdtempSync(join(cache, 'pack-'));
	try {
		renameSync(packPackage(folder, scratch), tarball); // atomic: a concurrent packer writes the same bytes
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
	for (const old of readdirSync(cache).filter(name => name.endsWith('.tgz') && join(cache, name) !== tarball)) {
		rmSync(join(cache, old), {force: true});
	}
	return tarball;
}

/**
 * A temporary ES module project with the core's packed tarball installed by npm, offline, as a user's would be:
 * `fill` copies the test's consumer files into it first. The caller removes it (`rmSync(project, {recursive: true})`).
 */
export function consumerProject(prefix: string, fill: (project: string) => void): string {
	const tarball = packedTarball();
	const project = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
	fill(project);
	writeFileSync(join(project, 'package.json'), `${JSON.stringify({name: 'consumer', private: true, type: 'module'}, null, '\t')}\n`);
	execFileSync('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', tarball], {cwd: project, stdio: 'pipe'});
	return project;
}
