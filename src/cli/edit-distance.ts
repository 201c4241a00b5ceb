/**
 * The number of single-character insertions, deletions, substitutions and swaps of two neighbours needed to
 * turn `from` into `to` (the optimal string alignment distance): `'teapt'` is 1 from `'teapot'`, `'4o4'` 1
 * from `'404'`. Takes time in proportion to the product of the lengths, and memory to the length of `to`.
 * Internal to the command line; not exported from the package.
 *
 * @example
 * ```ts
 * editDistance('not fuond', 'not found');
 * //=> 1
 * ```
 */
export function editDistance(from: string, to: string): number {
	// `current[j]` is the distance between the first i characters of `from` and the first j of `to`;
	// `previous` and `beforePrevious` hold the rows for i - 1 and i - 2.
	let previous = Array.from({length: to.length + 1}, (_, j) => j);
	let beforePrevious = previous;
	for (let i = 1; i <= from.length; i++) {
		const current = [i];
		for (let j = 1; j <= to.length; j++) {
			let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (from[i - 1] === to[j - 1] ? 0 : 1));
			// A swap of two neighbours; in the first row or column one side is `undefined`, so this never holds there.
			if (from[i - 1] === to[j - 2] && from[i - 2] === to[j - 1]) {
				best = Math.min(best, beforePrevious[j - 2]! + 1);
			}
			current[j] = best;
		}
		beforePrevious = previous;
		previous = current;
	}
	return previous[to.length]!;
}
