// Hono 4: `c.json(body, status)` with named constants. Hono types its status argument with its own union, which
// our literals fit; a `switch` over the outcomes of a lookup is proven complete by assertNever.
import {Hono} from 'hono';
import {assertNever, HTTP_200_OK, HTTP_404_NOT_FOUND, HTTP_410_GONE, reasonPhrase} from 'typed-http-status';

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
	return app;
}
