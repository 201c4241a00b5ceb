// An ES module consumer of typed-http-status/openapi: `import` must load dist/openapi.js. Reads a response with the
// operation's keys, and prints the file it loaded and what it read.
import {readResponse, UndeclaredStatusError} from 'typed-http-status/openapi';

const found = await readResponse(Response.json({id: 7}), [200, '4XX']);
let refused;
try {
	await readResponse(new Response(null, {status: 503}), [200, '4XX']);
} catch (error) {
	refused = error;
}
console.log(
	JSON.stringify({
		loaded: import.meta.resolve('typed-http-status/openapi'),
		found: {key: found.key, status: found.status, body: found.body},
		refused: {named: refused instanceof UndeclaredStatusError, message: refused.message},
	}),
);
