import {escapeControls, QUOTE_LIMIT as LIMIT, quoteText} from './escape-text.ts';

function cut(text: string): string {
	return text.length > LIMIT ? `${escapeControls(text.slice(0, LIMIT))}… (${text.length} characters)` : escapeControls(text);
}

/**
 * Describe any value for an error message without running its code: no `toString`, `valueOf` or proxy trap
 * is called; long strings, bigints and symbol descriptions are cut short, a bigint of 2 ** 256 or more in size
 * (78 digits and up) is described by its size alone, and every character outside printable ASCII is escaped
 * (src/escape-text.ts).
 * Takes time in proportion to at most the first few hundred characters or bits of the value: writing a
 * million-bit bigint in decimal would take a tenth of a second, and the time grows faster than its length.
 * Internal; not exported from the package.
 *
 * @example
 * ```ts
 * describeValue('4\u001B[2J');
 * //=> '"4\\u001b[2J"'
 * ```
 */
export function describeValue(value: unknown): string {
	switch (typeof value) {
		case 'string': {
			return quoteText(value);
		}
		case 'number': {
			return Object.is(value, -0) ? '-0' : String(value);
		}
		case 'bigint': {
			// Comparing with 2 ** 256 takes constant time, whatever the size of `value`.
			return value < 1n << 256n && value > -(1n << 256n) ? cut(`${value}n`) : 'a bigint of more than 77 digits';
		}
		case 'symbol': {
			return cut(String(value));
		}
		case 'function': {
			return 'a function';
		}
		case 'object': {
			return value === null ? 'null' : describeObject(value);
		}
		default: {
			return String(value);
		}
	}
}

function describeObject(value: object): string {
	try {
		return Array.isArray(value) ? 'an array' : 'an object';
	} catch {
		return 'a revoked proxy';
	}
}
