// The report grows with the file, not with its square: on a generated Express module (test/handlers.mjs),
// `eslint -f json` with the recommended config writes a bounded number of bytes per message, the same at 1,000
// lines as at 10,000, and `--fix` still rewrites every code (the import rides on one fix, the rest follow in the
// next pass). Timings are `npm run bench`'s business; this checks the bytes.
import {ESLint} from 'eslint';
import {expect, test} from 'vitest';
import plugin from '../../src/index.ts';
import {LOCAL_SPAN} from '../../src/import-plan.ts';
import {handlers} from '../handlers.mjs';

async function lint(lines: number, fix: boolean): Promise<{messages: number; bytes: number; largest: number; output: string | undefined}> {
	const eslint = new ESLint({cwd: import.meta.dirname, fix, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended]});
	const results = await eslint.lintText(handlers(lines), {filePath: 'handlers.js'});
	const json = await (await eslint.loadFormatter('json')).format(results);
	const messages = results[0]!.messages;
	return {
		messages: messages.length,
		bytes: json.length,
		largest: Math.max(...messages.map(message => JSON.stringify(message).length)),
		output: results[0]!.output,
	};
}

test('bytes per message are bounded, and the same at 1,000 and 10,000 lines', async () => {
	const small = await lint(1000, false);
	const large = await lint(10_000, false);
	expect(small.messages).toBe(496);
	expect(large.messages).toBe(4996);
	// a message carries its literal's edit, or the import with the text between them when that is under LOCAL_SPAN
	expect(large.largest).toBeLessThan(LOCAL_SPAN + 1000);
	expect(large.bytes / large.messages).toBeLessThan(1.05 * (small.bytes / small.messages));
	expect(large.bytes).toBeLessThan(20e6 / 5);
}, 120_000);

test('--fix rewrites every named code of the large file in its passes', async () => {
	const {output, messages} = await lint(10_000, true);
	expect(output?.match(/res\.status\(\d/g)).toBeNull();
	expect(output).toContain('res.status(HTTP_503_SERVICE_UNAVAILABLE)');
	// what is left: the hand-written class checks, which without type information are only suggested
	expect(messages).toBe(999);
}, 120_000);
