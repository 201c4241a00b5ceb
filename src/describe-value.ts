import {escapeText, prefix, QUOTE_LIMIT as LIMIT, quoteText} from './escape-text.ts';

// Taken when the module loads, so that replacing Array.isArray later changes no message. Bundlers know that reading
// it has no side effect and drop it with the rest of this module when nothing uses it.
const isArray = Array.isArray;

// 2 ** 256: a bigint below it in size has at most 78 digits, so writing it in decimal takes a bounded time. A
// larger one is described by its size alone: converting a million-bit value to decimal takes about a tenth of a
// second, and the time grows faster than the value's length. Comparing with this bound takes constant time.
const BIGINT_BOUND = 0x1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000n;

// The first LIMIT characters of `text`, and the length of the whole when that is more: `length` when only a part was made.
function cut(text: string, length: number = text.length): string {
	return escapeText(length > LIMIT ? `${prefix(text, LIMIT)}… (${length} characters)` : text);
}

/**
 * Describe any value for an error message without running its code: no `toString`, `valueOf` or proxy trap
 * is called; long strings, bigints and symbol descriptions are cut short, a bigint of more than 77 digits is
 * described by its sign and size, and control characters are escaped as `\u` escapes (src/escape-text.ts).
 * Takes time in proportion to at most the first few hundred characters or bits of the value. Internal; not
 * exported from the package.
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
			return value === 0 && 1 / value < 0 ? '-0' : `${value}`;
		}
		case 'bigint': {
			if (value >= BIGINT_BOUND || value <= -BIGINT_BOUND) {
				return `a ${value < 0n ? 'negative ' : ''}bigint of more than 77 digits`;
			}
			return cut(`${value}n`);
		}
		case 'symbol': {
			const description = value.description ?? '';
			return cut(`Symbol(${prefix(description, LIMIT)})`, description.length + 8);
		}
		case 'function': {
			return 'a function';
		}
		case 'object': {
			return value === null ? 'null' : describeObject(value);
		}
		default: {
			return `${value}`;
		}
	}
}

function describeObject(value: object): string {
	try {
		return isArray(value) ? 'an array' : 'an object';
	} catch {
		return 'a revoked proxy';
	}
}
