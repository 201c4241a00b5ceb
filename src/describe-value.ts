// The one way the library, the response builders and the matchers describe a value they were given in a message.
import {capture, isArray, sliceText, symbolDescription} from './built-ins.ts';
import {escapeControls, QUOTE_LIMIT as LIMIT, quoteText} from './escape-text.ts';

function cut(text: string): string {
	return text.length > LIMIT ? `${escapeControls(sliceText(text, 0, LIMIT))}… (${text.length} characters)` : escapeControls(text);
}

// 2 ** 256: a bigint below it in size has at most 78 decimal digits, written in constant time.
const BIGINT_BOUND = /* @__PURE__ */ capture(() => 1n << 256n);

/**
 * Describe any value for an error message without running its code: no `toString`, `valueOf` or proxy trap
 * is called; long strings, bigints and symbol descriptions are cut short, a bigint of 2 ** 256 or more in size
 * (78 digits and up) is described by its size alone, and every character outside printable ASCII is escaped
 * (src/escape-text.ts). Calls only the built-ins captured at load (src/built-ins.ts) and no method of the value.
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
			// A template literal writes a number without Number.prototype.toString; -0 would be written '0'. Of the zeros,
			// only -0 has a reciprocal of -Infinity (as does the smallest negative number, which is not a zero).
			return value === 0 && 1 / value === -Infinity ? '-0' : `${value}`;
		}
		case 'bigint': {
			// Comparing with 2 ** 256 takes constant time, whatever the size of `value`.
			return value < BIGINT_BOUND && value > -BIGINT_BOUND ? cut(`${value}n`) : 'a bigint of more than 77 digits';
		}
		case 'symbol': {
			return cut(`Symbol(${symbolDescription(value) ?? ''})`);
		}
		case 'function': {
			return 'a function';
		}
		case 'object': {
			return value === null ? 'null' : describeObject(value);
		}
		default: {
			return `${value as boolean | undefined}`;
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
