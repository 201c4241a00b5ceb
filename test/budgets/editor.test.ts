// The driver of the editor section of `npm run bench` (bench/lib/editor.mjs, used by bench/sections/tsserver.mjs):
// it opens a file in TypeScript 6's tsserver and in TypeScript 7's language server, follows edits, and reads back
// the diagnostics they compute. The bench times these requests; here only their answers are checked.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {openInEditor, servers, type Server} from '../../bench/lib/editor.mjs';

const dir = mkdtempSync(join(tmpdir(), 'typed-http-status-editor-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const file = join(dir, 'edited.ts');
/** A first line that compiles and a second with one error, TS2322 at `late`. */
const text = "export const early: number = 1;\nexport const late: number = 'two';\n";
writeFileSync(file, text);
writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({compilerOptions: {strict: true, noEmit: true, types: [], lib: ['es2022']}, files: ['edited.ts']}));

describe.each(Object.keys(servers) as Server[])('%s', server => {
	test('reports the error in the opened text, then follows edits to it', {timeout: 120_000}, async () => {
		const session = await openInEditor(server, file, text);
		try {
			expect(await session.diagnostics()).toEqual([{code: 2322, line: 2, message: "Type 'string' is not assignable to type 'number'."}]);
			// Replace `'two'` by `2`: the error is gone, though the file on disk still has it.
			const at = text.indexOf("'two'");
			session.change(at, at + "'two'".length, '2');
			expect(await session.diagnostics()).toEqual([]);
			// One character on the first line, as the bench edits: `1` becomes `n`, a name that does not exist.
			session.change(text.indexOf('1'), text.indexOf('1') + 1, 'n');
			expect(await session.diagnostics()).toEqual([{code: 2304, line: 1, message: "Cannot find name 'n'."}]);
		} finally {
			await session.close();
		}
	});
});
