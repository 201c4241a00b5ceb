// What every rule's fix checks before it writes a name: that the name means, where it is written, the import the
// fix intends (not a local, a parameter, or a namespace's own initialiser); that an added import collides with
// nothing; that it goes where the file's imports are, in their style, and never between a comment and its line.
import {RuleTester} from 'eslint';
import {noBareStatus} from '../../src/no-bare-status.ts';
import {noDeprecatedStatus} from '../../src/no-deprecated-status.ts';
import {preferClassGuard} from '../../src/prefer-class-guard.ts';
import {preferTypedHttpStatus} from '../../src/prefer-typed-http-status.ts';
import {commonjs, javascript, typescript} from './rule-tester.ts';

const bare = (name: string, code: number) => ({messageId: 'bare', data: {name, code: String(code)}});
const notFound = bare('HTTP_404_NOT_FOUND (404 Not Found)', 404);
const ok = bare('HTTP_200_OK (200 OK)', 200);

javascript.run('no-bare-status: names a fix must not capture', noBareStatus, {
	valid: [],
	invalid: [
		{
			// a local of the constant's name: the import takes a free alias
			code: "import express from 'express';\nconst HTTP_404_NOT_FOUND = 'tpl';\nres.status(404);",
			output:
				"import express from 'express';\nimport {HTTP_404_NOT_FOUND as HTTP_404_NOT_FOUND_1} from 'typed-http-status';\nconst HTTP_404_NOT_FOUND = 'tpl';\nres.status(HTTP_404_NOT_FOUND_1);",
			errors: [notFound],
		},
		{
			// a parameter of that name where the code is
			code: 'function handler(res, HTTP_404_NOT_FOUND) {\n\tres.status(404);\n}',
			output:
				"import {HTTP_404_NOT_FOUND as HTTP_404_NOT_FOUND_1} from 'typed-http-status';\nfunction handler(res, HTTP_404_NOT_FOUND) {\n\tres.status(HTTP_404_NOT_FOUND_1);\n}",
			errors: [notFound],
		},
		{
			// the alias an import gives is hidden by a parameter: the constant is imported by its own name too
			code: "import {HTTP_404_NOT_FOUND as missing} from 'typed-http-status';\nfunction handler(res, missing) {\n\tres.status(404);\n}",
			output:
				"import {\n\tHTTP_404_NOT_FOUND as missing,\n\tHTTP_404_NOT_FOUND,\n} from 'typed-http-status';\nfunction handler(res, missing) {\n\tres.status(HTTP_404_NOT_FOUND);\n}",
			errors: [notFound],
		},
		{
			// the README's namespace: not through a `status` the code itself declares
			code: "import * as status from 'typed-http-status';\nexport function f() {\n\tconst status = 404;\n\treturn status;\n}",
			output:
				"import * as status from 'typed-http-status';\nimport {HTTP_404_NOT_FOUND} from 'typed-http-status';\nexport function f() {\n\tconst status = HTTP_404_NOT_FOUND;\n\treturn status;\n}",
			errors: [notFound],
		},
		{
			code: "import * as status from 'typed-http-status';\nexport const isMissing = status => status === 404;\nres.status(200);",
			output:
				"import * as status from 'typed-http-status';\nimport {HTTP_404_NOT_FOUND} from 'typed-http-status';\nexport const isMissing = status => status === HTTP_404_NOT_FOUND;\nres.status(status.HTTP_200_OK);",
			errors: [notFound, ok],
		},
		{
			// where the namespace is not hidden, it is used
			code: "import * as status from 'typed-http-status';\nres.status(200);",
			output: "import * as status from 'typed-http-status';\nres.status(status.HTTP_200_OK);",
			errors: [ok],
		},
		{
			// the name imported from another module, or used as an undeclared global, is taken
			code: "import {HTTP_404_NOT_FOUND} from './legacy.js';\nres.status(404);\nconsole.log(HTTP_404_NOT_FOUND);",
			output:
				"import {HTTP_404_NOT_FOUND} from './legacy.js';\nimport {HTTP_404_NOT_FOUND as HTTP_404_NOT_FOUND_1} from 'typed-http-status';\nres.status(HTTP_404_NOT_FOUND_1);\nconsole.log(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			code: 'res.status(404);\nconsole.log(HTTP_404_NOT_FOUND);',
			output:
				"import {HTTP_404_NOT_FOUND as HTTP_404_NOT_FOUND_1} from 'typed-http-status';\nres.status(HTTP_404_NOT_FOUND_1);\nconsole.log(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
	],
});

javascript.run('no-bare-status: where the import goes, and how it is written', noBareStatus, {
	valid: [],
	invalid: [
		{
			// a comment directly above the first statement governs it and stays with it
			code: '// @ts-expect-error: the next line says why\nconst label = 6;\nres.status(404);',
			output:
				"import {HTTP_404_NOT_FOUND} from 'typed-http-status';\n// @ts-expect-error: the next line says why\nconst label = 6;\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			// a file header, set apart by a blank line, stays first
			code: '// Copyright header\n\n// eslint-disable-next-line no-console\nconsole.log(1);\nres.status(404);',
			output:
				"// Copyright header\n\nimport {HTTP_404_NOT_FOUND} from 'typed-http-status';\n// eslint-disable-next-line no-console\nconsole.log(1);\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			// after the last import and the comment on its line; the file's double quotes, no semicolons and spaced braces
			code: 'import { a } from "a"\nimport b from "b" // the b\n// @ts-expect-error\nres.status(404)',
			output:
				'import { a } from "a"\nimport b from "b" // the b\nimport { HTTP_404_NOT_FOUND } from "typed-http-status"\n// @ts-expect-error\nres.status(HTTP_404_NOT_FOUND)',
			errors: [notFound],
		},
		{
			// joined to the package's import, in order, and wrapped as the list is
			code: "import {\n  HTTP_200_OK,\n  HTTP_500_INTERNAL_SERVER_ERROR,\n} from 'typed-http-status';\nres.status(404);",
			output:
				"import {\n  HTTP_200_OK,\n  HTTP_404_NOT_FOUND,\n  HTTP_500_INTERNAL_SERVER_ERROR,\n} from 'typed-http-status';\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			// a line longer than 80 columns is wrapped, one name a line
			code: 'res.status(404);\nres.status(500);\nres.status(503);\nres.status(201);',
			output:
				"import {\n\tHTTP_201_CREATED,\n\tHTTP_404_NOT_FOUND,\n\tHTTP_500_INTERNAL_SERVER_ERROR,\n\tHTTP_503_SERVICE_UNAVAILABLE,\n} from 'typed-http-status';\nres.status(HTTP_404_NOT_FOUND);\nres.status(500);\nres.status(503);\nres.status(201);",
			errors: [
				notFound,
				bare('HTTP_500_INTERNAL_SERVER_ERROR (500 Internal Server Error)', 500),
				bare('HTTP_503_SERVICE_UNAVAILABLE (503 Service Unavailable)', 503),
				bare('HTTP_201_CREATED (201 Created)', 201),
			],
		},
		{
			// 'use strict' and the like stay first
			code: "'use client';\nres.status(404);",
			output: "'use client';\nimport {HTTP_404_NOT_FOUND} from 'typed-http-status';\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
	],
});

new RuleTester({languageOptions: {ecmaVersion: 2024, sourceType: 'script'}}).run('no-bare-status: a script requires', noBareStatus, {
	valid: [],
	invalid: [
		{
			code: "const express = require('express');\nres.status(404);",
			output: "const express = require('express');\nconst {HTTP_404_NOT_FOUND} = require('typed-http-status');\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
	],
});

commonjs.run('no-bare-status: CommonJS', noBareStatus, {
	valid: [],
	invalid: [
		{
			code: "const status = require('typed-http-status');\nexports.f = () => {\n\tconst status = 404;\n\treturn status;\n};",
			output:
				"const status = require('typed-http-status');\nconst {HTTP_404_NOT_FOUND} = require('typed-http-status');\nexports.f = () => {\n\tconst status = HTTP_404_NOT_FOUND;\n\treturn status;\n};",
			errors: [notFound],
		},
	],
});

typescript.run('no-bare-status: TypeScript imports', noBareStatus, {
	valid: [],
	invalid: [
		{
			// a type-only import of the constant becomes a value import, not a second declaration
			code: "import type {HTTP_200_OK, StatusCode} from 'typed-http-status';\nexport const code: StatusCode = 200 as typeof HTTP_200_OK;\nres.status(200);",
			output:
				"import {HTTP_200_OK, type StatusCode} from 'typed-http-status';\nexport const code: StatusCode = 200 as typeof HTTP_200_OK;\nres.status(HTTP_200_OK);",
			errors: [ok],
		},
		{
			code: "import {type HTTP_200_OK} from 'typed-http-status';\nres.status(200);",
			output: "import {HTTP_200_OK} from 'typed-http-status';\nres.status(HTTP_200_OK);",
			errors: [ok],
		},
		{
			// a local type of that name would conflict with an import of it (TS2440)
			code: 'type HTTP_200_OK = 200;\nres.status(200);',
			output: "import {HTTP_200_OK as HTTP_200_OK_1} from 'typed-http-status';\ntype HTTP_200_OK = 200;\nres.status(HTTP_200_OK_1);",
			errors: [ok],
		},
	],
});

javascript.run('prefer-class-guard: a guard name taken by a local function', preferClassGuard, {
	valid: [],
	invalid: [
		{
			code: 'function isClientError(error) {\n\treturn error.client;\n}\nif (status >= 400 && status < 500) {}',
			output: null,
			errors: [
				{
					messageId: 'unproven',
					suggestions: [
						{
							messageId: 'useGuard',
							data: {
								call: 'isClientError_1(status)',
								title: 'Client Error',
								differs: "non-integers such as 404.5, and strings such as '450', bigints and boxed numbers",
							},
							output:
								"import {isClientError as isClientError_1} from 'typed-http-status';\nfunction isClientError(error) {\n\treturn error.client;\n}\nif (isClientError_1(status)) {}",
						},
					],
				},
			],
		},
	],
});

javascript.run('prefer-typed-http-status: a local of the target name', preferTypedHttpStatus, {
	valid: [],
	invalid: [
		{
			code: "import {StatusCodes} from 'http-status-codes';\nfunction f(HTTP_404_NOT_FOUND) {\n\tres.status(StatusCodes.NOT_FOUND);\n}",
			output:
				"import {StatusCodes} from 'http-status-codes';\nimport {HTTP_404_NOT_FOUND as HTTP_404_NOT_FOUND_1} from 'typed-http-status';\nfunction f(HTTP_404_NOT_FOUND) {\n\tres.status(HTTP_404_NOT_FOUND_1);\n}",
			errors: [{messageId: 'constant'}],
		},
	],
});

javascript.run('no-deprecated-status: renames only where the new name is free', noDeprecatedStatus, {
	valid: [
		// a parameter called `status` is not the namespace
		"import * as status from 'typed-http-status';\nexport const f = status => status.HTTP_413_REQUEST_ENTITY_TOO_LARGE;",
	],
	invalid: [
		{
			// imported in another statement: the old one goes, every use takes the imported name
			code: "import {HTTP_413_REQUEST_ENTITY_TOO_LARGE} from 'typed-http-status';\nimport {HTTP_413_CONTENT_TOO_LARGE} from 'typed-http-status';\nf(HTTP_413_REQUEST_ENTITY_TOO_LARGE, HTTP_413_CONTENT_TOO_LARGE);",
			output: "import {HTTP_413_CONTENT_TOO_LARGE} from 'typed-http-status';\nf(HTTP_413_CONTENT_TOO_LARGE, HTTP_413_CONTENT_TOO_LARGE);",
			errors: [{messageId: 'deprecated'}],
		},
		{
			// a parameter takes the new name where the alias is used: the import renames, the local stays
			code: "import {HTTP_413_REQUEST_ENTITY_TOO_LARGE} from 'typed-http-status';\nexport const f = HTTP_413_CONTENT_TOO_LARGE => [HTTP_413_CONTENT_TOO_LARGE, HTTP_413_REQUEST_ENTITY_TOO_LARGE];",
			output:
				"import {HTTP_413_CONTENT_TOO_LARGE as HTTP_413_REQUEST_ENTITY_TOO_LARGE} from 'typed-http-status';\nexport const f = HTTP_413_CONTENT_TOO_LARGE => [HTTP_413_CONTENT_TOO_LARGE, HTTP_413_REQUEST_ENTITY_TOO_LARGE];",
			errors: [{messageId: 'deprecated'}],
		},
		{
			// a local declares the new name: the same
			code: "import {HTTP_413_REQUEST_ENTITY_TOO_LARGE} from 'typed-http-status';\nconst HTTP_413_CONTENT_TOO_LARGE = 'mine';\nf(HTTP_413_REQUEST_ENTITY_TOO_LARGE);",
			output:
				"import {HTTP_413_CONTENT_TOO_LARGE as HTTP_413_REQUEST_ENTITY_TOO_LARGE} from 'typed-http-status';\nconst HTTP_413_CONTENT_TOO_LARGE = 'mine';\nf(HTTP_413_REQUEST_ENTITY_TOO_LARGE);",
			errors: [{messageId: 'deprecated'}],
		},
		{
			// a re-export keeps its exported name
			code: "import {HTTP_413_REQUEST_ENTITY_TOO_LARGE} from 'typed-http-status';\nexport {HTTP_413_REQUEST_ENTITY_TOO_LARGE};",
			output: "import {HTTP_413_CONTENT_TOO_LARGE} from 'typed-http-status';\nexport {HTTP_413_CONTENT_TOO_LARGE as HTTP_413_REQUEST_ENTITY_TOO_LARGE};",
			errors: [{messageId: 'deprecated'}],
		},
	],
});

javascript.run('no-bare-status: the status positions every rule shares', noBareStatus, {
	valid: ['expect([200, 204]).toContain(item);', '[200, 204].includes(count);', 'expect(list).toContain(200);'],
	invalid: [
		{
			// the `.code` prefer-class-guard reads as a status is one to no-bare-status too
			code: 'if (response.code === 200) {}',
			output: "import {HTTP_200_OK} from 'typed-http-status';\nif (response.code === HTTP_200_OK) {}",
			errors: [ok],
		},
		{
			code: "import {HTTP_204_NO_CONTENT} from 'typed-http-status';\nexpect([200, HTTP_204_NO_CONTENT]).toContain(res.status);",
			output: "import {HTTP_200_OK, HTTP_204_NO_CONTENT} from 'typed-http-status';\nexpect([HTTP_200_OK, HTTP_204_NO_CONTENT]).toContain(res.status);",
			errors: [ok],
		},
		{
			code: "import {HTTP_204_NO_CONTENT} from 'typed-http-status';\nif ([200, HTTP_204_NO_CONTENT].includes(statusCode)) {}",
			output: "import {HTTP_200_OK, HTTP_204_NO_CONTENT} from 'typed-http-status';\nif ([HTTP_200_OK, HTTP_204_NO_CONTENT].includes(statusCode)) {}",
			errors: [ok],
		},
	],
});

javascript.run('no-bare-status: the width and indent a formatter would use', noBareStatus, {
	valid: [],
	invalid: [
		{
			// a line of 100 columns says the print width is at least that: the import stays on one line
			code: `/**\n * A JSDoc line is not the indent.\n */\nexport const note = '${'x'.repeat(100)}';\nres.status(404);\nres.status(500);\nres.status(503);`,
			output: `import {HTTP_404_NOT_FOUND, HTTP_500_INTERNAL_SERVER_ERROR, HTTP_503_SERVICE_UNAVAILABLE} from 'typed-http-status';\n/**\n * A JSDoc line is not the indent.\n */\nexport const note = '${'x'.repeat(100)}';\nres.status(HTTP_404_NOT_FOUND);\nres.status(500);\nres.status(503);`,
			errors: [notFound, {messageId: 'bare'}, {messageId: 'bare'}],
		},
		{
			code: `/**\n * A JSDoc line is not the indent.\n */\nfunction f() {\n  res.status(404);\n  res.status(500);\n  res.status(503);\n}`,
			output: `import {\n  HTTP_404_NOT_FOUND,\n  HTTP_500_INTERNAL_SERVER_ERROR,\n  HTTP_503_SERVICE_UNAVAILABLE,\n} from 'typed-http-status';\n/**\n * A JSDoc line is not the indent.\n */\nfunction f() {\n  res.status(HTTP_404_NOT_FOUND);\n  res.status(500);\n  res.status(503);\n}`,
			errors: [notFound, {messageId: 'bare'}, {messageId: 'bare'}],
		},
	],
});
