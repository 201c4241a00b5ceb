import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// `npm run test:runtimes`: only runtimes.spec.ts, apart from the unit layer (whose `test/**/*.test.ts` does not
// match it) because it starts five runtimes from the packed package. With CHECK_REPORT set, vitest also writes
// its JSON report there, as the root vitest.config.ts does, so that `npm test` adds these counts to its summary.
const report = process.env['CHECK_REPORT'];

export default defineConfig({
	test: {
		root: fileURLToPath(new URL('../..', import.meta.url)),
		include: ['test/runtimes/runtimes.spec.ts'],
		reporters: report ? ['default', ['json', {outputFile: report}]] : ['default'],
	},
});
