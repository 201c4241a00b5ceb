// Text that a received object carries (a body, a string given instead of a response) ends up in a terminal: every
// character that could move the cursor, clear the screen, reorder the line or break it is written as `\uXXXX`.
// C0 controls, DEL and C1 controls (`\p{Cc}`), the line and paragraph separators, and the bidirectional controls
// (Unicode TR #9: ALM, LRM, RLM, LRE…RLO, LRI…PDI).
const CONTROL = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** The text with every control character written as `\uXXXX`. Internal; not exported by the package. */
export function escapeControls(text: string): string {
	return text.replace(CONTROL, character => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * At most `limit` UTF-16 units of the text, never ending inside a surrogate pair, with `… (N characters)` after a
 * cut. Internal; not exported by the package.
 */
export function excerpt(text: string, limit: number): string {
	if (text.length <= limit) {
		return text;
	}
	const last = text.charCodeAt(limit - 1);
	const end = last >= 0xd8_00 && last <= 0xdb_ff ? limit - 1 : limit; // a high surrogate: keep the pair whole
	return `${text.slice(0, end)}… (${text.length} characters)`;
}
