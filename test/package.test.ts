// The packed tarball, linted the way a registry user would meet it: publint (package.json fields against the
// packed files) and Are the Types Wrong (types and runtime resolve alike under node10, node16 ESM and CJS, and
// bundler resolution). Both read the tarball of the current build; `npm test` builds first.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {publint} from 'publint';
import {formatMessage} from 'publint/utils';
import {describe, expect, test} from 'vitest';
import {packedTarball, root} from './consumers/pack.ts';

describe('the packed tarball', () => {
	const tarball = packedTarball();

	test('holds only what users need: the build, the bin, the readme, the licence, the subpath stubs for node10', () => {
		const listing = execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'}).trim().split('\n').sort();
		const allowed =
			/^package\/(package\.json|README\.md|LICENSE|dist\/((index|registry|matchers|vitest|jest|eslint-plugin|response|openapi)\.(js|cjs|d\.ts|d\.cts)|cli\.js)|bin\/[\w.-]+\.js|(registry|matchers|vitest|jest|eslint-plugin|response|openapi)\/package\.json)$/;
		expect(listing.filter(file => !allowed.test(file))).toEqual([]);
		expect(listing).toEqual(
			expect.arrayContaining([
				'package/dist/index.js',
				'package/dist/index.cjs',
				'package/dist/index.d.ts',
				'package/dist/index.d.cts',
				'package/dist/registry.js',
				'package/dist/registry.cjs',
				'package/dist/registry.d.ts',
				'package/dist/registry.d.cts',
				'package/registry/package.json',
			]),
		);
		for (const subpath of ['matchers', 'vitest', 'jest', 'eslint-plugin', 'response', 'openapi']) {
			expect(listing).toEqual(
				expect.arrayContaining([...['js', 'cjs', 'd.ts', 'd.cts'].map(extension => `package/dist/${subpath}.${extension}`), `package/${subpath}/package.json`]),
			);
		}
	}, 30_000);

	test('publint finds nothing, not even a suggestion', async () => {
		const bytes = readFileSync(tarball);
		const {messages, pkg} = await publint({
			pack: {tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)},
			level: 'suggestion',
			strict: true,
		});
		expect(pkg).toMatchObject({name: 'typed-http-status'}); // it did read our tarball
		expect(messages.map(message => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
	}, 60_000);

	test('Are the Types Wrong finds no problem under any resolution (strict profile)', () => {
		const attw = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
		let output: string;
		try {
			output = execFileSync(process.execPath, [attw, tarball, '--format', 'json', '--profile', 'strict'], {encoding: 'utf8'});
		} catch (error) {
			output = String((error as {stdout?: unknown}).stdout);
		}
		const report = JSON.parse(output) as {
			analysis: {problems: unknown[]; entrypoints: Record<string, {resolutions: Record<string, {resolution?: {fileName: string}}>}>};
		};
		expect(report.analysis.problems).toEqual([]);
		const resolved = (entry: string) =>
			Object.fromEntries(Object.entries(report.analysis.entrypoints[entry]?.resolutions ?? {}).map(([mode, {resolution}]) => [mode, resolution?.fileName]));
		for (const [entry, file] of [
			['.', 'index'],
			['./registry', 'registry'],
			['./matchers', 'matchers'],
			['./vitest', 'vitest'],
			['./jest', 'jest'],
			['./eslint-plugin', 'eslint-plugin'],
			['./response', 'response'],
			['./openapi', 'openapi'],
		] as const) {
			expect(resolved(entry), entry).toEqual({
				node10: `/node_modules/typed-http-status/dist/${file}.d.cts`,
				'node16-cjs': `/node_modules/typed-http-status/dist/${file}.d.cts`,
				'node16-esm': `/node_modules/typed-http-status/dist/${file}.d.ts`,
				bundler: `/node_modules/typed-http-status/dist/${file}.d.ts`,
			});
		}
	}, 120_000);
});
