import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, expect, test} from 'vitest';

// Every ```ts block of the README must type-check against the built package, as a user would write it.
// The blocks go into a folder inside the repository, so `typed-http-status` resolves to this package
// (self-reference through package.json "exports").
const root = fileURLToPath(new URL('..', import.meta.url));
const folder = join(root, '.tmp-readme');
const blocks = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map(match => match[1]!);

afterAll(() => rmSync(folder, {recursive: true, force: true}));

test('the README has TypeScript examples, and each one type-checks with typescript 7', () => {
	expect(blocks.length).toBeGreaterThanOrEqual(5);
	rmSync(folder, {recursive: true, force: true});
	mkdirSync(folder);
	for (const [index, block] of blocks.entries()) {
		writeFileSync(join(folder, `example-${index}.ts`), `${block}\nexport {};\n`);
	}
	writeFileSync(
		join(folder, 'tsconfig.json'),
		JSON.stringify({
			compilerOptions: {target: 'ES2022', lib: ['ES2022', 'DOM'], module: 'nodenext', types: ['node'], strict: true, noEmit: true, skipLibCheck: false},
			include: ['*.ts'],
		}),
	);
	const tsc = join(root, 'node_modules/typescript7/bin/tsc');
	let output = '';
	try {
		execFileSync(process.execPath, [tsc, '-p', folder], {encoding: 'utf8'});
	} catch (error) {
		output = String((error as {stdout?: string}).stdout);
	}
	expect(output).toBe('');
}, 60_000);
