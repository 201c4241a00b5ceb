// The inputs of the runtime benchmarks, the same on every run: a seeded generator (mulberry32), so two runs, or
// two machines, classify the very same codes.

/**
 * A seeded pseudo-random generator of floats in [0, 1) (mulberry32).
 *
 * @param {number} seed any 32-bit integer.
 * @returns {() => number} the generator.
 */
export function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** How many codes each benchmark walks through per sample. */
export const COUNT = 1_000_000;

/** The seed of every input. */
export const SEED = 20_260_405;

/**
 * `count` integers from 0 to 700, in seeded random order.
 *
 * @param {number} [count] how many.
 * @returns {number[]} the codes.
 */
export function shuffledCodes(count = COUNT) {
	const next = random(SEED);
	return Array.from({length: count}, () => Math.floor(next() * 701));
}

/**
 * `count` codes drawn, in seeded random order, from `pool`.
 *
 * @template Value
 * @param {readonly Value[]} pool what to draw from.
 * @param {number} [count] how many.
 * @returns {Value[]} the draws.
 */
export function drawn(pool, count = COUNT) {
	const next = random(SEED + 1);
	return Array.from({length: count}, () => pool[Math.floor(next() * pool.length)]);
}
