// A Hono 4 app with bare codes, to be fixed by the plugin (see express.ts).
import {Hono} from 'hono';
import {HTTPException} from 'hono/http-exception';

const books = new Map<string, {title: string; deleted: boolean}>([
	['1', {title: 'RFC 9110', deleted: false}],
	['2', {title: 'RFC 2616', deleted: true}],
]);

/** The app: books by id (410 once deleted), a login redirect, and a guarded admin page. */
export function createApp(): Hono {
	const app = new Hono();
	app.get('/books/:id', c => {
		const book = books.get(c.req.param('id'));
		if (book === undefined) {
			return c.json({error: 'unknown book'}, 404);
		}
		if (book.deleted) {
			return c.text('gone', 410);
		}
		return c.json({title: book.title}, 200);
	});
	app.get('/login', c => c.redirect('/sign-in', 303));
	app.get('/admin', c => {
		if (c.req.header('authorization') !== 'Bearer 1234') {
			throw new HTTPException(401, {message: 'who are you?'});
		}
		c.status(202);
		return c.body(null);
	});
	return app;
}
