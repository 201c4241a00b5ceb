// A CommonJS consumer of typed-http-status/openapi: `require` must load dist/openapi.cjs. Same reads as runtime.mjs.
'use strict';
const {readResponse, UndeclaredStatusError} = require('typed-http-status/openapi');

void (async () => {
	const found = await readResponse(Response.json({id: 7}), [200, '4XX']);
	let refused;
	try {
		await readResponse(new Response(null, {status: 503}), [200, '4XX']);
	} catch (error) {
		refused = error;
	}
	console.log(
		JSON.stringify({
			loaded: require.resolve('typed-http-status/openapi'),
			found: {key: found.key, status: found.status, body: found.body},
			refused: {named: refused instanceof UndeclaredStatusError, message: refused.message},
		}),
	);
})();
