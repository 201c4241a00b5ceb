import {defineConfig} from 'vitest/config';

// With CHECK_REPORT set (scripts/run-checks.mjs sets it), vitest also writes its JSON report there, so that
// `npm test` can add vitest's own counts to its closing `tests: N passed, N failed` line.
const report = process.env['CHECK_REPORT'];

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		reporters: report ? ['default', ['json', {outputFile: report}]] : ['default'],
		coverage: {
			provider: 'v8',
			include: ['src/**/*.ts'],
			reporter: ['text-summary', 'text'],
			thresholds: {lines: 100, branches: 100, functions: 100, statements: 100},
		},
	},
});
