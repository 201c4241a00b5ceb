// docs/testing-your-api.md: every ```ts block type-checks against the built package with TypeScript 7 (written into
// a temporary folder inside the repository, so that `typed-http-status` resolves to this package, as in
// test/examples/doc-snippets.test.ts), and every message it quotes is one that a test of the matcher pins.
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {root} from '../../../../test/consumers/pack.ts';
import {cleanRun, compileProject} from '../../../../test/helpers/tsc.ts';

const guide = readFileSync(join(root, 'docs', 'testing-your-api.md'), 'utf8');
const folder = mkdtempSync(join(root, '.tmp-docs-matchers-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

test('every TypeScript block type-checks, and each @ts-expect-error in them is needed', () => {
	const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map(match => match[1] ?? '');
	expect(blocks.length).toBeGreaterThanOrEqual(4);
	blocks.forEach((code, index) => writeFileSync(join(folder, `block-${index}.ts`), `${code}\nexport {};\n`));
	writeFileSync(
		join(folder, 'tsconfig.json'),
		JSON.stringify({
			compilerOptions: {
				target: 'ES2022',
				lib: ['ES2022'],
				module: 'nodenext',
				types: ['node'],
				strict: true,
				exactOptionalPropertyTypes: true,
				noUncheckedIndexedAccess: true,
				noEmit: true,
				skipLibCheck: true,
			},
			include: ['*.ts'],
		}),
	);
	expect(compileProject(root, folder)).toEqual(cleanRun);
}, 60_000);

test('every message the guide quotes is pinned by a snapshot of the matcher tests', () => {
	const quoted = [...guide.matchAll(/```text\n([\s\S]*?)```/g)].flatMap(match => (match[1] ?? '').trim().split('\n'));
	expect(quoted.length).toBeGreaterThanOrEqual(10);
	const tests = join(root, 'packages', 'typed-http-status-matchers', 'test');
	const pinned = [
		...readdirSync(tests, {recursive: true, encoding: 'utf8'})
			.filter(file => file.endsWith('.test.ts'))
			.map(file => readFileSync(join(tests, file), 'utf8')),
		readFileSync(join(tests, 'jest', '__snapshots__', 'api.test.cjs.snap'), 'utf8'),
	]
		.join('\n')
		.replaceAll('\\`', '`')
		.replaceAll('\\\\', '\\');
	expect(quoted.filter(line => !pinned.includes(line))).toEqual([]);
});
