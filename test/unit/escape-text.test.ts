import {describe, expect, test} from 'vitest';
import {escapeControls, QUOTE_LIMIT, quoteText} from '../../src/escape-text.ts';

const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

describe('escapeControls', () => {
	test('escapes every UTF-16 unit outside printable ASCII, and only those, as lowercase \\u escapes', () => {
		const wrong: string[] = [];
		for (let unit = 0; unit <= 0xff_ff; unit++) {
			const character = String.fromCharCode(unit);
			const expected = unit < 0x20 || unit > 0x7e ? hex(unit) : character;
			if (escapeControls(`a${character}b`) !== `a${expected}b`) {
				wrong.push(hex(unit));
			}
		}
		expect(wrong).toEqual([]);
	});

	test.each([
		['ESC [2J (clear the screen)', '\u001B[2J', String.raw`\u001b[2J`],
		['a one-byte CSI', 'found\u009B2J', String.raw`found\u009b2J`],
		['DEL', '\u007F', String.raw`\u007f`],
		['a right-to-left override', 'abc\u202Edef', String.raw`abc\u202edef`],
		['a first-strong isolate', '\u2068x\u2069', String.raw`\u2068x\u2069`],
		['a line separator', 'a\u2028b', String.raw`a\u2028b`],
		['a newline and a tab', 'a\n\tb', String.raw`a\u000a\u0009b`],
		['quotes and backslashes (kept)', String.raw`a"b\c`, String.raw`a"b\c`],
		['a surrogate pair, as two escapes', '😀', String.raw`\ud83d\ude00`],
		['a lone high surrogate', 'a\uD83Db', String.raw`a\ud83db`],
		['a lone low surrogate', 'a\uDE00b', String.raw`a\ude00b`],
		['a high surrogate at the end', 'a\uD83D', String.raw`a\ud83d`],
		['fullwidth digits', '４０４', String.raw`\uff14\uff10\uff14`],
		['accents and CJK', 'é中', String.raw`\u00e9\u4e2d`],
		['printable ASCII (kept)', ' !"#~', ' !"#~'],
	])('%s', (_label, text, expected) => {
		expect(escapeControls(text)).toBe(expected);
	});

	test('reads back as the same string inside a JSON string literal', () => {
		const text = 'x\u0000\u001B\u007F\u0085\u009B\u061C\u200E\u2028\u202E\u2066\uD800😀y';
		expect(JSON.parse(`"${escapeControls(text)}"`)).toBe(text);
	});
});

describe('quoteText', () => {
	test.each([
		['a plain word', 'teapot', '"teapot"'],
		['quotes and backslashes', String.raw`a"b\c`, String.raw`"a\"b\\c"`],
		['C0 controls, as JSON writes them', 'a\n\u001B', String.raw`"a\n\u001b"`],
		['C1 and bidi controls', 'a\u009B\u202Eb', String.raw`"a\u009b\u202eb"`],
		['40 characters, whole', 'x'.repeat(40), `"${'x'.repeat(40)}"`],
		['41 characters, cut', 'x'.repeat(41), `"${'x'.repeat(40)}"… (a string of 41 characters)`],
		['a CSI after the 40th character, left out', `${'x'.repeat(40)}\u009B`, `"${'x'.repeat(40)}"… (a string of 41 characters)`],
		['a pair cut in two by the limit', `${'x'.repeat(39)}😀`, String.raw`"${'x'.repeat(39)}\ud83d"… (a string of 41 characters)`],
		['non-ASCII text', 'café', String.raw`"caf\u00e9"`],
	])('%s', (_label, text, expected) => {
		expect(quoteText(text)).toBe(expected);
	});

	test('a quoted string of at most QUOTE_LIMIT characters is a JSON string literal of the same text', () => {
		const text = 'say "hi"\\\n\u009B\u202E'.padEnd(QUOTE_LIMIT, '.');
		expect(JSON.parse(quoteText(text))).toBe(text);
	});

	test('escapes only the part it shows, not the whole string', () => {
		// Deterministic, not timed (a timing belongs in npm run bench): the escape of the whole string would be six
		// characters per unit; what comes back is 40 escaped units and the length.
		const huge = '\u009B'.repeat(50_000_000);
		expect(quoteText(huge)).toBe(`"${String.raw`\u009b`.repeat(40)}"… (a string of 50000000 characters)`);
	});
});
