// One rule for every piece of text that may reach a terminal or a log: the library's error messages, every echo of
// the command line and its --json output. Every character outside printable ASCII (space to `~`) is written as a
// `\u` escape, as in JSON (four lowercase hex digits per UTF-16 unit): so no C0 control, DEL, C1 control (a one-byte
// CSI U+009B), line or paragraph separator (U+2028, U+2029), bidirectional control (U+202A–U+202E, U+2066–U+2069,
// U+061C, U+200E, U+200F), invisible character or unpaired surrogate ever reaches a terminal, whatever Unicode
// version the reader's tools know; a fullwidth `４０４` shows as what it is. Text quoted with JSON.stringify first
// (which escapes `"` and `\`) stays a JSON string that reads back as the same text.
//
// Characters are compared one by one, with no regular expression (a replaced RegExp.prototype.exec would make a
// global replace loop forever), through the built-ins captured at load (src/built-ins.ts), and the hex digits are
// picked from a string rather than written by `Number.prototype.toString`: replacing any built-in after the import
// changes no escape. Not exported from the package: the library and the command line share it (the one
// module of the library that src/cli/ imports directly, because it is a rule about text, not about status codes).
import {charCodeAt, sliceText, stringify} from './built-ins.ts';

/**
 * `text` with every character outside printable ASCII written as a `\u` escape; `"` and `\` unchanged.
 *
 * @example
 * ```ts
 * escapeControls('found\u009B2J');
 * //=> 'found\\u009b2J'
 * ```
 */
export function escapeControls(text: string): string {
	let escaped = '';
	for (let index = 0; index !== text.length; index++) {
		// UTF-16 units, not code points as a for-of would give: each half of a surrogate pair is escaped on its own.
		const unit = charCodeAt(text, index);
		escaped += unit < 0x20 || unit > 0x7e ? `\\u${HEX[(unit >> 12) & 15]}${HEX[(unit >> 8) & 15]}${HEX[(unit >> 4) & 15]}${HEX[unit & 15]}` : text[index]!;
	}
	return escaped;
}

const HEX = '0123456789abcdef';

/** The most characters of a string that {@link quoteText} shows. */
export const QUOTE_LIMIT = 40;

/**
 * `text` as a JSON string literal (JSON.stringify) with {@link escapeControls} applied; a string of more than
 * `limit` characters ({@link QUOTE_LIMIT} unless given) is cut to that many, followed by its length. Takes time in
 * proportion to at most that many characters.
 *
 * @example
 * ```ts
 * quoteText('say "hi"\u009B');
 * //=> '"say \\"hi\\"\\u009b"'
 * ```
 */
export function quoteText(text: string, limit: number = QUOTE_LIMIT): string {
	return text.length > limit
		? `${escapeControls(stringify(sliceText(text, 0, limit))!)}… (a string of ${text.length} characters)`
		: escapeControls(stringify(text)!);
}
