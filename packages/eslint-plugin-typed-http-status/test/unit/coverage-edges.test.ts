// Corners of the rules that the per-rule suites do not reach: destructured `require`s of another library, a
// pattern holding only `...rest`, names no import declares, and a second import-needing fix far from the first.
import {Linter, type Rule} from 'eslint';
import {expect, test} from 'vitest';
import {importPlan} from '../../src/import-plan.ts';
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

commonjs.run('prefer-typed-http-status: requires the rule reads past', preferTypedHttpStatus, {
	// a bare `require` binds nothing to migrate
	valid: ["require('http-status-codes');\nres.status(404);"],
	invalid: [
		{
			// a module object of a library whose codes live one level down; the require goes in the next pass
			code: "const codes = require('http-status-codes');\nres.status(codes.StatusCodes.NOT_FOUND);",
			output: "const codes = require('http-status-codes');\nconst {HTTP_404_NOT_FOUND} = require('typed-http-status');\nres.status(HTTP_404_NOT_FOUND);",
			errors: [{messageId: 'constant', data: {source: 'codes.StatusCodes.NOT_FOUND', name: 'HTTP_404_NOT_FOUND (404 Not Found)'}}],
		},
		{
			// a name the library exports besides its codes (axios's `create`) is no binding of the rule's; the codes' require goes in the next pass
			code: "const {create, HttpStatusCode} = require('axios');\nres.status(HttpStatusCode.NotFound);",
			output: "const {create, HttpStatusCode} = require('axios');\nconst {HTTP_404_NOT_FOUND} = require('typed-http-status');\nres.status(HTTP_404_NOT_FOUND);",
			errors: [{messageId: 'constant', data: {source: 'HttpStatusCode.NotFound', name: 'HTTP_404_NOT_FOUND (404 Not Found)'}}],
		},
		{
			// the use that keeps the import is quoted in the message, cut at 60 characters
			code: "const httpStatus = require('http-status');\nsend(httpStatus[upstream.response.statusCodeReportedByTheServiceWeCall]);",
			output: null,
			errors: [
				{
					messageId: 'remains',
					data: {
						local: 'httpStatus',
						module: 'http-status',
						use: 'httpStatus[upstream.response.statusCodeReportedByTheService…',
						line: '2',
						why: 'looks a value up by a computed key',
					},
				},
			],
		},
	],
});

javascript.run('prefer-typed-http-status: fixes and suggestions far from the import', preferTypedHttpStatus, {
	valid: [],
	invalid: [
		{
			// the first fix imports every name; the second, more than LOCAL_SPAN away, waits for the next pass
			code: `import {StatusCodes} from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND);\n${padding}\nres.status(StatusCodes.CREATED);`,
			output: `import {StatusCodes} from 'http-status-codes';\nimport {HTTP_201_CREATED, HTTP_404_NOT_FOUND} from 'typed-http-status';\nres.status(HTTP_404_NOT_FOUND);\n${padding}\nres.status(StatusCodes.CREATED);`,
			errors: [
				{messageId: 'constant', data: {source: 'StatusCodes.NOT_FOUND', name: 'HTTP_404_NOT_FOUND (404 Not Found)'}},
				{messageId: 'constant', data: {source: 'StatusCodes.CREATED', name: 'HTTP_201_CREATED (201 Created)'}},
			],
		},
		{
			// a suggestion too far from the import to carry it offers the import first
			code: `import {getReasonPhrase} from 'http-status-codes';\n${padding}\nsend(getReasonPhrase(code));`,
			output: null,
			errors: [
				{
					messageId: 'getReasonPhraseUnproven',
					suggestions: [
						{
							messageId: 'importFirst',
							data: {names: 'reasonPhrase'},
							output: `import {getReasonPhrase} from 'http-status-codes';\nimport {reasonPhrase} from 'typed-http-status';\n${padding}\nsend(getReasonPhrase(code));`,
						},
					],
				},
			],
		},
	],
});

const notFound = {messageId: 'bare', data: {name: 'HTTP_404_NOT_FOUND (404 Not Found)', code: '404'}};
javascript.run('no-bare-status: extending the lists of existing imports', noBareStatus, {
	valid: [],
	invalid: [
		{
			// spaces inside the braces are kept
			code: "import { HTTP_200_OK } from 'typed-http-status';\nres.status(ok ? HTTP_200_OK : 404);",
			output: "import { HTTP_200_OK, HTTP_404_NOT_FOUND } from 'typed-http-status';\nres.status(ok ? HTTP_200_OK : HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			// comments outside the braces do not freeze the list
			code: "import /**/ {HTTP_200_OK} /**/ from 'typed-http-status';\nres.status(404);",
			output: "import /**/ {HTTP_200_OK, HTTP_404_NOT_FOUND} /**/ from 'typed-http-status';\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			// a list out of order is not reordered: the new name goes last
			code: "import {HTTP_500_INTERNAL_SERVER_ERROR, HTTP_200_OK} from 'typed-http-status';\nres.status(404);",
			output: "import {HTTP_500_INTERNAL_SERVER_ERROR, HTTP_200_OK, HTTP_404_NOT_FOUND} from 'typed-http-status';\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			// one name a line, no trailing comma
			code: "import {\n\tHTTP_200_OK,\n\tHTTP_500_INTERNAL_SERVER_ERROR\n} from 'typed-http-status';\nres.status(404);",
			output: "import {\n\tHTTP_200_OK,\n\tHTTP_404_NOT_FOUND,\n\tHTTP_500_INTERNAL_SERVER_ERROR\n} from 'typed-http-status';\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
	],
});

commonjs.run('no-bare-status: a require under a free alias', noBareStatus, {
	valid: [],
	invalid: [
		{
			code: "const HTTP_404_NOT_FOUND = 'missing';\nres.status(404);",
			output:
				"const {HTTP_404_NOT_FOUND: HTTP_404_NOT_FOUND_1} = require('typed-http-status');\nconst HTTP_404_NOT_FOUND = 'missing';\nres.status(HTTP_404_NOT_FOUND_1);",
			errors: [notFound],
		},
	],
});

test('an import plan refuses a reference nobody requested, rather than spell a name nothing imports', () => {
	const asked: string[] = [];
	const rule: Rule.RuleModule = {
		create: context => ({
			'Program:exit'(program) {
				const plan = importPlan(context, [{node: program, names: ['HTTP_200_OK']}]);
				asked.push(plan.reference('HTTP_200_OK', program));
				expect(() => plan.reference('HTTP_404_NOT_FOUND', program)).toThrow(
					new TypeError('importPlan: no reference to HTTP_404_NOT_FOUND was requested at this node'),
				);
			},
		}),
	};
	const linter = new Linter({configType: 'flat'});
	expect(linter.verify('res.status(200);', {plugins: {probe: {rules: {plan: rule}}}, rules: {'probe/plan': 'error'}})).toEqual([]);
	expect(asked).toEqual(['HTTP_200_OK']);
});
