// The packed package from a consumer project, for both runners: the tarball (test/consumers/pack.ts) is installed
// with npm into a temporary project whose own vitest, jest, @jest/globals and expect are links to this repository's
// (npm cannot install them offline by version). There, vitest runs with `setupFiles: ['typed-http-status-matchers/vitest']`,
// jest with `setupFilesAfterEnv: ['typed-http-status-matchers/jest']`, and tsc checks both augmentations from the installed
// declarations. The consumer's files are written from here, so that the repository's own type-check, which already
// sees this package's src/, never sees a second copy of the augmentations.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {packedTarball, root} from '../../../../test/consumers/pack.ts';
import {cleanRun, COMPILERS, compileProject} from '../../../../test/helpers/tsc.ts';
import {runnerCounts, SPEC_JEST, SPEC_VITEST} from './consumer-specs.ts';

let project = '';

const FILES: Record<string, string> = {
	'vitest.config.mjs': `// A consumer's vitest setup, as docs/testing-your-api.md shows it.
import {defineConfig} from 'vitest/config';

export default defineConfig({test: {include: ['*.spec.ts'], setupFiles: ['typed-http-status-matchers/vitest']}});
`,
	'jest.config.cjs': `// A consumer's jest setup, as docs/testing-your-api.md shows it.
module.exports = {testEnvironment: 'node', testMatch: ['<rootDir>/*.spec.cjs'], setupFilesAfterEnv: ['typed-http-status-matchers/jest']};
`,
	'status.spec.ts': SPEC_VITEST,
	'status.spec.cjs': SPEC_JEST,
	'types.ts': `// Type-checked in the consumer project: both setup modules' augmentations, from the installed declarations.
import 'typed-http-status-matchers/vitest';
import 'typed-http-status-matchers/jest';
import {expect as jestExpect} from '@jest/globals';
import {HTTP_201_CREATED} from 'typed-http-status';
import {expect} from 'vitest';

declare const response: Response;
expect(response).toHaveStatus(HTTP_201_CREATED);
jestExpect(response).toHaveStatus([200, 299]);
// @ts-expect-error: '4XX' is not a status class
expect(response).toHaveStatus('4XX');
// @ts-expect-error: 600 is not a status code
jestExpect(response).toHaveStatus(600);
`,
	'mistakes.ts': `// Typical mistakes, compiled on their own (tsconfig.mistakes.json) for the messages they give.
import 'typed-http-status-matchers/vitest';
import 'typed-http-status-matchers/jest';
import {expect as jestExpect} from '@jest/globals';
import {expect} from 'vitest';
expect(new Response(null, {status: 404})).toHaveStatus('4XX');
jestExpect(new Response(null, {status: 500})).toHaveStatus(600);
expect(new Response(null, {status: 204})).toHaveStatus([]);
`,
	'tsconfig.mistakes.json': `{"extends": "./tsconfig.json", "files": ["mistakes.ts"]}
`,
	'tsconfig.json': `{
	// The consumer's compiler settings: strict, nodenext, the runners' own declarations checked too.
	"compilerOptions": {
		"target": "ES2022",
		"lib": ["ES2022", "DOM"],
		"module": "nodenext",
		"types": [],
		"strict": true,
		"exactOptionalPropertyTypes": true,
		"skipLibCheck": true,
		"noEmit": true
	},
	"files": ["status.spec.ts", "types.ts"]
}
`,
};

beforeAll(() => {
	const tarballs = [packedTarball(), packedTarball(join(root, 'packages', 'typed-http-status-matchers'))];
	project = realpathSync(mkdtempSync(join(tmpdir(), 'typed-http-status-matchers-consumer-')));
	writeFileSync(join(project, 'package.json'), `${JSON.stringify({name: 'consumer', private: true, type: 'module'}, null, '\t')}\n`);
	execFileSync('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', ...tarballs], {cwd: project, stdio: 'pipe'});
	for (const runner of ['vitest', 'jest', '@jest/globals', 'expect']) {
		mkdirSync(dirname(join(project, 'node_modules', runner)), {recursive: true});
		symlinkSync(join(root, 'node_modules', runner), join(project, 'node_modules', runner), 'dir');
	}
	for (const [name, text] of Object.entries(FILES)) {
		writeFileSync(join(project, name), text);
	}
}, 120_000);

afterAll(() => {
	if (project !== '') {
		rmSync(project, {recursive: true, force: true});
	}
});

const counts = (command: string[], report: string) => runnerCounts(project, command, report, 60_000);

test('vitest runs the consumer test with the setup file from the tarball', async () => {
	const report = 'vitest.json';
	expect(await counts([join(project, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=json', `--outputFile=${report}`], report)).toEqual([1, 0]);
}, 90_000);

test('jest runs the consumer test with the setup file from the tarball', async () => {
	const report = 'jest.json';
	expect(await counts([join(project, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '--json', '--outputFile', report], report)).toEqual([1, 0]);
}, 90_000);

test('tsc (TypeScript 7) checks both augmentations from the installed declarations, and every @ts-expect-error is used', () => {
	expect(compileProject(root, project)).toEqual(cleanRun);
}, 90_000);

// The message a user reads for a typo in a class or a code out of range, the same under every supported compiler.
test.each(Object.entries(COMPILERS))(
	'%s names the expected type when toHaveStatus is given a typo or an empty list',
	(_name, compiler) => {
		const run = compileProject(root, join(project, 'tsconfig.mistakes.json'), compiler);
		// An error exit: 2 from TypeScript 5.0 and 6, 1 from TypeScript 7 (outputs skipped, with noEmit).
		expect(run.status === 1 || run.status === 2).toBe(true);
		expect({stderr: run.stderr, messages: run.stdout.trim().split('\n')}).toEqual({
			stderr: '',
			messages: [
				`mistakes.ts(6,56): error TS2345: Argument of type '"4XX"' is not assignable to parameter of type 'StatusClass'.`,
				"mistakes.ts(7,60): error TS2345: Argument of type '600' is not assignable to parameter of type 'HttpStatus'.",
				// TypeScript 5.0 infers `never[]` from `[]`, the later compilers `readonly []`: both are refused.
				"mistakes.ts(8,56): error TS2345: Argument of type '[]' is not assignable to parameter of type 'readonly [HttpStatus, ...HttpStatus[]]'.",
				'  Source has 0 element(s) but target requires 1.',
			],
		});
	},
	90_000,
);
