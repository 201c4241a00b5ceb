// Deno.serve answering with redirect(): a Location Deno cannot send (a control character) panicked the whole
// process ("invalid response header value"). Each location is asked for over the loopback; the handler's error, if
// any, becomes a 500 with its message. Prints one line of JSON: [status, Location, body] per location.
import {redirect} from 'typed-http-status/response';

/** @type {any} Deno's global, which Node.js's types do not know */
const deno = /** @type {any} */ (globalThis).Deno;

const locations = ['/ok', '/café', '/日', '/a\u001b[2J', '/a\u007f', '/a\u000b', '/a\u0001', ''];
const server = deno.serve(
	{
		hostname: '127.0.0.1',
		port: 0,
		onListen() {
			// quiet: the test reads only the one line of results
		},
	},
	(/** @type {Request} */ request) => {
		const to = new URL(request.url).searchParams.get('to') ?? '';
		try {
			return redirect(to);
		} catch (thrown) {
			const error = /** @type {Error} */ (thrown);
			return new Response(`${error.name}: ${error.message}`, {status: 500});
		}
	},
);
const results = [];
for (const to of locations) {
	const answer = await fetch(`http://127.0.0.1:${server.addr.port}/?to=${encodeURIComponent(to)}`, {redirect: 'manual'});
	results.push([answer.status, answer.headers.get('location'), await answer.text()]);
}
await server.shutdown();
console.log(JSON.stringify(results));
