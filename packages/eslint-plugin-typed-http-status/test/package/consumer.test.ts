// The plugin as a user gets it: the packed tarballs of the core and the plugin (test/consumers/pack.ts) installed
// with npm into fresh projects on ESLint 9 and on ESLint 10, each installed from the npm registry with jiti (which
// ESLint needs to load a TypeScript config) by test/helpers/fresh-project.ts. There the peers are satisfied with no
// warning, and ESLint runs as a user runs it, with each documented flat config: `eslint.config.js` (ESM `import`),
// `eslint.config.cjs` (CommonJS `require`) and `eslint.config.ts` with ESLint's `defineConfig`, which TypeScript
// also checks against the installed ESLint's types. The plugin loads nothing of eslint at run time (eslint is a peer
// whose types alone the plugin uses).
import {execFile} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {packedTarball, root} from '../../../../test/consumers/pack.ts';
import {freshProject, npmInstall} from '../../../../test/helpers/fresh-project.ts';
import {cleanRun, compileProject} from '../../../../test/helpers/tsc.ts';

const run = promisify(execFile);

const {version, peerDependencies} = JSON.parse(readFileSync(join(root, 'packages', 'eslint-plugin-typed-http-status', 'package.json'), 'utf8')) as {
	version: string;
	peerDependencies: Record<string, string>;
};
const own = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {version: string}).version;
/** ESLint 9 is the repository's own version; ESLint 10 the newest when this was written. */
const ESLINTS = [own('eslint'), '10.15.0'];
const JITI = '2.7.0';

const source = 'export function handler(req, res) {\n\tif (res.statusCode === 200) {\n\t\tres.status(404).end();\n\t}\n}\n';
const fixed =
	"import {HTTP_200_OK, HTTP_404_NOT_FOUND} from 'typed-http-status';\nexport function handler(req, res) {\n\tif (res.statusCode === HTTP_200_OK) {\n\t\tres.status(HTTP_404_NOT_FOUND).end();\n\t}\n}\n";

const CONFIGS: Record<string, string> = {
	'eslint.config.js': "import typedHttpStatus from 'eslint-plugin-typed-http-status';\n\nexport default [typedHttpStatus.configs.recommended];\n",
	'eslint.config.cjs': "const typedHttpStatus = require('eslint-plugin-typed-http-status');\n\nmodule.exports = [typedHttpStatus.configs.recommended];\n",
	'eslint.config.ts':
		"import {defineConfig} from 'eslint/config';\nimport typedHttpStatus from 'eslint-plugin-typed-http-status';\n\nexport default defineConfig([typedHttpStatus.configs.recommended]);\n",
};
const TSCONFIG = {
	compilerOptions: {target: 'ES2022', module: 'nodenext', strict: true, exactOptionalPropertyTypes: true, types: [], noEmit: true},
	files: ['eslint.config.ts'],
};

test('the peer range of eslint is the majors tested here', () => {
	expect(peerDependencies).toEqual({eslint: '^9.0.0 || ^10.0.0', 'typed-http-status': '^0.1.0'});
	expect(ESLINTS.map(each => `^${each.split('.')[0]}.0.0`).join(' || ')).toBe(peerDependencies['eslint']);
});

describe.each(ESLINTS)('a project on ESLint %s', eslint => {
	let project = '';
	beforeAll(async () => {
		project = await freshProject(`eslint-${eslint}`, {eslint, jiti: JITI});
		const install = await npmInstall(project, [packedTarball(), packedTarball(join(root, 'packages', 'eslint-plugin-typed-http-status'))]);
		if (!install.ok) {
			throw new Error(`npm install of the tarballs failed:\n${install.stderr}`);
		}
		const complaints = `${install.stdout}${install.stderr}`.split('\n').filter(line => /warn|ERR|peer|ERESOLVE/i.test(line));
		expect(complaints).toEqual([]);
		await run('npm', ['ls', '--all'], {cwd: project}); // exits 1 on a missing or invalid peer
		for (const [name, text] of Object.entries(CONFIGS)) {
			writeFileSync(join(project, name), text);
		}
		writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG));
	}, 600_000);

	afterAll(() => {
		if (project !== '') {
			rmSync(project, {recursive: true, force: true});
		}
	}, 120_000);

	test.each(Object.keys(CONFIGS))(
		'with %s, reports the bare codes by name, then --fix rewrites them and adds the import',
		async config => {
			const file = `handler-${config.replaceAll('.', '-')}.js`;
			writeFileSync(join(project, file), source);
			const eslintBin = join(project, 'node_modules', 'eslint', 'bin', 'eslint.js');
			let output = '';
			try {
				await run(process.execPath, [eslintBin, '--config', config, '--format', 'json', file], {cwd: project, timeout: 60_000});
			} catch (error) {
				output = String((error as {stdout?: unknown}).stdout); // ESLint exits 1 when it finds something
			}
			const [result] = JSON.parse(output) as [{messages: Array<{ruleId: string; message: string; line: number}>}];
			expect(result.messages.map(({ruleId, message, line}) => ({ruleId, message, line}))).toEqual([
				{ruleId: 'typed-http-status/no-bare-status', message: 'Use HTTP_200_OK (200 OK) instead of the bare status 200.', line: 2},
				{ruleId: 'typed-http-status/no-bare-status', message: 'Use HTTP_404_NOT_FOUND (404 Not Found) instead of the bare status 404.', line: 3},
			]);
			await run(process.execPath, [eslintBin, '--config', config, '--fix', file], {cwd: project, timeout: 60_000});
			expect(readFileSync(join(project, file), 'utf8')).toBe(fixed);
		},
		120_000,
	);

	test("eslint.config.ts type-checks: defineConfig takes the plugin's config, against the installed ESLint's types", () => {
		expect(compileProject(root, project)).toEqual(cleanRun);
	}, 120_000);

	test('import and require load their own file of the plugin, which has the package version and imports nothing of eslint', async () => {
		await loadsItsOwnFiles(project);
	}, 60_000);
});

async function loadsItsOwnFiles(project: string): Promise<void> {
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
		rules: ['no-bare-status', 'prefer-class-guard', 'no-deprecated-status', 'prefer-typed-http-status', 'no-body-with-null-body-status'],
		configs: ['recommended', 'migrate'],
	};
	expect({...esm, file: undefined}).toEqual({...expected, file: undefined});
	expect({...cjs, file: undefined}).toEqual({...expected, file: undefined});
	for (const file of ['index.js', 'index.cjs']) {
		const text = readFileSync(join(project, 'node_modules', 'eslint-plugin-typed-http-status', 'dist', file), 'utf8');
		expect(text, file).not.toMatch(/(?:from |require\()["']eslint/);
	}
}

test('the main entry and the registry never reach the plugin or eslint', () => {
	for (const file of ['index.js', 'index.cjs', 'registry.js', 'registry.cjs', 'index.d.ts', 'registry.d.ts']) {
		const text = readFileSync(join(root, 'dist', file), 'utf8');
		expect(text, file).not.toMatch(/eslint/i);
	}
});
