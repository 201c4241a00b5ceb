// ESLint's RuleTester, run by vitest: one tester for JavaScript modules (espree), one for CommonJS scripts, one
// for TypeScript (typescript-eslint's parser, with type information through its project service).
import {RuleTester} from 'eslint';
import tseslint from 'typescript-eslint';
import {describe, it} from 'vitest';

RuleTester.describe = describe;
// The first case of a typed tester starts typescript-eslint's project service, which takes seconds on a busy machine.
RuleTester.it = (text: string, method: () => void) => it(text, method, 60_000);
RuleTester.itOnly = (text: string, method: () => void) => it.only(text, method, 60_000);

/** JavaScript modules. */
export const javascript: RuleTester = new RuleTester({languageOptions: {ecmaVersion: 2024, sourceType: 'module'}});

/** CommonJS scripts. */
export const commonjs: RuleTester = new RuleTester({languageOptions: {ecmaVersion: 2024, sourceType: 'commonjs'}});

/** TypeScript, without type information: what most configs run. */
export const typescript: RuleTester = new RuleTester({languageOptions: {parser: tseslint.parser, sourceType: 'module'}});

/** TypeScript with type information: the file is type-checked by a default project. */
export const typed: RuleTester = new RuleTester({
	languageOptions: {
		parser: tseslint.parser,
		sourceType: 'module',
		parserOptions: {projectService: {allowDefaultProject: ['*.ts']}, tsconfigRootDir: import.meta.dirname},
	},
});
