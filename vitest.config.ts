import {defineConfig} from 'vitest/config';

// With CHECK_REPORT set (scripts/run-checks.mjs sets it), vitest also writes its JSON report there, so that
// `npm test` can add vitest's own counts to its closing `tests: N passed, N failed` line.
const report = process.env['CHECK_REPORT'];

// The tests come in layers, one vitest project each, so the inner loop runs only the fast one:
// - unit      src/ and scripts/ in process, no build needed: `npm run test:unit` (with coverage) or `npx vitest --project unit`;
//             threads without isolation, since these tests leave no state behind (the adversarial ones undo their
//             prototype pollution), which halves the wall time
// - package   the built and packed package: the tarball's contents, publint, attw, consumer projects, the bin
// - examples  the framework examples on real servers, and every snippet of the docs against dist/
// - tools     the ESLint plugin and the test matchers, in process but each file isolated: typescript-eslint keeps one
//             project service per process, and the jest setup test mocks a module
// - budgets   bundle bytes and type-check cost against their ceilings
// `npm run test:unit` runs unit and tools together, with coverage.
export const layers: Record<string, string[]> = {
	package: [
		'test/package.test.ts',
		'test/package-consumers.test.ts',
		'test/cli-bin.test.ts',
		'test/matchers/package-consumers.test.ts',
		'test/eslint-plugin/consumer.test.ts',
	],
	examples: ['test/examples.test.ts', 'test/doc-snippets.test.ts', 'test/matchers/docs.test.ts', 'test/matchers/frameworks.test.ts'],
	tools: ['test/eslint-plugin/*.test.ts', 'test/matchers/*.test.ts'],
	budgets: ['test/budgets.test.ts'],
};
// Only `tools` names its files by pattern; the files other layers name are left out of it.
const inOtherLayers = (name: string): string[] => Object.entries(layers).flatMap(([layer, files]) => (layer === name ? [] : files));

export default defineConfig({
	test: {
		reporters: report ? ['default', ['json', {outputFile: report}]] : ['default'],
		projects: [
			{extends: true, test: {name: 'unit', include: ['test/**/*.test.ts'], exclude: Object.values(layers).flat(), pool: 'threads', isolate: false}},
			...Object.entries(layers).map(([name, include]) => ({
				extends: true as const,
				test: {name, include, exclude: name === 'tools' ? inOtherLayers(name) : []},
			})),
		],
		coverage: {
			provider: 'v8',
			include: ['src/**/*.ts'],
			reporter: ['text-summary', 'text'],
			thresholds: {lines: 100, branches: 100, functions: 100, statements: 100},
		},
	},
});
