// The one range check of the library: an integer from `low` to `high`, for every guard, lookup and message that
// takes a status. `typeof` comes first, so nothing that is not a number is coerced (no `valueOf` runs), and `% 1` is
// the integer check: no built-in is called, so replacing `Number.isInteger` or anything else changes no answer.
// Internal; not exported from the package.

/**
 * True for a number that is an integer from `low` to `high`, both included.
 *
 * @example
 * ```ts
 * [inRange(404, 400, 499), inRange(404.5, 400, 499), inRange('404', 400, 499)];
 * //=> [true, false, false]
 * ```
 */
export function inRange(value: unknown, low: number, high: number): value is number {
	return typeof value === 'number' && value >= low && value <= high && value % 1 === 0;
}
