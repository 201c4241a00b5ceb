// The peer ranges, proven: for each major of vitest (2, 3, 4) and jest (28, 29, 30) the package.json peers allow, a
// fresh project with that runner installed from the npm registry (test/helpers/fresh-project.ts) installs the core
// tarball and then the matchers' tarball with no warning and no peer conflict, and runs a test that uses
// toHaveStatus through the documented setup: vitest's `setupFiles`, jest's `setupFilesAfterEnv` in a CommonJS
// (jest.config.cjs) and an ESM (jest.config.mjs) configuration. In the projects on the oldest runners the core is
// installed alone first, and must install clean: it has no peer dependency at all.
import {execFile} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, describe, expect, test} from 'vitest';
import {packedTarball, root} from '../../../../test/consumers/pack.ts';
import {freshProject, npmInstall} from '../../../../test/helpers/fresh-project.ts';
import {runnerCounts, SPEC_JEST, SPEC_VITEST} from './consumer-specs.ts';

const run = promisify(execFile);
const folder = join(root, 'packages', 'typed-http-status-matchers');
const peers = (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {peerDependencies: Record<string, string>}).peerDependencies;

// One exact version per major: the newest of 2 and 3, and of 28 and 29; the repository's own vitest 4 and jest 30.
const own = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {version: string}).version;
const runners = [
	{runner: 'vitest', versions: ['2.1.9', '3.2.7', own('vitest')]},
	{runner: 'jest', versions: ['28.1.3', '29.7.0', own('jest')]},
] as const;

const oldest = new Set<string>(runners.map(({versions}) => versions[0]));

const projects: string[] = [];
afterAll(() => {
	for (const project of projects) {
		rmSync(project, {recursive: true, force: true});
	}
}, 120_000);

/**
 * What npm printed that a user would read as a problem of ours: any warning or error, except npm's notes on the
 * install scripts of the runner's own dependencies (esbuild, @parcel/watcher), which it repeats on every install.
 */
const complaints = (output: string) =>
	output
		.split('\n')
		.filter(line => /warn|ERR|peer|ERESOLVE/i.test(line) && (!line.startsWith('npm warn install-scripts') || line.includes('typed-http-status')));

const counts = (project: string, command: string[], report: string) => runnerCounts(project, command, report, 120_000);

test('the peer ranges are the majors tested here', () => {
	expect(peers).toEqual({
		'@jest/globals': '^28.0.0 || ^29.0.0 || ^30.0.0',
		jest: '^28.0.0 || ^29.0.0 || ^30.0.0',
		'typed-http-status': '^0.1.0',
		vitest: '^2.0.0 || ^3.0.0 || ^4.0.0',
	});
	expect(runners.flatMap(({runner, versions}) => versions.map(version => `${runner}@${version.split('.')[0]}`))).toEqual([
		'vitest@2',
		'vitest@3',
		'vitest@4',
		'jest@28',
		'jest@29',
		'jest@30',
	]);
});

describe.concurrent.each(runners.flatMap(({runner, versions}) => versions.map(version => ({runner, version}))))(
	'a project on $runner $version',
	({runner, version}) => {
		test('installs the core, then the matchers, from their tarballs with no warning, and runs toHaveStatus through the setup file', async () => {
			const dependencies = runner === 'vitest' ? {vitest: version} : {jest: version, '@jest/globals': version};
			const project = await freshProject(`${runner}-${version}`, dependencies);
			projects.push(project);

			// On the oldest majors the core goes in alone first: a constants-only user on vitest 2 or jest 28.
			const installs = oldest.has(version) ? [[packedTarball()], [packedTarball(folder)]] : [[packedTarball(), packedTarball(folder)]];
			for (const tarballs of installs) {
				const install = await npmInstall(project, tarballs);
				expect(install.ok, install.stderr).toBe(true);
				expect(complaints(`${install.stdout}${install.stderr}`)).toEqual([]);
			}
			await run('npm', ['ls', '--all'], {cwd: project}); // exits 1 on a missing or invalid peer

			if (runner === 'vitest') {
				writeFileSync(
					join(project, 'vitest.config.mjs'),
					"export default {test: {include: ['*.spec.ts'], setupFiles: ['typed-http-status-matchers/vitest']}};\n",
				);
				writeFileSync(join(project, 'status.spec.ts'), SPEC_VITEST);
				const bin = join(project, 'node_modules', 'vitest', 'vitest.mjs');
				expect(await counts(project, [bin, 'run', '--reporter=json', '--outputFile=vitest.json'], 'vitest.json')).toEqual([1, 0]);
			} else {
				const config = "{testEnvironment: 'node', testMatch: ['<rootDir>/*.spec.cjs'], setupFilesAfterEnv: ['typed-http-status-matchers/jest']}";
				writeFileSync(join(project, 'jest.config.cjs'), `module.exports = ${config};\n`);
				writeFileSync(join(project, 'jest.config.mjs'), `export default ${config};\n`);
				writeFileSync(join(project, 'status.spec.cjs'), SPEC_JEST);
				const bin = join(project, 'node_modules', 'jest', 'bin', 'jest.js');
				for (const config of ['jest.config.cjs', 'jest.config.mjs']) {
					expect(await counts(project, [bin, '--ci', '--config', config, '--json', '--outputFile', 'jest.json'], 'jest.json'), config).toEqual([1, 0]);
				}
			}
		}, 600_000);
	},
);
