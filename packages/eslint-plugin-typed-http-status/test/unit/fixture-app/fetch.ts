// A fetch handler and a fetch client with bare codes, to be fixed by the plugin (see express.ts).

/** The handler: GET /items/:n answers the nth item; anything else is a 404 or a 405. */
export async function handle(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const match = /^\/items\/(\d+)$/.exec(url.pathname);
	if (match === null) {
		return Response.json({error: 'not found'}, {status: 404});
	}
	if (request.method !== 'GET') {
		return new Response(null, {status: 405, headers: {allow: 'GET'}});
	}
	const index = Number(match[1]);
	const items = ['a', 'b', 'c'];
	if (index >= items.length) {
		return new Response('no such item', {status: 404});
	}
	return Response.json({item: items[index]}, {status: 200});
}

/** What a client makes of a response: a word for its status. */
export function describeResponse(response: {status: number}): string {
	switch (response.status) {
		case 200:
			return 'ok';
		case 404:
			return 'missing';
		case 405:
			return 'wrong method';
		default:
			if (response.status >= 500 && response.status < 600) {
				return 'server trouble';
			}
			return response.status === 299 ? 'unregistered' : 'other';
	}
}
