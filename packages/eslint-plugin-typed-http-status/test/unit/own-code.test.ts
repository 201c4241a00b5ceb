// The project uses its own plugin: its examples (with type information, through examples/tsconfig.json) and
// every ```ts snippet of README.md and docs/*.md (the "before" snippets of the rule docs are fenced
// ```ts before, and are checked by rule-docs.test.ts instead) get no finding from any rule.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ESLint, type Linter} from 'eslint';
import tseslint from 'typescript-eslint';
import {expect, test} from 'vitest';
import plugin from '../../src/index.ts';
import {root} from '../../../../test/consumers/pack.ts';

const everyRule: Linter.RulesRecord = Object.fromEntries(Object.keys(plugin.rules).map(rule => [`typed-http-status/${rule}`, 'error']));

function report(results: ESLint.LintResult[]): string[] {
	return results.flatMap(result =>
		result.messages.map(message => `${result.filePath}:${message.line}:${message.column} ${message.ruleId ?? 'fatal'}: ${message.message}`),
	);
}

test('examples/ has no finding, with type information', async () => {
	const eslint = new ESLint({
		cwd: root,
		overrideConfigFile: true,
		overrideConfig: [
			{plugins: {'typed-http-status': plugin}, rules: everyRule},
			{files: ['**/*.ts'], languageOptions: {parser: tseslint.parser, parserOptions: {projectService: true, tsconfigRootDir: root}}},
		],
	});
	const results = await eslint.lintFiles(['examples/**/*.ts', 'examples/**/*.mjs']);
	expect(results.map(result => result.filePath.slice(root.length)).sort()).toEqual([
		'examples/express.ts',
		'examples/fastify.ts',
		'examples/fetch.ts',
		'examples/hono.ts',
		'examples/node-http.ts',
		'examples/quick-start.mjs',
	]);
	expect(report(results)).toEqual([]);
}, 120_000);

test('the TypeScript snippets of README.md and docs/*.md have no finding', async () => {
	const guides = [
		'README.md',
		...readdirSync(join(root, 'docs'))
			.filter(name => name.endsWith('.md'))
			.map(name => join('docs', name)),
	];
	const snippets = guides.flatMap(guide =>
		[...readFileSync(join(root, guide), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({guide, index, code: match[1] ?? ''})),
	);
	expect(snippets.length).toBeGreaterThan(20);
	const eslint = new ESLint({
		cwd: root,
		overrideConfigFile: true,
		overrideConfig: [{files: ['**/*.ts'], plugins: {'typed-http-status': plugin}, rules: everyRule, languageOptions: {parser: tseslint.parser}}],
	});
	const findings: string[] = [];
	for (const {guide, index, code} of snippets) {
		findings.push(...report(await eslint.lintText(code, {filePath: join(root, `${guide}.snippet-${index}.ts`)})));
	}
	expect(findings).toEqual([]);
}, 120_000);
