// @ts-check
// The package's performance budgets, in one place: the bench report shows them beside each measurement, and
// test/budgets/budgets.test.ts checks the deterministic ones, beside ceilings a little above today's measurements.

/** Bundle budgets, per scenario, in bytes. */
export const bundleBudgets = {
	a: 'exactly the bare-literal baseline',
	b: "the baseline plus the guard's own function: ≤ 60 B raw over the same program with the check inline",
	c: '≤ 900 B gzip: the phrase data and one lookup, nothing else',
	d: 'only the two constants: exactly the bare program with two literals',
	e: '≤ 3,500 B gzip for the whole library (3,000 before the response-semantics sets)',
};

/** (b): most raw bytes over bare/b.mjs, the same program with the range check written inline. */
export const GUARD_OVERHEAD_RAW = 60;
/** (c): most gzip bytes for a phrase lookup (1,000 until the phrases became an array literal by code). */
export const PHRASE_GZIP = 900;
/** (e): most gzip bytes for everything (3,000 until the response-semantics sets joined the main entry). */
export const EVERYTHING_GZIP = 3500;
/** Most raw bytes a bundle using one response-semantics guard (isRetryableStatus …) adds to the bare program. */
export const SET_GUARD_OVERHEAD_RAW = 120;

/** Type-check budgets under tsc 6, over the plain-number program, with `skipLibCheck: true`. */
export const TYPES_OVER_PLAIN = 600;
export const INSTANTIATIONS_OVER_PLAIN = 1000;

/** With `skipLibCheck: false`, the bench's consumer program: most Instantiations, as a multiple of the same program
 * written with http-status-codes (whose count `npm run bench` measures: the peers are not installed for `npm test`). */
export const LIB_CHECK_RATIO = 3;
export const HTTP_STATUS_CODES_LIB_CHECK_INSTANTIATIONS = {'tsc 6': 1178, 'tsc 7': 1998};

/** The 300-handler program (bench/scenarios/typecheck/at-scale.mjs): Instantiations over bare numbers, and check time
 * over http-status-codes (a timing: reported, never asserted). */
export const AT_SCALE_INSTANTIATIONS_OVER_BARE = 1500;
export const AT_SCALE_CHECK_RATIO = 1.25;

/** In the editor, one 10-handler file of that program: the time from a one-character edit to its semantic diagnostics, as a
 * multiple of the same file written with http-status-codes (median of interleaved edits; a timing: reported, never asserted). */
export const EDITOR_DIAGNOSTICS_RATIO = 1.5;

/** Runtime budgets (reported, never asserted: timings on a shared machine are noise in CI). */
export const GUARD_RATIO = 1.1;
export const PHRASE_RATIO = 1.1;

/** typed-http-status/openapi at GitHub's scale: most check time the program with our types may take, as a multiple of the same program without them (TypeScript 6 and 7). */
export const OPENAPI_CHECK_RATIO = 1.5;
