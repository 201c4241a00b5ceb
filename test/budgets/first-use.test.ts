// The first-use measurement of the editor section of `npm run bench` (bench/lib/first-use.mjs): it checks each file on
// a fresh program and checker, round after round, and reports a median per file. The bench reads its times; here only
// that it checks what it is given, refuses to time a file that does not compile, and is given the files it says.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {firstUseTimes} from '../../bench/lib/first-use.mjs';
import {atScaleProgram, firstFile, HANDLERS_PER_FILE} from '../../bench/scenarios/typecheck/at-scale.mjs';

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

// The editor section times the at-scale program's first file, and the same file with its first handler alone.
test("the editor's file is the at-scale program's first, and can be cut to its first handlers", () => {
	for (const form of ['bare', 'http-status-codes', 'typed-http-status'] as const) {
		expect(firstFile(form)).toBe(Object.values(atScaleProgram(form))[0]);
		const handlers = (source: string) => source.match(/^export function handler\d+\(/gmu)?.length ?? 0;
		expect(handlers(firstFile(form))).toBe(HANDLERS_PER_FILE);
		expect(handlers(firstFile(form, [], 1))).toBe(1);
		expect(firstFile(form)).toContain(firstFile(form, [], 1)); // the same imports and first handler
	}
	expect(firstFile('typed-http-status', ['hasStatus'])).not.toContain('hasStatus(reply');
	for (const count of [0, HANDLERS_PER_FILE + 1, 1.5]) {
		expect(() => firstFile('bare', [], count)).toThrow(RangeError);
	}
});
