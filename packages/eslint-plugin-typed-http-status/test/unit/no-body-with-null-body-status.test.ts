import {noBodyWithNullBodyStatus} from '../../src/no-body-with-null-body-status.ts';
import {javascript, typed} from './rule-tester.ts';

const dropped = (code: number, phrase: string, framework: string) => ({messageId: 'dropped', data: {code: String(code), phrase, framework}});
const thrown = (code: number, phrase: string, framework: string) => ({messageId: 'thrown', data: {code: String(code), phrase, framework}});

javascript.run('no-body-with-null-body-status', noBodyWithNullBodyStatus, {
	valid: [
		'res.status(204).end();',
		'res.status(204).send();',
		'res.status(204).json(null);',
		'res.status(200).json({deleted: true});',
		'res.status(code).json(body);',
		'reply.code(304).send(undefined);',
		'c.body(null, 204);',
		'c.json({ok: true}, 200);',
		'c.json(body);',
		'new Response(null, {status: 204});',
		'new Response(body, {status: 200});',
		'new Response(body, init);',
		'new Response(body, {[status]: 204});',
		'res.json(body);',
		'status(204).json(body);',
		'send(body);',
		'res.status(...codes).json(body);',
		"import {HTTP_200_OK} from 'typed-http-status';\nres.status(HTTP_200_OK).json(body);",
		"import {HTTP_204_NO_CONTENT} from './mine.js';\nres.status(HTTP_204_NO_CONTENT).json(body);",
		"import * as status from 'typed-http-status';\nres.status(status.HTTP_200_OK).json(body);",
		"import * as status from 'typed-http-status';\nres.status(status['HTTP_204_NO_CONTENT']).json(body);",
		"import {HTTP_204_NO_CONTENT as status} from 'typed-http-status';\nres.status(status.value).json(body);",
		"import status from 'typed-http-status';\nres.status(status.HTTP_204_NO_CONTENT).json(body);",
		"import {StatusCodes} from 'some-other-package';\nres.status(StatusCodes.NO_CONTENT).json(body);",
		"import {ReasonPhrases} from 'http-status-codes';\nres.status(ReasonPhrases.NO_CONTENT).json(body);",
		'const HTTP_204_NO_CONTENT = 200;\nres.status(HTTP_204_NO_CONTENT).json(body);',
		'res.status(a.b.c).json(body);',
		// a chain through the response's own methods to a body-less end, or through a method that is not one
		"res.status(204).set('etag', tag).end();",
		"res.status(200).set('etag', tag).send(body);",
		"res.status(204).render('done').send(body);",
		"reply.code(304).header('etag', tag).send();",
		"res.status(204).set('a', 1).set('b', 2).set('c', 3).set('d', 4).set('e', 5).set('f', 6).set('g', 7).set('h', 8).set('i', 9).send(body);",
		// text at a position (PDFKit, jsPDF), not Hono's text with a status
		"doc.text('Footer', 204, 750);",
		"pdf.text('Hello world!', 304, 250, {align: 'center'});",
	],
	invalid: [
		{code: 'res.status(204).json({deleted: true});', errors: [dropped(204, 'No Content', 'Express')]},
		{code: "res.status(205).send('reset');", errors: [dropped(205, 'Reset Content', 'Express')]},
		{code: 'reply.code(304).send(cached);', errors: [dropped(304, 'Not Modified', 'Fastify')]},
		// the response's own methods between the status and the body
		{code: "res.status(204).set('etag', tag).send('foo');", errors: [dropped(204, 'No Content', 'Express')]},
		{code: "res.status(205).type('json').cookie('seen', '1').json({reset: true});", errors: [dropped(205, 'Reset Content', 'Express')]},
		{code: "reply.code(304).header('etag', tag).send(cached);", errors: [dropped(304, 'Not Modified', 'Fastify')]},
		{
			code: "import {HTTP_204_NO_CONTENT} from 'typed-http-status';\nres.status(HTTP_204_NO_CONTENT).json({deleted: true});",
			errors: [dropped(204, 'No Content', 'Express')],
		},
		{
			code: "import * as status from 'typed-http-status';\nreply.status(status.HTTP_304_NOT_MODIFIED).jsonp(body);",
			errors: [dropped(304, 'Not Modified', 'Express')],
		},
		{
			code: "import {StatusCodes} from 'http-status-codes';\nres.status(StatusCodes.NO_CONTENT).json(body);",
			errors: [dropped(204, 'No Content', 'Express')],
		},
		{code: "import httpStatus from 'http-status';\nres.status(httpStatus.NO_CONTENT).send(body);", errors: [dropped(204, 'No Content', 'Express')]},
		{code: 'c.json({deleted: true}, 204);', errors: [thrown(204, 'No Content', 'Hono')]},
		{code: "c.body('unchanged', 304);", errors: [thrown(304, 'Not Modified', 'Hono')]},
		{code: "c.text('done', 205);", errors: [thrown(205, 'Reset Content', 'Hono')]},
		{code: 'c.json({deleted: true}, 204, headers);', errors: [thrown(204, 'No Content', 'Hono')]},
		{code: "new Response('gone', {status: 204});", errors: [thrown(204, 'No Content', 'the fetch API')]},
	],
});

typed.run('no-body-with-null-body-status (TypeScript with type information)', noBodyWithNullBodyStatus, {
	valid: ['declare const res: {status(code: number): {json(body: unknown): void}};\ndeclare const code: 200 | 204;\nres.status(code).json({});'],
	invalid: [
		{
			code: 'declare const res: {status(code: number): {json(body: unknown): void}};\ndeclare const code: 204 | 304;\nres.status(code).json({});',
			errors: [dropped(204, 'No Content', 'Express')],
		},
	],
});
