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
	60_000,
);
