// Hono 4: `c.json(body, status)` with named constants. Hono types its status argument with its own union, which
// our constants fit (all but 104 and 509, which Hono does not name); a `switch` over the outcomes of a lookup is proven complete by assertNever. The other routes
// return the builders of typed-http-status/response, which Hono serves as they are: a 204 with no body, a relative
// redirect, and RFC 9457 problem details; each handler's return type names the statuses it can send.
import {Hono} from 'hono';
import {assertNever, HTTP_200_OK, HTTP_204_NO_CONTENT, HTTP_308_PERMANENT_REDIRECT, HTTP_404_NOT_FOUND, HTTP_410_GONE, reasonPhrase} from 'typed-http-status';
import {empty, problem, redirect, type TypedResponse} from 'typed-http-status/response';

type Lookup = {readonly kind: 'found'; readonly title: string} | {readonly kind: 'missing'} | {readonly kind: 'deleted'};

const books = new Map<string, Lookup>([
	['1', {kind: 'found', title: 'RFC 9110'}],
	['2', {kind: 'deleted'}],
]);

/** The app: GET /books/:id answers 200 with the book, 410 for a deleted one, 404 for an unknown one. */
export function createApp(): Hono {
	const app = new Hono();
	app.get('/books/:id', c => {
		const lookup = books.get(c.req.param('id')) ?? {kind: 'missing'};
		switch (lookup.kind) {
			case 'found': {
				return c.json({title: lookup.title}, HTTP_200_OK);
			}
			case 'deleted': {
				return c.json({error: reasonPhrase(HTTP_410_GONE)}, HTTP_410_GONE);
			}
			case 'missing': {
				return c.json({error: reasonPhrase(HTTP_404_NOT_FOUND)}, HTTP_404_NOT_FOUND);
			}
			default: {
				return assertNever(lookup);
			}
		}
	});
	// DELETE answers 204 No Content (a body here would not compile), or a 404 problem.
	app.delete('/books/:id', (c): TypedResponse<204> | TypedResponse<404> => {
		const id = c.req.param('id');
		return books.delete(id) ? empty(HTTP_204_NO_CONTENT) : problem(HTTP_404_NOT_FOUND, {detail: `There is no book ${id}.`, instance: c.req.path});
	});
	// The old address redirects, with a relative Location.
	app.get('/book/:id', c => redirect(`/books/${c.req.param('id')}`, HTTP_308_PERMANENT_REDIRECT));
	return app;
}
