// One rule for every piece of text that may reach a terminal or a log: the library's error messages, every echo of
// the command line and its --json output. A character that could move the cursor, clear the screen, start an
// escape sequence or reorder what is shown is written as a `\u` escape (JSON's form, lowercase hex): C0 controls
// (U+0000–U+001F), DEL and the C1 controls (U+007F–U+009F, so a one-byte CSI U+009B too), the line and paragraph
// separators U+2028 and U+2029, the bidirectional controls (Unicode's Bidi_Control: U+061C, U+200E, U+200F,
// U+202A–U+202E, U+2066–U+2069), and a surrogate without its pair. Everything else is kept as it is. What to escape
// is decided by comparing characters, with no regular expression that a change to RegExp.prototype could alter.
// Not exported from the package: the library and the command line share it (the one module of the library that
// src/cli/ imports directly, because it is a rule about text, not an answer about status codes).

const HEX = '0123456789abcdef';

function escapeUnit(unit: string): string {
	const code = unit.charCodeAt(0);
	return `\\u${HEX[code >> 12]}${HEX[(code >> 8) & 15]}${HEX[(code >> 4) & 15]}${HEX[code & 15]}`;
}

function isShown(unit: string): boolean {
	return (unit >= ' ' && unit < '\u007F') || (unit > '\u009F' && unit < '\u061C') || (unit > '\u061C' && unit < '\u200E') || (unit > '\u200F' && unit < '\u2028') || (unit > '\u202E' && unit < '\u2066') || (unit > '\u2069' && unit < '\uD800') || unit > '\uDFFF';
}

/**
 * `text` with every control, separator and bidirectional-control character, and every unpaired surrogate,
 * written as a `\u` escape (`'\u009B'` becomes the six characters `\u009b`); all else unchanged.
 *
 * @example
 * ```ts
 * escapeText('found\u009B2J');
 * //=> 'found\\u009b2J'
 * ```
 */
export function escapeText(text: string): string {
	let escaped = '';
	for (let index = 0; index < text.length; index++) {
		const unit = text[index]!;
		if (isShown(unit)) {
			escaped += unit;
		} else if (unit >= '\uD800' && unit < '\uDC00' && text[index + 1]! >= '\uDC00' && text[index + 1]! <= '\uDFFF') {
			escaped += unit + text[++index]!; // a surrogate pair: one character outside the Basic Multilingual Plane
		} else {
			escaped += escapeUnit(unit);
		}
	}
	return escaped;
}

/** The most characters of a string that {@link quoteText} shows. */
export const QUOTE_LIMIT = 40;

/**
 * `text` in double quotes, as a JSON string literal would show it, with `"` and `\` escaped by a backslash and
 * everything else as {@link escapeText} writes it; a string of more than {@link QUOTE_LIMIT} characters is cut
 * to that many, followed by its length. Takes time in proportion to at most that many characters.
 *
 * @example
 * ```ts
 * quoteText('say "hi"\n');
 * //=> '"say \\"hi\\"\\u000a"'
 * ```
 */
export function quoteText(text: string): string {
	let quoted = '';
	for (let index = 0; index < text.length && index < QUOTE_LIMIT; index++) {
		const unit = text[index]!;
		quoted += unit === '"' || unit === '\\' ? `\\${unit}` : unit;
	}
	return `"${escapeText(quoted)}"${text.length > QUOTE_LIMIT ? `… (a string of ${text.length} characters)` : ''}`;
}

/**
 * The first `length` characters of `text` (all of it when shorter), copied one by one: no `slice` that a later
 * change to String.prototype could replace.
 *
 * @example
 * ```ts
 * prefix('teapot', 3);
 * //=> 'tea'
 * ```
 */
export function prefix(text: string, length: number): string {
	let copied = '';
	for (let index = 0; index < text.length && index < length; index++) {
		copied += text[index]!;
	}
	return copied;
}
