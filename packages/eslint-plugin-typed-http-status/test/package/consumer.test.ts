// The plugin as a user gets it: the packed tarball (test/consumers/pack.ts) installed with npm into a temporary
// project, and ESLint run there as a user runs it, once with an `eslint.config.js` (ESM `import`) and once with
// an `eslint.config.cjs` (CommonJS `require`). The plugin loads nothing of eslint at run time (eslint is a peer whose
// types alone the plugin uses).
import {execFile, execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {packedTarball, root} from '../../../../test/consumers/pack.ts';

const run = promisify(execFile);

const {version} = JSON.parse(readFileSync(join(root, 'packages', 'eslint-plugin-typed-http-status', 'package.json'), 'utf8')) as {version: string};
let project = '';

const source = 'export function handler(req, res) {\n\tif (res.statusCode === 200) {\n\t\tres.status(404).end();\n\t}\n}\n';
const fixed =
	"import {HTTP_200_OK, HTTP_404_NOT_FOUND} from 'typed-http-status';\nexport function handler(req, res) {\n\tif (res.statusCode === HTTP_200_OK) {\n\t\tres.status(HTTP_404_NOT_FOUND).end();\n\t}\n}\n";

beforeAll(() => {
	const tarballs = [packedTarball(), packedTarball(join(root, 'packages', 'eslint-plugin-typed-http-status'))];
	project = realpathSync(mkdtempSync(join(tmpdir(), 'typed-http-status-eslint-consumer-')));
	writeFileSync(join(project, 'package.json'), `${JSON.stringify({name: 'consumer', private: true, type: 'module'}, null, '\t')}\n`);
	// eslint, the peer, is this repository's own, linked in: npm cannot install it offline by version.
	execFileSync('npm', ['install', '--offline', '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', ...tarballs], {
		cwd: project,
		stdio: 'pipe',
	});
	symlinkSync(join(root, 'node_modules', 'eslint'), join(project, 'node_modules', 'eslint'), 'dir');
	writeFileSync(
		join(project, 'eslint.config.js'),
		"import typedHttpStatus from 'eslint-plugin-typed-http-status';\n\nexport default [typedHttpStatus.configs.recommended];\n",
	);
	writeFileSync(
		join(project, 'eslint.config.cjs'),
		"const typedHttpStatus = require('eslint-plugin-typed-http-status');\n\nmodule.exports = [typedHttpStatus.configs.recommended];\n",
	);
}, 120_000);

afterAll(() => {
	if (project !== '') {
		rmSync(project, {recursive: true, force: true});
	}
});

describe.each(['eslint.config.js', 'eslint.config.cjs'])('ESLint with %s', config => {
	test('reports the bare codes by name, then --fix rewrites them and adds the import', async () => {
		writeFileSync(join(project, 'handler.js'), source);
		let output = '';
		try {
			await run(process.execPath, [join(project, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--config', config, '--format', 'json', 'handler.js'], {
				cwd: project,
				timeout: 60_000,
			});
		} catch (error) {
			output = String((error as {stdout?: unknown}).stdout); // ESLint exits 1 when it finds something
		}
		const [result] = JSON.parse(output) as [{messages: Array<{ruleId: string; message: string; line: number}>}];
		expect(result.messages.map(({ruleId, message, line}) => ({ruleId, message, line}))).toEqual([
			{ruleId: 'typed-http-status/no-bare-status', message: 'Use HTTP_200_OK (200 OK) instead of the bare status 200.', line: 2},
			{ruleId: 'typed-http-status/no-bare-status', message: 'Use HTTP_404_NOT_FOUND (404 Not Found) instead of the bare status 404.', line: 3},
		]);
		await run(process.execPath, [join(project, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--config', config, '--fix', 'handler.js'], {
			cwd: project,
			timeout: 60_000,
		});
		expect(readFileSync(join(project, 'handler.js'), 'utf8')).toBe(fixed);
	}, 120_000);
});

test('import and require load their own file of the plugin, which has the package version and imports nothing of eslint', async () => {
	const script = (kind: 'import' | 'require') =>
		kind === 'import'
			? "const {default: plugin} = await import('eslint-plugin-typed-http-status'); console.log(JSON.stringify({file: import.meta.resolve('eslint-plugin-typed-http-status'), meta: plugin.meta, rules: Object.keys(plugin.rules), configs: Object.keys(plugin.configs)}));"
			: "const plugin = require('eslint-plugin-typed-http-status'); console.log(JSON.stringify({file: require.resolve('eslint-plugin-typed-http-status'), meta: plugin.meta, rules: Object.keys(plugin.rules), configs: Object.keys(plugin.configs)}));";
	const esm = JSON.parse((await run(process.execPath, ['--input-type=module', '-e', script('import')], {cwd: project})).stdout) as {file: string};
	const cjs = JSON.parse((await run(process.execPath, ['--input-type=commonjs', '-e', script('require')], {cwd: project})).stdout) as {file: string};
	expect(esm.file).toBe(`file://${join(project, 'node_modules', 'eslint-plugin-typed-http-status', 'dist', 'index.js')}`);
	expect(cjs.file).toBe(join(project, 'node_modules', 'eslint-plugin-typed-http-status', 'dist', 'index.cjs'));
	const expected = {
		meta: {name: 'typed-http-status', version},
		rules: ['no-bare-status', 'prefer-class-guard', 'no-deprecated-status', 'prefer-typed-http-status'],
		configs: ['recommended', 'migrate'],
	};
	expect({...esm, file: undefined}).toEqual({...expected, file: undefined});
	expect({...cjs, file: undefined}).toEqual({...expected, file: undefined});
	for (const file of ['index.js', 'index.cjs']) {
		const text = readFileSync(join(project, 'node_modules', 'eslint-plugin-typed-http-status', 'dist', file), 'utf8');
		expect(text, file).not.toMatch(/(?:from |require\()["']eslint/);
	}
}, 60_000);

test('the main entry and the registry never reach the plugin or eslint', () => {
	for (const file of ['index.js', 'index.cjs', 'registry.js', 'registry.cjs', 'index.d.ts', 'registry.d.ts']) {
		const text = readFileSync(join(root, 'dist', file), 'utf8');
		expect(text, file).not.toMatch(/eslint/i);
	}
});
