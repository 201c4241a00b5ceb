// No false positives: a realistic corpus (corpus/: handlers, a client, utilities and test code, with numbers
// from 100 to 599 used as sizes, durations, indexes, limits, colours, dates and counts, and statuses written
// with the constants) gets no finding from any rule, with or without type information. The rules' own tests
// show each of them does report the bare forms.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ESLint, type Linter} from 'eslint';
import tseslint from 'typescript-eslint';
import {expect, test} from 'vitest';
import plugin from '../../src/index.ts';
import {root} from '../../../../test/consumers/pack.ts';

const everyRule: Linter.RulesRecord = Object.fromEntries(Object.keys(plugin.rules).map(rule => [`typed-http-status/${rule}`, 'error']));

test.each([
	['without type information', {}],
	['with type information', {projectService: true, tsconfigRootDir: root}],
])(
	'the corpus has no finding, %s',
	async (_label, parserOptions) => {
		const eslint = new ESLint({
			cwd: root,
			overrideConfigFile: true,
			overrideConfig: [
				{files: ['**/*.ts'], plugins: {'typed-http-status': plugin}, rules: everyRule, languageOptions: {parser: tseslint.parser, parserOptions}},
			],
		});
		const results = await eslint.lintFiles(['packages/eslint-plugin-typed-http-status/test/unit/corpus/*.ts']);
		expect(results.map(result => result.filePath.slice(root.length)).sort()).toEqual([
			'packages/eslint-plugin-typed-http-status/test/unit/corpus/assertions.ts',
			'packages/eslint-plugin-typed-http-status/test/unit/corpus/client.ts',
			'packages/eslint-plugin-typed-http-status/test/unit/corpus/handlers.ts',
			'packages/eslint-plugin-typed-http-status/test/unit/corpus/utilities.ts',
		]);
		expect(results.flatMap(result => result.messages.map(message => `${result.filePath}:${message.line} ${message.ruleId}: ${message.message}`))).toEqual([]);
	},
	120_000,
);

test('the corpus is full of numbers in the status range that are not statuses', () => {
	const folder = join(root, 'packages', 'eslint-plugin-typed-http-status', 'test', 'unit', 'corpus');
	const text = readdirSync(folder)
		.map(file => readFileSync(join(folder, file), 'utf8'))
		.join('\n');
	const inRange = [...text.matchAll(/(?<![\w.#'"])([1-5]\d\d)(?![\w.])/g)].length;
	expect(inRange).toBeGreaterThan(60);
});
