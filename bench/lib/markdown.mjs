// @ts-check
// Markdown helpers for docs/performance.md.

/**
 * A Markdown table.
 *
 * @param {readonly string[]} head the header cells.
 * @param {ReadonlyArray<ReadonlyArray<string | number>>} rows the body rows.
 * @param {boolean} [numeric] whether the columns after the first hold numbers (aligned right).
 * @returns {string} the table, ending with a newline.
 */
export function table(head, rows, numeric = true) {
	const line = (/** @type {ReadonlyArray<string | number>} */ cells) => `| ${cells.map(cell => (typeof cell === 'number' ? bytes(cell) : cell)).join(' | ')} |`;
	return `${[line(head), `|${head.map((_, index) => (index === 0 || !numeric ? '---' : '---:')).join('|')}|`, ...rows.map(row => line(row))].join('\n')}\n`;
}

/**
 * A whole number with thousands separators: 21,419.
 *
 * @param {number} value the number.
 * @returns {string} it, formatted.
 */
export function bytes(value) {
	return value.toLocaleString('en-US');
}

/**
 * A signed difference: +47, −3, ±0.
 *
 * @param {number} value the difference.
 * @returns {string} it, formatted.
 */
export function signed(value) {
	if (value === 0) {
		return '±0';
	}
	return value > 0 ? `+${bytes(value)}` : `−${bytes(-value)}`;
}
