import {noBareStatus} from '../../src/no-bare-status.ts';
import {commonjs, javascript, typescript} from './rule-tester.ts';

const bare = (name: string, code: number) => ({messageId: 'bare', data: {name, code: String(code)}});
const notFound = bare('HTTP_404_NOT_FOUND (404 Not Found)', 404);
const created = bare('HTTP_201_CREATED (201 Created)', 201);
const ok = bare('HTTP_200_OK (200 OK)', 200);
const imports = (names: string) => `import {${names}} from 'typed-http-status';`;

javascript.run('no-bare-status', noBareStatus, {
	valid: [
		'setTimeout(done, 404);',
		// an `expect` method with another number among its arguments, or more than supertest's three, is not supertest's
		'suite.expect(200, 300);',
		"request(app).get('/').expect(200, 'tobi', done, extra);",
		'expect(200, body, done);',
		'const items = list[200];',
		'const port = 3000; server.listen(404);',
		'range(200, 300);',
		'if (count === 404) {}',
		'res.status(HTTP_404_NOT_FOUND);',
		'res.status(code);',
		'res.status(0x194);',
		'res.status(404.0);',
		'res.status(4_04);',
		'res.status(99);',
		'if (getStatus() === 404) {}',
		"if (res['status'] === 404) {}",
		'new globalThis.Response(null, {status: 204});'.replace('globalThis.Response', 'Responder'),
		'Response.clone(body, {status: 201});',
		'new Response(null, {[status]: 204});',
		'new Response({status: 204});',
		'new HttpException(404);',
		'res.status = 404;'.replace('=', '+='),
		'res.status(404 > limit ? a : b);',
		'res.status(ready && 200);',
		'let timeout = 500;',
		'let other = found ? 200 : 404;',
		'res.status(600);',
		'switch (kind) { case 404: break; }',
		'if (response.status > 404) {}',
		'response.status += 200;',
		'const init = {status: 404};',
		'new Response(null, {delay: 500});',
		'c.json(404);',
		'new Error(500);',
		'expect(items.length).toBe(200);',
		'expect(res.status).toBeGreaterThan(399);',
		'assert.equal(res.body.count, 200);',
		'Math.max(200, 300);',
		'status(404);',
		// a name is a status by its words, not by the letters "code" somewhere in it
		'const CHAR_CODE_f = 102;',
		'if (event.charCode === 100) {}',
		'if (event.keyCode === 229) {}',
		'proc.exitCode = 130;',
		'const unicode = 404;',
		'const barcode = 200;',
		'const zipCode = 501;',
		'const errorCode = 500;',
		'if (err.code_point === 404) {}',
		'const statusCount = 200;',
		// a method named like Hono's or Express's, given more arguments or more numbers than theirs take
		"doc.fontSize(25).text('Some text with an embedded font!', 100, 100);",
		"pdf.text('Hello world!', 200, 250);",
		"pdf.text('Hello world!', 200, 250, {align: 'center'});",
		"doc.text('Footer', 300, y + 10);",
		'c.json(body, 404, headers, extra);',
		'gauge.status(200, 1);',
		'res.sendStatus(404, 1);',
		'res.writeHead(404, -1);',
		"res.writeHead(404, 'Not Found', headers, extra);",
		'res.redirect(301, 302);',
		"res.redirect(301, '/new', extra);",
		'new HTTPException(404, {message}, extra);',
		'new HttpError(404, 2);',
		"new HttpException('Forbidden', 403, options, extra);",
	],
	invalid: [
		{code: 'res.status(404).end();', output: `${imports('HTTP_404_NOT_FOUND')}\nres.status(HTTP_404_NOT_FOUND).end();`, errors: [notFound]},
		{code: 'res.sendStatus(404);', output: `${imports('HTTP_404_NOT_FOUND')}\nres.sendStatus(HTTP_404_NOT_FOUND);`, errors: [notFound]},
		{
			code: "res.writeHead(404, {'content-type': 'text/plain'});",
			output: `${imports('HTTP_404_NOT_FOUND')}\nres.writeHead(HTTP_404_NOT_FOUND, {'content-type': 'text/plain'});`,
			errors: [notFound],
		},
		{code: 'reply.code(201).send(user);', output: `${imports('HTTP_201_CREATED')}\nreply.code(HTTP_201_CREATED).send(user);`, errors: [created]},
		{code: 'reply.status(201);', output: `${imports('HTTP_201_CREATED')}\nreply.status(HTTP_201_CREATED);`, errors: [created]},
		{
			code: 'app.get(c => c.json({error}, 404));',
			output: `${imports('HTTP_404_NOT_FOUND')}\napp.get(c => c.json({error}, HTTP_404_NOT_FOUND));`,
			errors: [notFound],
		},
		{code: "c.text('missing', 404);", output: `${imports('HTTP_404_NOT_FOUND')}\nc.text('missing', HTTP_404_NOT_FOUND);`, errors: [notFound]},
		{
			code: 'c.body(null, 204);',
			output: `${imports('HTTP_204_NO_CONTENT')}\nc.body(null, HTTP_204_NO_CONTENT);`,
			errors: [bare('HTTP_204_NO_CONTENT (204 No Content)', 204)],
		},
		{
			code: "c.html('<p>gone</p>', 410);",
			output: `${imports('HTTP_410_GONE')}\nc.html('<p>gone</p>', HTTP_410_GONE);`,
			errors: [bare('HTTP_410_GONE (410 Gone)', 410)],
		},
		{
			code: "c.redirect('/login', 303);",
			output: `${imports('HTTP_303_SEE_OTHER')}\nc.redirect('/login', HTTP_303_SEE_OTHER);`,
			errors: [bare('HTTP_303_SEE_OTHER (303 See Other)', 303)],
		},
		{
			code: "res.redirect(301, '/new');",
			output: `${imports('HTTP_301_MOVED_PERMANENTLY')}\nres.redirect(HTTP_301_MOVED_PERMANENTLY, '/new');`,
			errors: [bare('HTTP_301_MOVED_PERMANENTLY (301 Moved Permanently)', 301)],
		},
		{code: 'c.status(201);', output: `${imports('HTTP_201_CREATED')}\nc.status(HTTP_201_CREATED);`, errors: [created]},
		// Hono's third argument is headers; its body may be a number
		{
			code: "c.json(body, 404, {'x-reason': 'gone'});",
			output: `${imports('HTTP_404_NOT_FOUND')}\nc.json(body, HTTP_404_NOT_FOUND, {'x-reason': 'gone'});`,
			errors: [notFound],
		},
		{code: 'c.text(body, 404, headers);', output: `${imports('HTTP_404_NOT_FOUND')}\nc.text(body, HTTP_404_NOT_FOUND, headers);`, errors: [notFound]},
		{code: 'c.json(42, 201);', output: `${imports('HTTP_201_CREATED')}\nc.json(42, HTTP_201_CREATED);`, errors: [created]},
		{
			code: "res.writeHead(404, 'Not Found', headers);",
			output: `${imports('HTTP_404_NOT_FOUND')}\nres.writeHead(HTTP_404_NOT_FOUND, 'Not Found', headers);`,
			errors: [notFound],
		},
		{
			code: "throw new HttpException('Missing', 404, {cause});",
			output: `${imports('HTTP_404_NOT_FOUND')}\nthrow new HttpException('Missing', HTTP_404_NOT_FOUND, {cause});`,
			errors: [notFound],
		},
		{
			code: "throw new HTTPException(401, {message: 'who are you'});",
			output: `${imports('HTTP_401_UNAUTHORIZED')}\nthrow new HTTPException(HTTP_401_UNAUTHORIZED, {message: 'who are you'});`,
			errors: [bare('HTTP_401_UNAUTHORIZED (401 Unauthorized)', 401)],
		},
		{
			code: "throw new HttpException('Forbidden', 403);",
			output: `${imports('HTTP_403_FORBIDDEN')}\nthrow new HttpException('Forbidden', HTTP_403_FORBIDDEN);`,
			errors: [bare('HTTP_403_FORBIDDEN (403 Forbidden)', 403)],
		},
		{
			code: 'new Response(null, {status: 204});',
			output: `${imports('HTTP_204_NO_CONTENT')}\nnew Response(null, {status: HTTP_204_NO_CONTENT});`,
			errors: [bare('HTTP_204_NO_CONTENT (204 No Content)', 204)],
		},
		{
			code: 'Response.json(body, {status: 201, headers});',
			output: `${imports('HTTP_201_CREATED')}\nResponse.json(body, {status: HTTP_201_CREATED, headers});`,
			errors: [created],
		},
		{
			code: 'Response.redirect(url, 308);',
			output: `${imports('HTTP_308_PERMANENT_REDIRECT')}\nResponse.redirect(url, HTTP_308_PERMANENT_REDIRECT);`,
			errors: [bare('HTTP_308_PERMANENT_REDIRECT (308 Permanent Redirect)', 308)],
		},
		{code: 'res.statusCode = 404;', output: `${imports('HTTP_404_NOT_FOUND')}\nres.statusCode = HTTP_404_NOT_FOUND;`, errors: [notFound]},
		{code: 'ctx.status = 201;', output: `${imports('HTTP_201_CREATED')}\nctx.status = HTTP_201_CREATED;`, errors: [created]},
		{code: 'if (response.status === 404) {}', output: `${imports('HTTP_404_NOT_FOUND')}\nif (response.status === HTTP_404_NOT_FOUND) {}`, errors: [notFound]},
		{code: 'if (200 !== res.statusCode) {}', output: `${imports('HTTP_200_OK')}\nif (HTTP_200_OK !== res.statusCode) {}`, errors: [ok]},
		{
			code: 'if (error.response?.status == 404) {}',
			output: `${imports('HTTP_404_NOT_FOUND')}\nif (error.response?.status == HTTP_404_NOT_FOUND) {}`,
			errors: [notFound],
		},
		{
			code: 'switch (response.status) { case 404: break; default: }',
			output: `${imports('HTTP_404_NOT_FOUND')}\nswitch (response.status) { case HTTP_404_NOT_FOUND: break; default: }`,
			errors: [notFound],
		},
		{code: 'expect(res.status).toBe(201);', output: `${imports('HTTP_201_CREATED')}\nexpect(res.status).toBe(HTTP_201_CREATED);`, errors: [created]},
		{
			code: 'expect(response.statusCode).not.toEqual(200);',
			output: `${imports('HTTP_200_OK')}\nexpect(response.statusCode).not.toEqual(HTTP_200_OK);`,
			errors: [ok],
		},
		{
			code: "await request(app).post('/users').send(user).expect(201);",
			output: `${imports('HTTP_201_CREATED')}\nawait request(app).post('/users').send(user).expect(HTTP_201_CREATED);`,
			errors: [created],
		},
		// supertest's other forms: a body to compare, a callback, or both after the status
		{
			code: "request(app).get('/').expect(200, 'tobi', done);",
			output: `${imports('HTTP_200_OK')}\nrequest(app).get('/').expect(HTTP_200_OK, 'tobi', done);`,
			errors: [ok],
		},
		{
			code: "request(app).get('/missing').expect(404, done);",
			output: `${imports('HTTP_404_NOT_FOUND')}\nrequest(app).get('/missing').expect(HTTP_404_NOT_FOUND, done);`,
			errors: [notFound],
		},
		{
			code: "await request(app).post('/users').expect(201, {id: 1});",
			output: `${imports('HTTP_201_CREATED')}\nawait request(app).post('/users').expect(HTTP_201_CREATED, {id: 1});`,
			errors: [created],
		},
		{code: 'assert.strictEqual(res.status, 200);', output: `${imports('HTTP_200_OK')}\nassert.strictEqual(res.status, HTTP_200_OK);`, errors: [ok]},
		{
			code: 'res.statusCode = found ? 200 : 404;',
			output: `${imports('HTTP_200_OK, HTTP_404_NOT_FOUND')}\nres.statusCode = found ? HTTP_200_OK : 404;`,
			errors: [ok, notFound],
		},
		{
			code: 'res.status(error.status ?? 500);',
			output: `${imports('HTTP_500_INTERNAL_SERVER_ERROR')}\nres.status(error.status ?? HTTP_500_INTERNAL_SERVER_ERROR);`,
			errors: [bare('HTTP_500_INTERNAL_SERVER_ERROR (500 Internal Server Error)', 500)],
		},
		{code: 'let status = 404;', output: `${imports('HTTP_404_NOT_FOUND')}\nlet status = HTTP_404_NOT_FOUND;`, errors: [notFound]},
		...['httpStatus', 'STATUS_CODE', 'status_code', 'responseCode', 'httpCode', 'HTTPStatus', 'code'].map(name => ({
			code: `const ${name} = 404;`,
			output: `${imports('HTTP_404_NOT_FOUND')}\nconst ${name} = HTTP_404_NOT_FOUND;`,
			errors: [notFound],
		})),
		{
			code: 'new globalThis.Response(null, {status: 204});',
			output: `${imports('HTTP_204_NO_CONTENT')}\nnew globalThis.Response(null, {status: HTTP_204_NO_CONTENT});`,
			errors: [bare('HTTP_204_NO_CONTENT (204 No Content)', 204)],
		},
		{
			code: "import {'HTTP_404_NOT_FOUND' as missing} from 'typed-http-status';\nres.status(404);",
			output: "import {'HTTP_404_NOT_FOUND' as missing} from 'typed-http-status';\nres.status(missing);",
			errors: [notFound],
		},
		// a code without a name is reported, never fixed
		{code: 'res.status(299);', output: null, errors: [{messageId: 'unnamed', data: {code: '299'}}]},
		// an existing import is extended; an existing name is reused; a namespace import is used
		{
			code: "import {HTTP_200_OK} from 'typed-http-status';\nres.status(404);",
			output: "import {HTTP_200_OK, HTTP_404_NOT_FOUND} from 'typed-http-status';\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			code: "import {HTTP_404_NOT_FOUND as missing} from 'typed-http-status';\nres.status(404);",
			output: "import {HTTP_404_NOT_FOUND as missing} from 'typed-http-status';\nres.status(missing);",
			errors: [notFound],
		},
		{
			code: "import * as status from 'typed-http-status';\nres.status(404);",
			output: "import * as status from 'typed-http-status';\nres.status(status.HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			code: "import {\n\tHTTP_200_OK,\n} from 'typed-http-status';\nres.status(404);",
			output: "import {\n\tHTTP_200_OK,\n\tHTTP_404_NOT_FOUND,\n} from 'typed-http-status';\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			code: "import express from 'express';\n\nres.status(404);",
			output: `import express from 'express';\n${imports('HTTP_404_NOT_FOUND')}\n\nres.status(HTTP_404_NOT_FOUND);`,
			errors: [notFound],
		},
		// every fix imports every name the file needs, so the second pass only replaces
		{
			code: 'res.status(404);\nres.status(201);',
			output: `${imports('HTTP_201_CREATED, HTTP_404_NOT_FOUND')}\nres.status(HTTP_404_NOT_FOUND);\nres.status(201);`,
			errors: [notFound, created],
		},
	],
});

commonjs.run('no-bare-status (CommonJS)', noBareStatus, {
	valid: ['setTimeout(done, 500);'],
	invalid: [
		{
			code: "'use strict';\nres.status(404);",
			output: "'use strict';\nconst {HTTP_404_NOT_FOUND} = require('typed-http-status');\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			code: "const {HTTP_200_OK} = require('typed-http-status');\nres.status(404);",
			output: "const {HTTP_200_OK, HTTP_404_NOT_FOUND} = require('typed-http-status');\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			code: "const fs = require('node:fs');\nconst {HTTP_200_OK: ok, ...rest} = require('typed-http-status');\nres.status(404);",
			output:
				"const fs = require('node:fs');\nconst {HTTP_200_OK: ok, HTTP_404_NOT_FOUND, ...rest} = require('typed-http-status');\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			code: "const [first] = require('typed-http-status');\nres.status(404);",
			output: "const [first] = require('typed-http-status');\nconst {HTTP_404_NOT_FOUND} = require('typed-http-status');\nres.status(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			code: "const status = require('typed-http-status');\nres.status(404);",
			output: "const status = require('typed-http-status');\nres.status(status.HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
	],
});

typescript.run('no-bare-status (TypeScript)', noBareStatus, {
	valid: [
		'const timeout: number = 500;',
		'type Pair = [200, 300];',
		'res.status(404 as number);',
		"import type {StatusCode} from 'typed-http-status';\nlet code: StatusCode;",
	],
	invalid: [
		{
			code: 'export function handler(res: Response): void {\n\tif (res.status === 404) {}\n}',
			output: `${imports('HTTP_404_NOT_FOUND')}\nexport function handler(res: Response): void {\n\tif (res.status === HTTP_404_NOT_FOUND) {}\n}`,
			errors: [notFound],
		},
		{
			code: "import type {StatusCode} from 'typed-http-status';\nconst code: StatusCode = res.status(201);",
			output: `import type {StatusCode} from 'typed-http-status';\n${imports('HTTP_201_CREATED')}\nconst code: StatusCode = res.status(HTTP_201_CREATED);`,
			errors: [created],
		},
		{
			code: "import {type StatusCode} from 'typed-http-status';\nreply.code(404);",
			output: "import {HTTP_404_NOT_FOUND, type StatusCode} from 'typed-http-status';\nreply.code(HTTP_404_NOT_FOUND);",
			errors: [notFound],
		},
		{
			code: 'switch ((response as Response).status) { case 404: break; }',
			output: `${imports('HTTP_404_NOT_FOUND')}\nswitch ((response as Response).status) { case HTTP_404_NOT_FOUND: break; }`,
			errors: [notFound],
		},
	],
});

typescript.run('no-bare-status (TypeScript, where the import goes)', noBareStatus, {
	valid: [],
	invalid: [
		{code: "'use strict';\nres.status(404);", output: `'use strict';\n${imports('HTTP_404_NOT_FOUND')}\nres.status(HTTP_404_NOT_FOUND);`, errors: [notFound]},
		{
			code: 'app.get(c => c.body(null, 204));',
			output: `${imports('HTTP_204_NO_CONTENT')}\napp.get(c => c.body(null, HTTP_204_NO_CONTENT));`,
			errors: [bare('HTTP_204_NO_CONTENT (204 No Content)', 204)],
		},
	],
});
