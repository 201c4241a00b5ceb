import {noDeprecatedStatus} from '../../src/no-deprecated-status.ts';
import {commonjs, javascript, typescript} from './rule-tester.ts';

const deprecated = (alias: string, name: string) => ({messageId: 'deprecated', data: {alias, name}});
const tooLarge = deprecated('HTTP_413_REQUEST_ENTITY_TOO_LARGE', 'HTTP_413_CONTENT_TOO_LARGE (413 Content Too Large)');
const unprocessable = deprecated('HTTP_422_UNPROCESSABLE_ENTITY', 'HTTP_422_UNPROCESSABLE_CONTENT (422 Unprocessable Content)');

javascript.run('no-deprecated-status', noDeprecatedStatus, {
	valid: [
		"import {HTTP_413_CONTENT_TOO_LARGE} from 'typed-http-status';",
		"import {HTTP_413_REQUEST_ENTITY_TOO_LARGE} from 'some-other-package';",
		'const HTTP_413_REQUEST_ENTITY_TOO_LARGE = 413;',
		'other.HTTP_422_UNPROCESSABLE_ENTITY;',
		"import * as status from 'typed-http-status';\nstatus.HTTP_422_UNPROCESSABLE_CONTENT;",
	],
	invalid: [
		{
			code: "import {HTTP_413_REQUEST_ENTITY_TOO_LARGE} from 'typed-http-status';\nres.status(HTTP_413_REQUEST_ENTITY_TOO_LARGE);\nconst limits = {HTTP_413_REQUEST_ENTITY_TOO_LARGE};",
			output:
				"import {HTTP_413_CONTENT_TOO_LARGE} from 'typed-http-status';\nres.status(HTTP_413_CONTENT_TOO_LARGE);\nconst limits = {HTTP_413_REQUEST_ENTITY_TOO_LARGE: HTTP_413_CONTENT_TOO_LARGE};",
			errors: [tooLarge],
		},
		{
			code: "import {HTTP_200_OK, HTTP_422_UNPROCESSABLE_ENTITY as invalid} from 'typed-http-status';\nres.status(invalid);",
			output: "import {HTTP_200_OK, HTTP_422_UNPROCESSABLE_CONTENT as invalid} from 'typed-http-status';\nres.status(invalid);",
			errors: [unprocessable],
		},
		{
			code: "import {HTTP_422_UNPROCESSABLE_CONTENT, HTTP_422_UNPROCESSABLE_ENTITY} from 'typed-http-status';\nif (s === HTTP_422_UNPROCESSABLE_ENTITY) {}",
			output: "import {HTTP_422_UNPROCESSABLE_CONTENT} from 'typed-http-status';\nif (s === HTTP_422_UNPROCESSABLE_CONTENT) {}",
			errors: [unprocessable],
		},
		{
			code: "import * as status from 'typed-http-status';\nres.status(status.HTTP_414_REQUEST_URI_TOO_LONG);",
			output: "import * as status from 'typed-http-status';\nres.status(status.HTTP_414_URI_TOO_LONG);",
			errors: [deprecated('HTTP_414_REQUEST_URI_TOO_LONG', 'HTTP_414_URI_TOO_LONG (414 URI Too Long)')],
		},
		{
			code: "import {HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE} from 'typed-http-status';\nfunction f(HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE) { return HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE; }\nf(HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE);",
			output:
				"import {HTTP_416_RANGE_NOT_SATISFIABLE} from 'typed-http-status';\nfunction f(HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE) { return HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE; }\nf(HTTP_416_RANGE_NOT_SATISFIABLE);",
			errors: [deprecated('HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE', 'HTTP_416_RANGE_NOT_SATISFIABLE (416 Range Not Satisfiable)')],
		},
	],
});

commonjs.run('no-deprecated-status (CommonJS)', noDeprecatedStatus, {
	valid: ["const {HTTP_413_CONTENT_TOO_LARGE} = require('typed-http-status');"],
	invalid: [
		{
			code: "const {HTTP_413_REQUEST_ENTITY_TOO_LARGE} = require('typed-http-status');\nres.status(HTTP_413_REQUEST_ENTITY_TOO_LARGE);",
			output: "const {HTTP_413_CONTENT_TOO_LARGE} = require('typed-http-status');\nres.status(HTTP_413_CONTENT_TOO_LARGE);",
			errors: [tooLarge],
		},
		{
			code: "const status = require('typed-http-status');\nres.status(status.HTTP_422_UNPROCESSABLE_ENTITY);",
			output: "const status = require('typed-http-status');\nres.status(status.HTTP_422_UNPROCESSABLE_CONTENT);",
			errors: [unprocessable],
		},
	],
});

typescript.run('no-deprecated-status (TypeScript)', noDeprecatedStatus, {
	valid: ["import type {StatusCode} from 'typed-http-status';\nconst s: StatusCode = 200;"],
	invalid: [
		{
			code: "import {HTTP_422_UNPROCESSABLE_ENTITY} from 'typed-http-status';\nconst invalid: typeof HTTP_422_UNPROCESSABLE_ENTITY = HTTP_422_UNPROCESSABLE_ENTITY;",
			output:
				"import {HTTP_422_UNPROCESSABLE_CONTENT} from 'typed-http-status';\nconst invalid: typeof HTTP_422_UNPROCESSABLE_CONTENT = HTTP_422_UNPROCESSABLE_CONTENT;",
			errors: [unprocessable],
		},
	],
});
