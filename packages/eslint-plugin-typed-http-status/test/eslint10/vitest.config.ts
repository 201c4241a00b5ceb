// The plugin's unit tests once more under ESLint 10 (`npm run test:eslint10`): every `import … from 'eslint'` in
// the tests and the rules resolves to the `eslint10` dev dependency (npm:eslint@10), so RuleTester, the
// end-to-end fixes and the linear-output check run on both majors. eslint-version.test.ts checks which one ran.
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

export default defineConfig({
	root,
	resolve: {alias: [{find: /^eslint$/, replacement: `${root}node_modules/eslint10/lib/api.js`}]},
	test: {
		include: ['packages/eslint-plugin-typed-http-status/test/unit/**/*.test.ts'],
		env: {EXPECTED_ESLINT_MAJOR: '10'},
	},
});
