// A fresh consumer project with given dev dependencies installed from the npm registry (`npm install
// --prefer-offline`, so the npm cache answers when it can), as a user's project on an older test runner or ESLint
// would be. The installed project is kept in the user's cache folder ($XDG_CACHE_HOME, else ~/.cache, under
// typed-http-status/projects/), one per set of dependencies, as npm keeps its own cache there: a rerun, and a fresh
// clone on the same machine, installs nothing. Each test gets its own copy, so no test sees another's tarballs.
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {homedir, tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);

/** What `npm install` printed, and whether it succeeded. */
export type Install = {readonly ok: boolean; readonly stdout: string; readonly stderr: string};

/** Run `npm install` in a project: the registry only when the npm cache lacks a package; no audit, no funding note. */
export async function npmInstall(project: string, specs: readonly string[], extra: readonly string[] = []): Promise<Install> {
	try {
		const {stdout, stderr} = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...extra, ...specs], {
			cwd: project,
			timeout: 300_000,
			env: {...process.env, npm_config_loglevel: 'warn'},
		});
		return {ok: true, stdout, stderr};
	} catch (error) {
		const {stdout = '', stderr = ''} = error as {stdout?: string; stderr?: string};
		return {ok: false, stdout, stderr};
	}
}

/**
 * The folder of a project whose package.json lists `devDependencies` (exact versions), installed once per set of
 * dependencies in the cache folder and then reused as it is: read from, never installed into.
 */
export async function installedProject(label: string, devDependencies: Readonly<Record<string, string>>): Promise<string> {
	const manifest = {name: `consumer-${label}`, private: true, type: 'module', devDependencies};
	const text = `${JSON.stringify(manifest, null, '\t')}\n`;
	const cache = join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'typed-http-status', 'projects');
	const installed = join(cache, `${label}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`);
	if (!existsSync(installed)) {
		mkdirSync(cache, {recursive: true});
		const scratch = mkdtempSync(join(cache, `${label}-installing-`));
		writeFileSync(join(scratch, 'package.json'), text);
		const install = await npmInstall(scratch, [], ['--ignore-scripts']);
		if (!install.ok) {
			rmSync(scratch, {recursive: true, force: true});
			throw new Error(`npm install of ${JSON.stringify(devDependencies)} failed:\n${install.stderr}`);
		}
		try {
			renameSync(scratch, installed);
		} catch {
			rmSync(scratch, {recursive: true, force: true}); // another worker installed the same set first
		}
	}
	return installed;
}

/**
 * A new folder holding a project whose package.json lists `devDependencies` (exact versions), installed: a fresh
 * copy of installedProject's folder, for a test to install its tarballs into.
 */
export async function freshProject(label: string, devDependencies: Readonly<Record<string, string>>): Promise<string> {
	const installed = await installedProject(label, devDependencies);
	const project = realpathSync(mkdtempSync(join(tmpdir(), `typed-http-status-${label}-`)));
	cpSync(installed, project, {recursive: true, verbatimSymlinks: true});
	return project;
}
