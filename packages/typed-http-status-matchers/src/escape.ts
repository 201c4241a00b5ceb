// Text that a received object carries (a body, a string given instead of a response) ends up in a terminal: it is
// escaped by the library's one rule (src/escape-text.ts: every character outside printable ASCII as `\uXXXX`),
// scanned with the built-ins captured at load, never with a regular expression a replaced RegExp.prototype.exec
// could make loop. The one value describer (src/describe-value.ts) is the library's too. Both are bundled into the
// matchers' build; neither is exported by the package.
import {charCodeAt, sliceText} from '../../../src/built-ins.ts';
import {escapeControls} from '../../../src/escape-text.ts';

export {describeValue} from '../../../src/describe-value.ts';

/**
 * At most `limit` UTF-16 units of the text, never ending inside a surrogate pair, escaped, with `… (N characters)`
 * after a cut. Internal; not exported by the package.
 */
export function excerpt(text: string, limit: number): string {
	if (text.length <= limit) {
		return escapeControls(text);
	}
	const last = charCodeAt(text, limit - 1);
	const end = last >= 0xd8_00 && last <= 0xdb_ff ? limit - 1 : limit; // a high surrogate: keep the pair whole
	return `${escapeControls(sliceText(text, 0, end))}… (${text.length} characters)`;
}
