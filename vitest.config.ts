import {defineConfig} from 'vitest/config';

// With CHECK_REPORT set (scripts/run-checks.mjs sets it), vitest also writes its JSON report there, so that
// `npm test` can add vitest's own counts to its closing `tests: N passed, N failed` line.
const report = process.env['CHECK_REPORT'];

// The tests come in layers, one vitest project each, and a layer is a folder: test/<layer>/ for the core,
// packages/<package>/test/<layer>/ for the tools. The inner loop runs only the fast one.
// - unit      src/ and scripts/ in process, no build needed: `npm run test:unit` (with coverage) or `npx vitest --project unit`;
//             threads without isolation, since these tests leave no state behind (the adversarial ones undo their
//             prototype pollution), which halves the wall time
// - tools     the packages' own unit tests (ESLint plugin, matchers), in process but each file isolated: typescript-eslint
//             keeps one project service per process, and the jest setup test mocks a module
// - package   the built and packed packages: the tarballs' contents, publint, attw, consumer projects, the bin
// - examples  the framework examples on real servers, and every snippet of the docs against the builds
// - budgets   bundle bytes and type-check cost against their ceilings
// `npm run test:unit` runs unit and tools together, with coverage. test/runtimes/ has a configuration of its own.
export const layers = {
	unit: ['test/unit/**/*.test.ts'],
	tools: ['packages/*/test/unit/**/*.test.ts'],
	package: ['test/package/**/*.test.ts', 'packages/*/test/package/**/*.test.ts'],
	examples: ['test/examples/**/*.test.ts', 'packages/*/test/examples/**/*.test.ts'],
	budgets: ['test/budgets/**/*.test.ts'],
} satisfies Record<string, string[]>;

export default defineConfig({
	test: {
		reporters: report ? ['default', ['json', {outputFile: report}]] : ['default'],
		projects: Object.entries(layers).map(([name, include]) => ({
			extends: true as const,
			test: {name, include, ...(name === 'unit' ? {pool: 'threads' as const, isolate: false} : {})},
		})),
		coverage: {
			provider: 'v8',
			include: ['src/**/*.ts', 'packages/*/src/**/*.ts'],
			reporter: ['text-summary', 'text'],
			// Everything at 100 %.
			thresholds: {
				'src/**': {lines: 100, branches: 100, functions: 100, statements: 100},
				'packages/typed-http-status-matchers/src/**': {lines: 100, branches: 100, functions: 100, statements: 100},
				'packages/eslint-plugin-typed-http-status/src/**': {lines: 100, branches: 100, functions: 100, statements: 100},
			},
		},
	},
});
