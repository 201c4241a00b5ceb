// @ts-check
// The worker that workerd runs (workerd.capnp): it imports the installed package as a Worker would and serves
// - GET /checks: the suite run inside the worker, as the report JSON that run.mjs prints elsewhere;
// - GET /globals: the type of the Node.js globals `Buffer`, `process` and `require` here (all "undefined");
// - GET /status/<code>: a `Response` with that status, its reason phrase as status text and its class in
//   `x-status-class`, no body; a value `parseStatus` rejects gets 400 with the error's name and message;
// - GET /response/<builder>: what each builder of typed-http-status/response returns (json, text, empty, not-modified,
//   redirect, problem), served as the worker built it;
// - anything else: 404 Not Found.
import {runChecks} from './harness.mjs';
import * as modules from './package.mjs';
import {checks} from './suite.mjs';

const {main, response} = modules;

/** The builders' responses, by path: each one as a Worker would return it. */
const built = {
	'/response/json': () => response.json({id: 7}, main.HTTP_201_CREATED, {headers: {location: '/notes/7'}}),
	'/response/text': () => response.text('hello'),
	'/response/empty': () => response.empty(main.HTTP_204_NO_CONTENT),
	'/response/not-modified': () => response.empty(main.HTTP_304_NOT_MODIFIED, {headers: {etag: '"v1"'}}),
	'/response/redirect': () => response.redirect('/response/json', main.HTTP_303_SEE_OTHER),
	'/response/problem': () =>
		response.problem(main.HTTP_429_TOO_MANY_REQUESTS, {detail: 'slow down', instance: '/response/problem'}, {headers: {'retry-after': '30'}}),
};

/** A response with `status`, its registered phrase as status text, and `body`. */
function answer(/** @type {number} */ status, /** @type {string | null} */ body, /** @type {Record<string, string>} */ headers = {}) {
	return new Response(body, {status, statusText: main.reasonPhrase(status) ?? '', headers});
}

export default {
	async fetch(/** @type {Request} */ request) {
		const {pathname} = new URL(request.url);
		if (pathname === '/checks') {
			return Response.json(await runChecks(checks, {...modules}));
		}
		if (pathname === '/globals') {
			return Response.json(Object.fromEntries(['Buffer', 'process', 'require'].map(name => [name, typeof (/** @type {any} */ (globalThis)[name])])));
		}
		if (Object.hasOwn(built, pathname)) {
			return built[/** @type {keyof typeof built} */ (pathname)]();
		}
		const [, value] = /^\/status\/([^/]*)$/.exec(pathname) ?? [];
		if (value === undefined) {
			return answer(main.HTTP_404_NOT_FOUND, 'Not Found');
		}
		let status;
		try {
			status = main.parseStatus(decodeURIComponent(value));
		} catch (error) {
			return answer(main.HTTP_400_BAD_REQUEST, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
		}
		return answer(status, null, {'x-status-class': main.statusClass(status)});
	},
};
