// An added import is an ES `import` or a CommonJS `require` as the file itself is written, not as the parser was
// told: ESLint 9 parses every `.js` file as a module, Express's CommonJS included, and an `import` written there
// fails when Node runs the file.
import {compileFunction} from 'node:vm';
import {ESLint} from 'eslint';
import {expect, test} from 'vitest';
import plugin from '../../src/index.ts';
import {noBareStatus} from '../../src/no-bare-status.ts';
import {commonjs, javascript, typescript} from './rule-tester.ts';

const notFound = {messageId: 'bare', data: {name: 'HTTP_404_NOT_FOUND (404 Not Found)', code: '404'}};
const imports = "import {HTTP_404_NOT_FOUND} from 'typed-http-status';";
const requires = "const {HTTP_404_NOT_FOUND} = require('typed-http-status');";

javascript.run('no-bare-status: a module by its parser, CommonJS by its code', noBareStatus, {
	valid: [],
	invalid: [
		{
			code: 'module.exports = function (req, res) { res.status(404).end() }',
			// in the file's style: no semicolons, spaced braces
			output: "const { HTTP_404_NOT_FOUND } = require('typed-http-status')\nmodule.exports = function (req, res) { res.status(HTTP_404_NOT_FOUND).end() }",
			errors: [notFound],
		},
		{
			code: "'use strict';\nconst express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.status(404).end());\nmodule.exports = app;",
			output: `'use strict';\nconst express = require('express');\n${requires}\nconst app = express();\napp.get('/', (req, res) => res.status(HTTP_404_NOT_FOUND).end());\nmodule.exports = app;`,
			errors: [notFound],
		},
		{
			code: 'exports.missing = (req, res) => res.status(404).end();',
			output: `${requires}\nexports.missing = (req, res) => res.status(HTTP_404_NOT_FOUND).end();`,
			errors: [notFound],
		},
		{
			// an `.mjs` file is a module, whatever it holds
			code: 'module.exports = (req, res) => res.status(404);',
			filename: 'handler.mjs',
			output: `${imports}\nmodule.exports = (req, res) => res.status(HTTP_404_NOT_FOUND);`,
			errors: [notFound],
		},
		{
			// a `.cjs` file is CommonJS, whatever it holds
			code: 'res.status(404);',
			filename: 'handler.cjs',
			output: `${requires}\nres.status(HTTP_404_NOT_FOUND);`,
			errors: [notFound],
		},
		{
			// an ES import says module, even beside a `require` made with createRequire
			code: "import {createRequire} from 'node:module';\nconst require = createRequire(import.meta.url);\nconst cors = require('cors');\nres.status(404);",
			output: `import {createRequire} from 'node:module';\nconst require = createRequire(import.meta.url);\nconst cors = require('cors');\n${imports}\nres.status(HTTP_404_NOT_FOUND);`,
			errors: [notFound],
		},
		{
			code: "const cors = require('cors');\nexport {cors};\nres.status(404);",
			output: `const cors = require('cors');\n${imports}\nexport {cors};\nres.status(HTTP_404_NOT_FOUND);`,
			errors: [notFound],
		},
		{
			// a `require` the file declares itself, and `module` and `exports` that are not CommonJS's, say nothing
			code: "const require = loader();\nconst exports = {};\nconst cors = require('cors');\nexports.cors = cors;\nif (module.hot) module.hot.accept();\nres.status(404);",
			output: `const require = loader();\nconst exports = {};\nconst cors = require('cors');\n${imports}\nexports.cors = cors;\nif (module.hot) module.hot.accept();\nres.status(HTTP_404_NOT_FOUND);`,
			errors: [notFound],
		},
		{
			// nothing either way: the parser's sourceType
			code: 'res.status(404);',
			output: `${imports}\nres.status(HTTP_404_NOT_FOUND);`,
			errors: [notFound],
		},
	],
});

commonjs.run('no-bare-status: CommonJS by its parser, and nothing in the file says otherwise', noBareStatus, {
	valid: [],
	invalid: [{code: 'res.status(404);', output: `${requires}\nres.status(HTTP_404_NOT_FOUND);`, errors: [notFound]}],
});

typescript.run('no-bare-status: TypeScript modules and CommonJS', noBareStatus, {
	valid: [],
	invalid: [
		{
			code: 'module.exports = (res: {status(code: number): void}) => res.status(404);',
			filename: 'handler.mts',
			output: `${imports}\nmodule.exports = (res: {status(code: number): void}) => res.status(HTTP_404_NOT_FOUND);`,
			errors: [notFound],
		},
		{code: 'res.status(404);', filename: 'handler.cts', output: `${requires}\nres.status(HTTP_404_NOT_FOUND);`, errors: [notFound]},
		{
			code: 'function handler(res: {status(code: number): void}) {\n\tres.status(404);\n}\nexport = handler;',
			output: `${requires}\nfunction handler(res: {status(code: number): void}) {\n\tres.status(HTTP_404_NOT_FOUND);\n}\nexport = handler;`,
			errors: [notFound],
		},
		{
			// a type-only import is erased: it makes no module
			code: "import type {Response} from 'express';\nmodule.exports = (res: Response) => res.status(404);",
			output: `import type {Response} from 'express';\n${requires}\nmodule.exports = (res: Response) => res.status(HTTP_404_NOT_FOUND);`,
			errors: [notFound],
		},
	],
});

test('an Express handler fixed under the default flat config still runs as CommonJS', async () => {
	const source = 'module.exports = function (req, res) { res.status(404).end() }\n';
	// no languageOptions: ESLint 9 and 10 parse a `.js` file as a module
	const eslint = new ESLint({fix: true, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended]});
	const [result] = await eslint.lintText(source, {filePath: 'handler.js'});
	expect(result?.messages).toEqual([]);
	const fixed = result?.output ?? '';
	expect(fixed).toBe(
		"const { HTTP_404_NOT_FOUND } = require('typed-http-status')\nmodule.exports = function (req, res) { res.status(HTTP_404_NOT_FOUND).end() }\n",
	);
	// run it the way Node runs a CommonJS file: wrapped in a function of require, module and exports
	const module = {exports: undefined as unknown};
	const required: string[] = [];
	const require = (name: string) => {
		required.push(name);
		return {HTTP_404_NOT_FOUND: 404};
	};
	compileFunction(fixed, ['require', 'module', 'exports'])(require, module, module.exports);
	const calls: unknown[][] = [];
	const res = {
		status: (code: number) => (calls.push(['status', code]), res),
		end: () => calls.push(['end']),
	};
	(module.exports as (req: unknown, res: unknown) => void)({}, res);
	expect(required).toEqual(['typed-http-status']);
	expect(calls).toEqual([['status', 404], ['end']]);
});
