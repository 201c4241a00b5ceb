// Corners of the rules that the per-rule suites do not reach: destructured `require`s of another library, a
// pattern holding only `...rest`, names no import declares, and a second import-needing fix far from the first.
import {noBareStatus} from '../../src/no-bare-status.ts';
import {noBodyWithNullBodyStatus} from '../../src/no-body-with-null-body-status.ts';
import {noDeprecatedStatus} from '../../src/no-deprecated-status.ts';
import {preferClassGuard} from '../../src/prefer-class-guard.ts';
import {preferTypedHttpStatus} from '../../src/prefer-typed-http-status.ts';
import {commonjs, javascript, typed} from './rule-tester.ts';

commonjs.run('no-bare-status: a pattern of only `...rest`, and files with no statement', noBareStatus, {
	// the import plan is made at the end of every file, one without a statement too
	valid: ['', '// a comment and nothing else'],
	invalid: [
		{
			code: "const {...rest} = require('typed-http-status');\nres.status(404);",
			output: "const {HTTP_404_NOT_FOUND, ...rest} = require('typed-http-status');\nres.status(HTTP_404_NOT_FOUND);",
			errors: [{messageId: 'bare', data: {name: 'HTTP_404_NOT_FOUND (404 Not Found)', code: '404'}}],
		},
	],
});

javascript.run('no-body-with-null-body-status: names no import declares', noBodyWithNullBodyStatus, {
	valid: [
		// an undeclared object: not another library's codes
		'res.status(StatusCodes.NO_CONTENT).json(body);',
		// `arguments` is declared by its function without a definition; a built-in global likewise, at the top
		'function handler() {\n\tres.status(arguments).json(body);\n}',
		'res.status(Number).json(body);',
		// an import by a string name
		"import {'HTTP_200_OK' as ok} from 'typed-http-status';\nres.status(ok).json(body);",
	],
	invalid: [],
});

commonjs.run('no-deprecated-status: a destructured old name whose new name is taken where it is used', noDeprecatedStatus, {
	valid: [],
	invalid: [
		{
			code: "const {HTTP_413_REQUEST_ENTITY_TOO_LARGE} = require('typed-http-status');\nfunction limit(HTTP_413_CONTENT_TOO_LARGE) {\n\treturn HTTP_413_REQUEST_ENTITY_TOO_LARGE;\n}",
			output:
				"const {HTTP_413_CONTENT_TOO_LARGE: HTTP_413_REQUEST_ENTITY_TOO_LARGE} = require('typed-http-status');\nfunction limit(HTTP_413_CONTENT_TOO_LARGE) {\n\treturn HTTP_413_REQUEST_ENTITY_TOO_LARGE;\n}",
			errors: [{messageId: 'deprecated', data: {alias: 'HTTP_413_REQUEST_ENTITY_TOO_LARGE', name: 'HTTP_413_CONTENT_TOO_LARGE (413 Content Too Large)'}}],
		},
	],
});

commonjs.run('prefer-typed-http-status: a destructured require of another library', preferTypedHttpStatus, {
	// an array pattern takes no name the rule knows
	valid: ["const [first] = require('http-status-codes');\nres.status(first);"],
	invalid: [
		{
			code: "const {StatusCodes, [key]: other, nested: {deep}} = require('http-status-codes');\nres.status(StatusCodes.NOT_FOUND);",
			output:
				"const {StatusCodes, [key]: other, nested: {deep}} = require('http-status-codes');\nconst {HTTP_404_NOT_FOUND} = require('typed-http-status');\nres.status(HTTP_404_NOT_FOUND);",
			errors: [{messageId: 'constant', data: {source: 'StatusCodes.NOT_FOUND', name: 'HTTP_404_NOT_FOUND (404 Not Found)'}}],
		},
	],
});

javascript.run('prefer-typed-http-status: a module object used other than through a member', preferTypedHttpStatus, {
	valid: [],
	invalid: [
		{
			code: "import * as codes from 'http-status-codes';\nconsole.log(codes);",
			output: null,
			errors: [
				{
					messageId: 'remains',
					data: {local: 'codes', module: 'http-status-codes', use: 'codes', line: '2', why: 'uses the object itself, not one of its constants'},
				},
			],
		},
	],
});

// the second check lies more than LOCAL_SPAN (2,000 characters) from the first: only the first fix carries the import
const padding = `// ${'-'.repeat(2100)}`;
typed.run('prefer-class-guard: a second import-needing fix far from the first', preferClassGuard, {
	valid: [],
	invalid: [
		{
			code: `declare const code: 200 | 404 | 500;\nexport const client = code >= 400 && code < 500;\n${padding}\nexport const server = code >= 500 && code < 600;`,
			output: `import {isClientError, isServerError} from 'typed-http-status';\ndeclare const code: 200 | 404 | 500;\nexport const client = isClientError(code);\n${padding}\nexport const server = code >= 500 && code < 600;`,
			errors: [
				{messageId: 'guard', data: {call: 'isClientError(code)', title: 'Client Error'}},
				{messageId: 'guard', data: {call: 'isServerError(code)', title: 'Server Error'}},
			],
		},
	],
});
