import {defineConfig} from 'vitest/config';
import {layers} from './vitest.config.ts';

// The vitest configuration Stryker runs (stryker.config.mjs): the unit layer of vitest.config.ts, none of the tests that start
// child processes, pack the package or time things. Those test the build and the CLI binary, not the src/
// functions Stryker mutates, and would make each of the hundreds of test runs take seconds instead of
// milliseconds. No coverage and no JSON report here: Stryker does its own bookkeeping.
export default defineConfig({
	test: {
		include: layers.unit,
		// test/unit/generate.test.ts compares src/generated/ and the guards whose checks the generator writes with what it
		// renders, byte for byte: Stryker's sandbox holds those files instrumented, so there it can only fail.
		exclude: ['test/unit/generate.test.ts'],
		reporters: ['default'],
		// Stryker runs the tests that cover a mutant once per mutant: 100 generated values per property instead
		// of 1000 keep a full run short, and a mutant the properties notice at all they notice early.
		env: {FC_RUNS: '100'},
	},
});
