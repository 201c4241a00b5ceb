// The first-use measurement of the editor section of `npm run bench` (bench/lib/first-use.mjs): it checks each file on
// a fresh program and checker, round after round, and reports a median per file. The bench reads its times; here only
// that it checks what it is given, and refuses to time a file that does not compile.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {firstUseTimes} from '../../bench/lib/first-use.mjs';

const dir = mkdtempSync(join(tmpdir(), 'typed-http-status-first-use-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

test('reports one median per file, for files written where it was told, as ES modules', {timeout: 60_000}, () => {
	const times = firstUseTimes({
		dir,
		files: {one: 'export const one: number = 1;\n', two: "export const two = (value: unknown) => typeof value === 'number';\n"},
		rounds: 3,
		warmup: 1,
	});
	expect(Object.keys(times)).toEqual(['one', 'two']);
	for (const ms of Object.values(times)) {
		expect(Number.isFinite(ms) && ms >= 0).toBe(true);
	}
	expect(readFileSync(join(dir, 'two.ts'), 'utf8')).toContain('typeof value');
	expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toMatchObject({type: 'module'});
});

test('refuses to time a file that does not compile, naming it and its first error', {timeout: 60_000}, () => {
	expect(() => firstUseTimes({dir, files: {wrong: "export const wrong: number = 'two';\n"}, rounds: 1, warmup: 0})).toThrow(
		"wrong does not compile: Type 'string' is not assignable to type 'number'.",
	);
});
