// Every ```ts block of the guides in docs/ must type-check against the built package, as a user would write
// it, with TypeScript 7. The blocks are written into a temporary folder inside the repository, so that
// `typed-http-status` resolves to this package (self-reference through package.json "exports").
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {root} from './consumers/pack.ts';

const guides = ['getting-started.md', 'narrowing.md', 'validating-input.md', 'migrating.md', 'responses.md'];
const blocks = guides.flatMap(guide =>
	[...readFileSync(join(root, 'docs', guide), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({guide, index, code: match[1] ?? ''})),
);
const folder = mkdtempSync(join(root, '.tmp-docs-'));

afterAll(() => rmSync(folder, {recursive: true, force: true}));

test('every guide has TypeScript examples, and each one type-checks with TypeScript 7', () => {
	expect(new Set(blocks.map(block => block.guide))).toEqual(new Set(guides));
	for (const {guide, index, code} of blocks) {
		writeFileSync(join(folder, `${guide.replace('.md', '')}-${index}.ts`), `${code}\nexport {};\n`);
	}
	writeFileSync(
		join(folder, 'tsconfig.json'),
		JSON.stringify({
			compilerOptions: {target: 'ES2022', lib: ['ES2022'], module: 'nodenext', types: ['node'], strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noEmit: true},
			include: ['*.ts'],
		}),
	);
	let output = '';
	try {
		execFileSync(process.execPath, [join(root, 'node_modules', 'typescript7', 'bin', 'tsc'), '-p', folder], {encoding: 'utf8'});
	} catch (error) {
		output = String((error as {stdout?: unknown}).stdout);
	}
	expect(output).toBe('');
}, 60_000);
