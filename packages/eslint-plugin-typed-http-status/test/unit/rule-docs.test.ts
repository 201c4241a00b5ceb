// The before/after pairs of docs/eslint.md and the migration pages: each "before" (fenced ```ts before) is
// fixed with the `migrate` config, with type information, the way `eslint --fix` runs (pass after pass), and
// must come out exactly as the "after" (the ```ts block that follows it). The "after" blocks are also linted
// with no finding by own-code.test.ts, like every other snippet of the docs.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ESLint} from 'eslint';
import tseslint from 'typescript-eslint';
import {expect, test} from 'vitest';
import plugin from '../../src/index.ts';
import {root} from '../../../../test/consumers/pack.ts';

const pages = ['eslint.md', 'migrating-from-http-status-codes.md', 'migrating-from-http-status.md', 'migrating-from-nestjs.md', 'migrating-from-axios.md'];
const pairs = pages.flatMap(page =>
	[...readFileSync(join(root, 'docs', page), 'utf8').matchAll(/```ts before\n([\s\S]*?)```\n+```ts\n([\s\S]*?)```/g)].map((match, index) => ({
		page,
		index,
		before: match[1] ?? '',
		after: match[2] ?? '',
	})),
);

test('every page has its pairs', () => {
	expect(pairs.map(pair => pair.page)).toEqual(['eslint.md', 'eslint.md', 'eslint.md', 'eslint.md', ...pages.slice(1)]);
});

test.each(pairs)(
	'$page, pair $index: --fix turns the before into the after',
	async ({page, index, before, after}) => {
		const eslint = new ESLint({
			cwd: root,
			fix: true,
			overrideConfigFile: true,
			overrideConfig: [
				{
					files: ['**/*.ts'],
					languageOptions: {parser: tseslint.parser, parserOptions: {projectService: {allowDefaultProject: ['docs/*.ts']}, tsconfigRootDir: root}},
				},
				plugin.configs.migrate,
			],
		});
		const [result] = await eslint.lintText(before, {filePath: join(root, 'docs', `${page.replace('.md', '')}-${index}.ts`)});
		expect(result?.messages).toEqual([]);
		expect(result?.output).toBe(after);
	},
	120_000,
);

// A rule without a fix shows what it reports in a ```ts reported block (followed by the corrected code, a plain
// ```ts block that own-code.test.ts lints with no finding): the block gets that rule's report and no other.
const reported = [...readFileSync(join(root, 'docs', 'eslint.md'), 'utf8').matchAll(/```ts reported\n([\s\S]*?)```/g)].map(match => match[1] ?? '');

test('every reported block of docs/eslint.md gets its rule’s report and nothing else', async () => {
	expect(reported).toHaveLength(1);
	const eslint = new ESLint({
		cwd: root,
		overrideConfigFile: true,
		overrideConfig: [{files: ['**/*.ts'], languageOptions: {parser: tseslint.parser}}, plugin.configs.recommended],
	});
	for (const [index, code] of reported.entries()) {
		const [result] = await eslint.lintText(code, {filePath: join(root, 'docs', `reported-${index}.ts`)});
		expect(result?.messages.map(message => message.ruleId)).toEqual(['typed-http-status/no-body-with-null-body-status']);
	}
}, 60_000);
