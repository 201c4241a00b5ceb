// @ts-check
// Mutation testing: `npm run mutation` (docs/testing.md). Stryker changes src/ one small edit at a time
// (a `>=` to `>`, a `true` to `false`, a string to "") and runs the unit tests against each "mutant";
// a mutant the tests do not notice "survives" and points at an untested behaviour. src/cli/ (the command line) is
// mutated too. A mutant that makes the tests loop forever ends in a timeout, which counts as detected.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	vitest: {configFile: 'vitest.stryker.config.ts'},
	// src/generated/ is data written by scripts/generate.mjs: test/unit/generate.test.ts re-renders it and checks it
	// byte for byte, and `npm run registry:check` compares it with the IANA snapshot, so mutating it adds nothing.
	// The ESLint plugin and the matchers live in packages/ and are not mutated here: their tests must run isolated
	// (one typescript-eslint project service per process; a mocked module), which would make each of the thousands
	// of mutant runs take seconds; their own tests (RuleTester cases with exact output, pinned messages) guard them.
	mutate: ['src/**/*.ts', '!src/generated/**'],
	// Vitest strips types without checking them, so the sandbox needs no `// @ts-nocheck`; adding it would also
	// break test/unit/generate.test.ts, which compares the generated files byte for byte.
	disableTypeChecks: false,
	coverageAnalysis: 'perTest',
	concurrency: 1,
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: {fileName: 'reports/mutation/index.html'},
	jsonReporter: {fileName: 'reports/mutation/mutation.json'},
	thresholds: {high: 98, low: 95, break: 95},
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
};

export default config;
