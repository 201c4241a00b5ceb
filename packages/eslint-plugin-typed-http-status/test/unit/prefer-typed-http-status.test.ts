import {preferTypedHttpStatus} from '../../src/prefer-typed-http-status.ts';
import {javascript, typescript} from './rule-tester.ts';

const constant = (source: string, name: string) => ({messageId: 'constant', data: {source, name}});
const notFound = 'HTTP_404_NOT_FOUND (404 Not Found)';
const ours = (names: string) => `import {${names}} from 'typed-http-status';`;
const remains = (local: string, module: string, use: string, why: string) => ({messageId: 'remains', data: {local, module, use, line: '2', why}});

javascript.run('prefer-typed-http-status', preferTypedHttpStatus, {
	valid: ["import {StatusCodes} from 'some-other-package';\nres.status(StatusCodes.NOT_FOUND);"],
	invalid: [
		// what the rule cannot rewrite keeps the import, and is reported on it: silence means the package can go
		{
			code: "import {ReasonPhrases, getStatusCode} from 'http-status-codes';\nconsole.log(ReasonPhrases.OK, getStatusCode('OK'));",
			output: null,
			errors: [
				remains('ReasonPhrases', 'http-status-codes', 'ReasonPhrases.OK', 'is no constant typed-http-status has'),
				remains('getStatusCode', 'http-status-codes', "getStatusCode('OK')", 'is a call typed-http-status has no counterpart for'),
			],
		},
		{
			code: "import {StatusCodes} from 'http-status-codes';\nconsole.log(StatusCodes.NOT_A_CODE, StatusCodes[code]);",
			output: null,
			errors: [remains('StatusCodes', 'http-status-codes', 'StatusCodes.NOT_A_CODE', 'is no constant typed-http-status has')],
		},
		{
			code: "import status from 'http-status';\nconsole.log(status[code], status.classes.SUCCESSFUL, status['404_NAME']);",
			output: null,
			errors: [remains('status', 'http-status', 'status[code]', 'looks a value up by a computed key')],
		},
		{
			code: "import status from 'http-status';\nconsole.log(status['404_NAME']);",
			output: null,
			errors: [remains('status', 'http-status', "status['404_NAME']", 'reads a member typed-http-status has no counterpart for')],
		},
		{
			code: "import {HttpStatus} from '@nestjs/common';\nfunction f(HttpStatus) { return HttpStatus.NOT_FOUND; }\nf(HttpStatus);",
			output: null,
			errors: [
				{
					...remains('HttpStatus', '@nestjs/common', 'HttpStatus', 'uses the object itself, not one of its constants'),
					data: {local: 'HttpStatus', module: '@nestjs/common', use: 'HttpStatus', line: '3', why: 'uses the object itself, not one of its constants'},
				},
			],
		},
		// http-status 1.x: CommonJS, and `httpStatus[httpStatus.X]` is the phrase
		{
			// one pass: the import rides on the first fix; `--fix`'s next pass rewrites the lookup. The file requires,
			// so the import is a `require` too, though it is parsed as a module
			code: "const httpStatus = require('http-status');\nres.status(httpStatus.NOT_FOUND).send(httpStatus[httpStatus.NOT_FOUND]);",
			output: `const httpStatus = require('http-status');\nconst {HTTP_404_NOT_FOUND, reasonPhrase} = require('typed-http-status');\nres.status(HTTP_404_NOT_FOUND).send(httpStatus[httpStatus.NOT_FOUND]);`,
			errors: [constant('httpStatus.NOT_FOUND', notFound), {messageId: 'phrase', data: {source: 'httpStatus[httpStatus.NOT_FOUND]', name: notFound}}],
		},
		{
			code: "import * as httpStatus from 'http-status';\nres.status(httpStatus.NOT_FOUND);",
			output: `import * as httpStatus from 'http-status';\n${ours('HTTP_404_NOT_FOUND')}\nres.status(HTTP_404_NOT_FOUND);`,
			errors: [constant('httpStatus.NOT_FOUND', notFound)],
		},
		{
			// an enum's reverse mapping is the member's name, which typed-http-status has no counterpart for
			code: "import {StatusCodes} from 'http-status-codes';\nconsole.log(StatusCodes[StatusCodes.NOT_FOUND]);",
			output: null,
			errors: [remains('StatusCodes', 'http-status-codes', 'StatusCodes[StatusCodes.NOT_FOUND]', 'looks a value up by a computed key')],
		},
		// http-status-codes
		{
			code: "import {StatusCodes} from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND);",
			output: `import {StatusCodes} from 'http-status-codes';\n${ours('HTTP_404_NOT_FOUND')}\nres.status(HTTP_404_NOT_FOUND);`,
			errors: [constant('StatusCodes.NOT_FOUND', notFound)],
		},
		{
			code: "import {StatusCodes} from 'http-status-codes';\nres.redirect(StatusCodes.MOVED_TEMPORARILY, '/new');",
			output: `import {StatusCodes} from 'http-status-codes';\n${ours('HTTP_302_FOUND')}\nres.redirect(HTTP_302_FOUND, '/new');`,
			errors: [constant('StatusCodes.MOVED_TEMPORARILY', 'HTTP_302_FOUND (302 Found)')],
		},
		{
			code: "import {StatusCodes as Codes} from 'http-status-codes';\nres.status(Codes.REQUEST_TOO_LONG);",
			output: `import {StatusCodes as Codes} from 'http-status-codes';\n${ours('HTTP_413_CONTENT_TOO_LARGE')}\nres.status(HTTP_413_CONTENT_TOO_LARGE);`,
			errors: [constant('Codes.REQUEST_TOO_LONG', 'HTTP_413_CONTENT_TOO_LARGE (413 Content Too Large)')],
		},
		{
			// 419 is no code of ours: reported, and only suggested as the number
			code: "import {StatusCodes} from 'http-status-codes';\nres.status(StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE);",
			output: null,
			errors: [
				{
					messageId: 'unnamed',
					data: {source: 'StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE', code: '419'},
					suggestions: [
						{messageId: 'replaceWith', data: {replacement: 'the number 419'}, output: "import {StatusCodes} from 'http-status-codes';\nres.status(419);"},
					],
				},
			],
		},
		{
			code: "import {getReasonPhrase} from 'http-status-codes';\nconsole.log(getReasonPhrase(404));",
			output: `import {getReasonPhrase} from 'http-status-codes';\n${ours('reasonPhrase')}\nconsole.log(reasonPhrase(404));`,
			errors: [{messageId: 'getReasonPhrase', data: {library: 'http-status-codes'}}],
		},
		{
			// a variable may hold a code it does not name (it throws, ours returns undefined); 422's phrase is worded differently
			code: "import {getReasonPhrase} from 'http-status-codes';\nconsole.log(getReasonPhrase(code), getReasonPhrase(422));",
			output: null,
			errors: [
				{
					messageId: 'getReasonPhraseUnproven',
					suggestions: [
						{
							messageId: 'replaceWith',
							output: `import {getReasonPhrase} from 'http-status-codes';\n${ours('reasonPhrase')}\nconsole.log(reasonPhrase(code), getReasonPhrase(422));`,
						},
					],
				},
				{
					messageId: 'getReasonPhraseUnproven',
					suggestions: [
						{
							messageId: 'replaceWith',
							output: `import {getReasonPhrase} from 'http-status-codes';\n${ours('reasonPhrase')}\nconsole.log(getReasonPhrase(code), reasonPhrase(422));`,
						},
					],
				},
			],
		},
		{
			// once nothing uses it, the old import goes
			code: `import {StatusCodes, getStatusCode} from 'http-status-codes';\n${ours('HTTP_200_OK')}\nres.status(HTTP_200_OK);\ngetStatusCode('OK');`,
			output: `import {getStatusCode} from 'http-status-codes';\n${ours('HTTP_200_OK')}\nres.status(HTTP_200_OK);\ngetStatusCode('OK');`,
			errors: [
				{messageId: 'unusedImport', data: {local: 'StatusCodes', module: 'http-status-codes'}},
				{
					messageId: 'remains',
					data: {
						local: 'getStatusCode',
						module: 'http-status-codes',
						use: "getStatusCode('OK')",
						line: '4',
						why: 'is a call typed-http-status has no counterpart for',
					},
				},
			],
		},
		{
			code: `import {StatusCodes} from 'http-status-codes';\n${ours('HTTP_200_OK')}\nres.status(HTTP_200_OK);`,
			output: `${ours('HTTP_200_OK')}\nres.status(HTTP_200_OK);`,
			errors: [{messageId: 'unusedImport', data: {local: 'StatusCodes', module: 'http-status-codes'}}],
		},
		{
			// the first import of the file goes with the blank line below it: the file does not start with a blank line
			code: `import {StatusCodes} from 'http-status-codes';\n\n${ours('HTTP_200_OK')}\nres.status(HTTP_200_OK);`,
			output: `${ours('HTTP_200_OK')}\nres.status(HTTP_200_OK);`,
			errors: [{messageId: 'unusedImport', data: {local: 'StatusCodes', module: 'http-status-codes'}}],
		},
		{
			// between blank lines, one blank line stays
			code: `import express from 'express';\n\nimport {StatusCodes} from 'http-status-codes';\n\n${ours('HTTP_200_OK')}\nres.status(HTTP_200_OK);`,
			output: `import express from 'express';\n\n${ours('HTTP_200_OK')}\nres.status(HTTP_200_OK);`,
			errors: [{messageId: 'unusedImport', data: {local: 'StatusCodes', module: 'http-status-codes'}}],
		},
		{
			// below a line of code, only its own line goes
			code: `import express from 'express';\nimport {StatusCodes} from 'http-status-codes';\n\n${ours('HTTP_200_OK')}\nres.status(HTTP_200_OK);`,
			output: `import express from 'express';\n\n${ours('HTTP_200_OK')}\nres.status(HTTP_200_OK);`,
			errors: [{messageId: 'unusedImport', data: {local: 'StatusCodes', module: 'http-status-codes'}}],
		},
		// http-status
		{
			code: "import status from 'http-status';\nres.status(status.NOT_FOUND).send(status[404]);",
			output: `import status from 'http-status';\n${ours('HTTP_404_NOT_FOUND, reasonPhrase')}\nres.status(HTTP_404_NOT_FOUND).send(status[404]);`,
			errors: [constant('status.NOT_FOUND', notFound), {messageId: 'phrase', data: {source: 'status[404]', name: notFound}}],
		},
		{
			code: "import {status as httpStatus} from 'http-status';\nres.send(httpStatus[422]);",
			output: null,
			errors: [
				{
					messageId: 'phraseDiffers',
					data: {source: 'httpStatus[422]', code: '422', phrase: 'Unprocessable Content'},
					suggestions: [
						{
							messageId: 'replaceWith',
							output: `import {status as httpStatus} from 'http-status';\n${ours('HTTP_422_UNPROCESSABLE_CONTENT, reasonPhrase')}\nres.send(reasonPhrase(HTTP_422_UNPROCESSABLE_CONTENT));`,
						},
					],
				},
			],
		},
		{
			code: "import httpStatus from 'http-status';\nif (res.status === httpStatus.SWITCH_PROXY) {}",
			output: `import httpStatus from 'http-status';\n${ours('HTTP_306_RESERVED')}\nif (res.status === HTTP_306_RESERVED) {}`,
			errors: [constant('httpStatus.SWITCH_PROXY', 'HTTP_306_RESERVED (306 (Unused))')],
		},
		// NestJS
		{
			code: "import {HttpCode, HttpStatus} from '@nestjs/common';\nconst remove = HttpCode(HttpStatus.NO_CONTENT);",
			output: `import {HttpCode, HttpStatus} from '@nestjs/common';\n${ours('HTTP_204_NO_CONTENT')}\nconst remove = HttpCode(HTTP_204_NO_CONTENT);`,
			errors: [constant('HttpStatus.NO_CONTENT', 'HTTP_204_NO_CONTENT (204 No Content)')],
		},
		{
			code: "import {HttpStatus} from '@nestjs/common';\nthrow new HttpException('teapot', HttpStatus.I_AM_A_TEAPOT);",
			output: `import {HttpStatus} from '@nestjs/common';\n${ours('HTTP_418_IM_A_TEAPOT')}\nthrow new HttpException('teapot', HTTP_418_IM_A_TEAPOT);`,
			errors: [constant('HttpStatus.I_AM_A_TEAPOT', "HTTP_418_IM_A_TEAPOT (418 I'm a teapot)")],
		},
		{
			code: "import {HttpStatus} from '@nestjs/common';\nres.status(HttpStatus.UNRECOVERABLE_ERROR);",
			output: null,
			errors: [
				{
					messageId: 'unnamed',
					data: {source: 'HttpStatus.UNRECOVERABLE_ERROR', code: '456'},
					suggestions: [{messageId: 'replaceWith', output: "import {HttpStatus} from '@nestjs/common';\nres.status(456);"}],
				},
			],
		},
		// axios
		{
			code: "import {HttpStatusCode} from 'axios';\nif (error.response?.status === HttpStatusCode.NotFound) {}",
			output: `import {HttpStatusCode} from 'axios';\n${ours('HTTP_404_NOT_FOUND')}\nif (error.response?.status === HTTP_404_NOT_FOUND) {}`,
			errors: [constant('HttpStatusCode.NotFound', notFound)],
		},
		{
			code: "import axios from 'axios';\nif (status === axios.HttpStatusCode.TooManyRequests) {}",
			output: `import axios from 'axios';\n${ours('HTTP_429_TOO_MANY_REQUESTS')}\nif (status === HTTP_429_TOO_MANY_REQUESTS) {}`,
			errors: [constant('axios.HttpStatusCode.TooManyRequests', 'HTTP_429_TOO_MANY_REQUESTS (429 Too Many Requests)')],
		},
		{
			// a namespace of our own is used where the file has one
			code: "import * as status from 'typed-http-status';\nimport {HttpStatusCode} from 'axios';\nif (code === HttpStatusCode.Ok) {}",
			output: "import * as status from 'typed-http-status';\nimport {HttpStatusCode} from 'axios';\nif (code === status.HTTP_200_OK) {}",
			errors: [constant('HttpStatusCode.Ok', 'HTTP_200_OK (200 OK)')],
		},
	],
});

typescript.run('prefer-typed-http-status (TypeScript)', preferTypedHttpStatus, {
	valid: [],
	invalid: [
		{
			code: "import {StatusCodes} from 'http-status-codes';\nexport const missing: number = StatusCodes.NOT_FOUND;\nlet code: StatusCodes;",
			output: `import {StatusCodes} from 'http-status-codes';\n${ours('HTTP_404_NOT_FOUND')}\nexport const missing: number = HTTP_404_NOT_FOUND;\nlet code: StatusCodes;`,
			errors: [
				{messageId: 'remains', data: {local: 'StatusCodes', module: 'http-status-codes', use: 'StatusCodes', line: '3', why: 'uses it as a type'}},
				constant('StatusCodes.NOT_FOUND', notFound),
			],
		},
		{
			code: "import {Controller, HttpStatus} from '@nestjs/common';\n@Controller()\nexport class Health {\n\tstatus(): number {\n\t\treturn HttpStatus.OK;\n\t}\n}",
			output: `import {Controller, HttpStatus} from '@nestjs/common';\n${ours('HTTP_200_OK')}\n@Controller()\nexport class Health {\n\tstatus(): number {\n\t\treturn HTTP_200_OK;\n\t}\n}`,
			errors: [constant('HttpStatus.OK', 'HTTP_200_OK (200 OK)')],
		},
	],
});

javascript.run('prefer-typed-http-status (forms it leaves alone or only suggests)', preferTypedHttpStatus, {
	valid: ["import axios from 'axios';\nawait axios.get('/users');\nconsole.log(axios.HttpStatusCode);"],
	invalid: [
		{
			code: "import {StatusCodes} from 'http-status-codes';\nconsole.log(Object.values(StatusCodes), StatusCodes[404]);",
			output: null,
			errors: [remains('StatusCodes', 'http-status-codes', 'StatusCodes', 'uses the object itself, not one of its constants')],
		},
		{
			code: "import status from 'http-status';\nconsole.log(status[299]);",
			output: null,
			errors: [remains('status', 'http-status', 'status[299]', 'reads a member typed-http-status has no counterpart for')],
		},
		{
			code: "import {getReasonPhrase} from 'http-status-codes';\nconst phrase = getReasonPhrase;\nconsole.log(phrase);",
			output: null,
			errors: [remains('getReasonPhrase', 'http-status-codes', 'getReasonPhrase', 'uses the object itself, not one of its constants')],
		},
		{
			code: "import {getReasonPhrase, StatusCodes} from 'http-status-codes';\nconsole.log(getReasonPhrase(StatusCodes.NOT_FOUND));",
			output: `import {getReasonPhrase, StatusCodes} from 'http-status-codes';\n${ours('HTTP_404_NOT_FOUND, reasonPhrase')}\nconsole.log(reasonPhrase(StatusCodes.NOT_FOUND));`,
			errors: [{messageId: 'getReasonPhrase'}, constant('StatusCodes.NOT_FOUND', notFound)],
		},
		...[
			'getReasonPhrase()',
			"getReasonPhrase('404')",
			'getReasonPhrase(404, 1)',
			'getReasonPhrase(other.NOT_FOUND)',
			'getReasonPhrase(StatusCodes[code])',
			'getReasonPhrase(a.b.NOT_FOUND)',
		].map(call => ({
			code: `import {getReasonPhrase, StatusCodes} from 'http-status-codes';\nconsole.log(${call}, StatusCodes);`,
			output: null,
			errors: [
				{messageId: 'remains'},
				{
					messageId: 'getReasonPhraseUnproven',
					suggestions: [
						{
							messageId: 'replaceWith',
							output: `import {getReasonPhrase, StatusCodes} from 'http-status-codes';\n${ours('reasonPhrase')}\nconsole.log(${call.replace('getReasonPhrase', 'reasonPhrase')}, StatusCodes);`,
						},
					],
				},
			],
		})),
		{
			code: "import * as codes from 'http-status-codes';\nres.status(codes.StatusCodes['NOT_FOUND']);",
			output: `import * as codes from 'http-status-codes';\n${ours('HTTP_404_NOT_FOUND')}\nres.status(HTTP_404_NOT_FOUND);`,
			errors: [constant('codes.StatusCodes.NOT_FOUND', notFound)],
		},
		{
			code: "import {StatusCodes} from 'http-status-codes'; run();",
			output: 'run();',
			errors: [{messageId: 'unusedImport'}],
		},
	],
});
