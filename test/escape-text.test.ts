import {describe, expect, test} from 'vitest';
import {escapeText, prefix, QUOTE_LIMIT, quoteText} from '../src/escape-text.ts';

// The characters that could drive a terminal or hide text, by code unit: C0, DEL and C1, the line and paragraph
// separators, Unicode's Bidi_Control characters. Surrogates are checked apart: a pair is kept, a lone one escaped.
const ESCAPED_RANGES: Array<[number, number]> = [
	[0x00, 0x1f],
	[0x7f, 0x9f],
	[0x06_1c, 0x06_1c],
	[0x20_0e, 0x20_0f],
	[0x20_28, 0x20_2e],
	[0x20_66, 0x20_69],
];
const isEscaped = (unit: number) => ESCAPED_RANGES.some(([low, high]) => unit >= low && unit <= high);
const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

describe('escapeText', () => {
	test('escapes exactly the listed characters of the Basic Multilingual Plane, as lowercase \\u escapes', () => {
		const wrong: string[] = [];
		for (let unit = 0; unit <= 0xff_ff; unit++) {
			if (unit >= 0xd8_00 && unit <= 0xdf_ff) {
				continue;
			}
			const character = String.fromCharCode(unit);
			const expected = isEscaped(unit) ? hex(unit) : character;
			if (escapeText(`a${character}b`) !== `a${expected}b`) {
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
		['a surrogate pair (kept)', '😀', '😀'],
		['a lone high surrogate', 'a\uD83Db', String.raw`a\ud83db`],
		['a lone low surrogate', 'a\uDE00b', String.raw`a\ude00b`],
		['a high surrogate at the end', 'a\uD83D', String.raw`a\ud83d`],
		['two high surrogates, then a low one', '\uD83D\uD83D\uDE00', String.raw`\ud83d😀`],
		['accents, CJK and the replacement character (kept)', 'é中\uFFFD', 'é中\uFFFD'],
	])('%s', (_label, text, expected) => {
		expect(escapeText(text)).toBe(expected);
	});

	test('reads back as the same string inside a JSON string literal', () => {
		const text = 'x\u0000\u001B\u007F\u0085\u009B\u061C\u200E\u2028\u202E\u2066\uD800😀y';
		expect(JSON.parse(`"${escapeText(text)}"`)).toBe(text);
	});
});

describe('quoteText', () => {
	test.each([
		['a plain word', 'teapot', '"teapot"'],
		['quotes and backslashes', String.raw`a"b\c`, String.raw`"a\"b\\c"`],
		['control characters', 'a\u001B\u009Bb', String.raw`"a\u001b\u009bb"`],
		['40 characters, whole', 'x'.repeat(40), `"${'x'.repeat(40)}"`],
		['41 characters, cut', 'x'.repeat(41), `"${'x'.repeat(40)}"… (a string of 41 characters)`],
		['a CSI after the 40th character, left out', `${'x'.repeat(40)}\u009B`, `"${'x'.repeat(40)}"… (a string of 41 characters)`],
	])('%s', (_label, text, expected) => {
		expect(quoteText(text)).toBe(expected);
	});

	test('a quoted string of at most QUOTE_LIMIT characters is a JSON string literal of the same text', () => {
		const text = 'say "hi"\\\n\u009B\u202E'.padEnd(QUOTE_LIMIT, '.');
		expect(JSON.parse(quoteText(text))).toBe(text);
	});

	test('takes time in proportion to the part it shows, not to the whole string', () => {
		const huge = '\u009B'.repeat(50_000_000);
		const started = performance.now();
		expect(quoteText(huge)).toBe(`"${String.raw`\u009b`.repeat(40)}"… (a string of 50000000 characters)`);
		expect(performance.now() - started).toBeLessThan(200);
	});
});

describe('prefix', () => {
	test.each([
		['teapot', 3, 'tea'],
		['teapot', 6, 'teapot'],
		['teapot', 7, 'teapot'],
		['teapot', 0, ''],
		['', 3, ''],
	])('prefix(%j, %i) is %j', (text, length, expected) => {
		expect(prefix(text, length)).toBe(expected);
	});
});
