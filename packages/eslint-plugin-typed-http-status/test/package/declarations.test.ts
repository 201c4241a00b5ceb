// The plugin's declarations as a user's compiler reads them: they import ESLint's own types (they bundle none),
// so `defineConfig` and `ESLint.Plugin` accept the plugin, with `skipLibCheck: false`, against ESLint 9 (the
// `eslint` dev dependency) and ESLint 10 (`eslint10`, mapped in by `paths`), from an ES module and from CommonJS.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {root} from '../../../../test/consumers/pack.ts';
import {cleanRun, compileProject} from '../../../../test/helpers/tsc.ts';

const folder = mkdtempSync(join(root, '.tmp-eslint-declarations-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

const check = `import type {ESLint, Linter} from 'eslint';
import {defineConfig} from 'eslint/config';
import plugin from 'eslint-plugin-typed-http-status';

export const config: Linter.Config[] = defineConfig([{plugins: {'typed-http-status': plugin}}, plugin.configs.recommended, plugin.configs.migrate]);
export const asPlugin: ESLint.Plugin = plugin;
`;

const eslint10 = {eslint: ['../node_modules/eslint10/lib/types/index.d.ts'], 'eslint/config': ['../node_modules/eslint10/lib/types/config-api.d.ts']};

test('the declarations import eslint instead of carrying a copy of its types', () => {
	for (const file of ['index.d.ts', 'index.d.cts']) {
		const text = readFileSync(join(root, 'packages/eslint-plugin-typed-http-status/dist', file), 'utf8');
		expect(text, file).toMatch(/^import (?:type )?\{ ?Linter, Rule ?\} from "eslint";$/m);
		expect(text, file).not.toMatch(/interface (?:Program|Node|RuleContext)\b/);
		expect(text.length, file).toBeLessThan(3000);
	}
});

test.each([
	['ESLint 9', 'module', {}],
	['ESLint 9', 'commonjs', {}],
	['ESLint 10', 'module', eslint10],
	['ESLint 10', 'commonjs', eslint10],
])(
	'%s, from an ES module or CommonJS (%s): defineConfig and ESLint.Plugin accept the plugin',
	(_, type, paths) => {
		const project = mkdtempSync(join(folder, 'project-'));
		writeFileSync(join(project, 'package.json'), JSON.stringify({type}));
		writeFileSync(join(project, 'check.ts'), check);
		const compilerOptions = {
			strict: true,
			module: 'nodenext',
			moduleResolution: 'nodenext',
			target: 'es2022',
			noEmit: true,
			skipLibCheck: false,
			types: [],
			paths,
		};
		writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({compilerOptions, files: ['check.ts']}).replaceAll('../node_modules', '../../node_modules'));
		expect(compileProject(root, project)).toEqual(cleanRun);
	},
	60_000,
);
