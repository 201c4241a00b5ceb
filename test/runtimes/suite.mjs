// @ts-check
// The runtime smoke suite: one list of checks, run unchanged in Node.js (ESM and CommonJS), Deno, Bun and workerd
// against the packed package (test/runtimes/runtimes.spec.ts runs them all; docs/runtimes.md explains how).
// Each check gets the loaded entries — `main` is `typed-http-status`, `registry` is `typed-http-status/registry` —
// and throws on the first thing that is wrong. Only the language and the package are used here, so a failure
// means the package behaves differently on that runtime.
//
// One section per entry of the package. A new entry gets its own section at the end, its own key in
// package.mjs and package.cjs, and its own module in workerd.capnp.
import {equal, ok, same, show, throws} from './harness.mjs';

/** @typedef {import('./harness.mjs').Check} Check */
/** @typedef {import('./harness.mjs').Modules} Modules */

/** Values that are not status codes, each one a way to fool a lookup or a guard. */
const hostile = () => [
	'404',
	' 404',
	'4O4',
	'',
	'__proto__',
	'constructor',
	'toString',
	299.5,
	404.5,
	-404,
	0,
	-0,
	Number.NaN,
	Infinity,
	-Infinity,
	404n,
	null,
	undefined,
	true,
	[404],
	{},
	Symbol('404'),
	Object(404),
	() => 404,
	{
		valueOf: () => {
			throw new Error('valueOf ran');
		},
	}, // never coerced
	{
		[Symbol.toPrimitive]: () => {
			throw new Error('toPrimitive ran');
		},
	},
	(() => {
		const {proxy, revoke} = Proxy.revocable({}, {});
		revoke();
		return proxy;
	})(),
];

/** @type {Array<[string, number, number]>} each class guard and the range it accepts */
const classRanges = [
	['isInformational', 100, 199],
	['isSuccess', 200, 299],
	['isRedirect', 300, 399],
	['isClientError', 400, 499],
	['isServerError', 500, 599],
	['isError', 400, 599],
];

/** @param {string} section @param {Record<string, Check['run']>} checks @returns {Check[]} */
function section(section, checks) {
	return Object.entries(checks).map(([name, run]) => ({section, name: `${section}: ${name}`, run}));
}

const main = section('main', {
	'every HTTP_ constant is the number in its name and a member of STATUS_CODES': ({main}) => {
		const names = Object.keys(main).filter(name => name.startsWith('HTTP_'));
		equal(names.length, 69, 'number of HTTP_ constants');
		for (const name of names) {
			equal(main[name], Number(name.slice(5, 8)), name);
			ok(main.STATUS_CODES.includes(main[name]), `STATUS_CODES includes ${name}`);
		}
		equal(main.HTTP_422_UNPROCESSABLE_ENTITY, main.HTTP_422_UNPROCESSABLE_CONTENT, 'the Django REST framework alias');
	},
	'STATUS_CODES is the 65 named codes, ascending, 100 to 511': ({main}) => {
		equal(main.STATUS_CODES.length, 65, 'length');
		ok(
			main.STATUS_CODES.every(
				(/** @type {number} */ code, /** @type {number} */ index) => Number.isInteger(code) && (index === 0 || code > main.STATUS_CODES[index - 1]),
			),
			'integers in ascending order',
		);
		same([main.STATUS_CODES[0], main.STATUS_CODES.at(-1)], [100, 511], 'first and last');
	},
	'REASON_PHRASES has a phrase for exactly the named codes and no prototype': ({main}) => {
		same(Object.keys(main.REASON_PHRASES).map(Number), [...main.STATUS_CODES], 'keys');
		equal(Object.getPrototypeOf(main.REASON_PHRASES), null, 'prototype');
		same(
			[404, 418, 306, 413, 422, 509].map(code => main.REASON_PHRASES[code]),
			['Not Found', "I'm a teapot", '(Unused)', 'Content Too Large', 'Unprocessable Content', 'Bandwidth Limit Exceeded'],
			'phrases',
		);
	},
	'reasonPhrase answers a named code, and undefined for anything else': ({main}) => {
		equal(main.reasonPhrase(main.HTTP_503_SERVICE_UNAVAILABLE), 'Service Unavailable', 'reasonPhrase(503)');
		for (const value of [299, 600, 99, ...hostile()]) {
			equal(main.reasonPhrase(value), undefined, `reasonPhrase(${show(value)})`);
		}
	},
	'statusClass names the class of any integer 100 to 599, and undefined outside': ({main}) => {
		same(
			[418, 299, 100, 599].map(code => main.statusClass(code)),
			['4xx', '2xx', '1xx', '5xx'],
			'classes',
		);
		for (const value of [99, 600, ...hostile()]) {
			equal(main.statusClass(value), undefined, `statusClass(${show(value)})`);
		}
	},
	'each class guard accepts its whole range, registered or not, and nothing else': ({main}) => {
		for (const [guard, low, high] of classRanges) {
			for (let code = 90; code <= 610; code++) {
				equal(main[guard](code), code >= low && code <= high, `${guard}(${code})`);
			}
		}
	},
	'the guards answer false for hostile values without coercing them': ({main}) => {
		for (const guard of [...classRanges.map(([name]) => name), 'isStatusCode', 'isHttpStatus']) {
			for (const value of hostile()) {
				equal(main[guard](value), false, `${guard}(${show(value)})`);
			}
		}
	},
	'isStatusCode is true for exactly the named codes, isHttpStatus for every integer 100 to 599': ({main}) => {
		for (let code = 90; code <= 610; code++) {
			equal(main.isStatusCode(code), main.STATUS_CODES.includes(code), `isStatusCode(${code})`);
			equal(main.isHttpStatus(code), code >= 100 && code <= 599, `isHttpStatus(${code})`);
		}
	},
	'a polluted Object.prototype does not make up a code or a phrase': ({main}) => {
		const prototype = /** @type {Record<string, unknown>} */ (Object.prototype);
		prototype['299'] = 'Polluted';
		try {
			equal(main.isStatusCode(299), false, 'isStatusCode(299)');
			equal(main.reasonPhrase(299), undefined, 'reasonPhrase(299)');
			equal(main.REASON_PHRASES[299], undefined, 'REASON_PHRASES[299]');
		} finally {
			delete prototype['299'];
		}
	},
	'parseStatus returns a valid status from a number or a three-digit string': ({main}) => {
		same(
			[404, '404', 299, '599', 100].map(value => main.parseStatus(value)),
			[404, 404, 299, 599, 100],
			'parsed',
		);
	},
	'parseStatus throws a TypeError naming a value that is not a number or a string': ({main}) => {
		const expected = 'Expected an HTTP status code as a number or a three-digit string; received';
		/** @type {Array<[unknown, string]>} */
		const cases = [
			[null, 'null'],
			[undefined, 'undefined'],
			[{}, 'an object'],
			[[404], 'an array'],
			[404n, '404n'],
			[Symbol('x'), 'Symbol(x)'],
			[() => 404, 'a function'],
		];
		for (const [value, shown] of cases) {
			throws(() => main.parseStatus(value), TypeError, `${expected} ${shown}`, `parseStatus(${shown})`);
		}
		const {proxy, revoke} = Proxy.revocable({}, {});
		revoke();
		throws(() => main.parseStatus(proxy), TypeError, `${expected} a revoked proxy`, 'parseStatus(a revoked proxy)');
	},
	'parseStatus throws a RangeError naming a number or string that is not a status': ({main}) => {
		const numbers = 'Expected an HTTP status code, an integer from 100 to 599; received';
		const strings = 'Expected an HTTP status code, an integer from 100 to 599 or three digits; received';
		/** @type {Array<[unknown, string]>} */
		const cases = [
			[600, `${numbers} 600`],
			[99, `${numbers} 99`],
			[404.5, `${numbers} 404.5`],
			[-0, `${numbers} -0`],
			[Number.NaN, `${numbers} NaN`],
			[Infinity, `${numbers} Infinity`],
			['4044', `${strings} "4044"`],
			[' 404', `${strings} " 404"`],
			['', `${strings} ""`],
			['0x1F4', `${strings} "0x1F4"`],
			['600', `${strings} "600"`],
			['9'.repeat(100), `${strings} "${'9'.repeat(40)}"… (a string of 100 characters)`],
		];
		for (const [value, message] of cases) {
			throws(() => main.parseStatus(value), RangeError, message, `parseStatus(${show(value).slice(0, 12)})`);
		}
	},
	'assertNever throws a TypeError naming what slipped through': ({main}) => {
		throws(() => main.assertNever(404), TypeError, 'Unhandled value in an exhaustive check: 404', 'assertNever(404)');
		throws(
			() => main.assertNever('x'.repeat(50)),
			TypeError,
			`Unhandled value in an exhaustive check: "${'x'.repeat(40)}"… (a string of 50 characters)`,
			'assertNever(a long string)',
		);
	},
	'STATUS_CODES and REASON_PHRASES are frozen, and refuse every change': ({main}) => {
		ok(Object.isFrozen(main.STATUS_CODES) && Object.isFrozen(main.REASON_PHRASES), 'frozen');
		throws(() => main.STATUS_CODES.push(299), TypeError, undefined, 'STATUS_CODES.push(299)');
		throws(() => Object.defineProperty(main.REASON_PHRASES, 299, {value: 'x'}), TypeError, undefined, 'defining REASON_PHRASES[299]');
		equal(Reflect.set(main.REASON_PHRASES, 404, 'x'), false, 'Reflect.set(REASON_PHRASES, 404)');
		equal(Reflect.deleteProperty(main.STATUS_CODES, 0), false, 'Reflect.deleteProperty(STATUS_CODES, 0)');
		equal(Reflect.setPrototypeOf(main.REASON_PHRASES, {299: 'x'}), false, 'Reflect.setPrototypeOf(REASON_PHRASES)');
		same([main.STATUS_CODES.length, main.REASON_PHRASES[404], main.REASON_PHRASES[299]], [65, 'Not Found', undefined], 'unchanged');
	},
});

const registry = section('registry', {
	'STATUS_REGISTRY has one entry per named code, in order, agreeing with the main entry': ({main, registry}) => {
		same(
			registry.STATUS_REGISTRY.map((/** @type {{code: number}} */ info) => info.code),
			[...main.STATUS_CODES],
			'codes',
		);
		for (const info of registry.STATUS_REGISTRY) {
			equal(info.phrase, main.REASON_PHRASES[info.code], `phrase of ${info.code}`);
			equal(info.class, main.statusClass(info.code), `class of ${info.code}`);
			equal(main[info.constant], info.code, `the constant ${info.constant}`);
			for (const alias of info.deprecated) {
				equal(main[alias], info.code, `the alias ${alias}`);
			}
		}
	},
	'statusInfo describes a named code, and is undefined for anything else': ({registry}) => {
		const teapot = registry.statusInfo(418);
		same(
			[teapot.phrase, teapot.class, teapot.standing, teapot.reference, teapot.constant],
			["I'm a teapot", '4xx', 'unused', 'RFC 9110 §15.5.19', 'HTTP_418_IM_A_TEAPOT'],
			'statusInfo(418)',
		);
		same(
			[registry.statusInfo(422).constant, registry.statusInfo(422).deprecated],
			['HTTP_422_UNPROCESSABLE_CONTENT', ['HTTP_422_UNPROCESSABLE_ENTITY']],
			'statusInfo(422)',
		);
		equal(registry.statusInfo(509).reference, null, 'statusInfo(509).reference');
		for (const value of [299, 600, ...hostile()]) {
			equal(registry.statusInfo(value), undefined, `statusInfo(${show(value)})`);
		}
	},
	'STATUS_CLASS_TITLES names the five classes': ({registry}) => {
		same(
			Object.entries(registry.STATUS_CLASS_TITLES),
			[
				['1xx', 'Informational'],
				['2xx', 'Successful'],
				['3xx', 'Redirection'],
				['4xx', 'Client Error'],
				['5xx', 'Server Error'],
			],
			'titles',
		);
	},
	'STATUS_REGISTRY, its entries, their alias lists and STATUS_CLASS_TITLES are frozen': ({registry}) => {
		ok(Object.isFrozen(registry.STATUS_REGISTRY) && Object.isFrozen(registry.STATUS_CLASS_TITLES), 'the tables');
		ok(
			registry.STATUS_REGISTRY.every((/** @type {any} */ info) => Object.isFrozen(info) && Object.isFrozen(info.deprecated)),
			'every entry',
		);
		equal(Reflect.set(registry.STATUS_REGISTRY[28], 'phrase', 'x'), false, 'Reflect.set(an entry)');
		equal(Reflect.set(registry.STATUS_CLASS_TITLES, '4xx', 'x'), false, 'Reflect.set(STATUS_CLASS_TITLES)');
		equal(registry.statusInfo(404).phrase, 'Not Found', 'unchanged');
	},
});

/** @type {Array<[string, string, number[] | ((code: number) => boolean)]>} each set: its guard, its list, and its members */
const responseSets = [
	['isFinalStatus', 'FINAL_STATUSES', code => code >= 200 && code <= 599],
	['isContentfulStatus', 'CONTENTFUL_STATUSES', code => code >= 200 && code <= 599 && code !== 204 && code !== 205 && code !== 304],
	['isNullBodyStatus', 'NULL_BODY_STATUSES', [101, 103, 204, 205, 304]],
	['isResponseRedirectStatus', 'RESPONSE_REDIRECT_STATUSES', [301, 302, 303, 307, 308]],
	['isHeuristicallyCacheable', 'HEURISTICALLY_CACHEABLE_STATUSES', [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]],
	['isRetryableStatus', 'RETRYABLE_STATUSES', [408, 413, 429, 500, 502, 503, 504]],
];

/** What a test reads of a response: status, content type, Location, and the body as text. */
async function read(/** @type {Response} */ response) {
	return [response.status, response.headers.get('content-type'), response.headers.get('location'), await response.text()];
}

const response = section('response', {
	"the response-semantics sets are their sources' lists, frozen, and their guards answer exactly them": ({main}) => {
		for (const [guard, list, members] of responseSets) {
			const member = Array.isArray(members) ? (/** @type {number} */ code) => members.includes(code) : members;
			same(main[list], main.STATUS_CODES.filter(member), list);
			ok(Object.isFrozen(main[list]), `${list} is frozen`);
			for (let code = 90; code <= 610; code++) {
				equal(main[guard](code), member(code), `${guard}(${code})`);
			}
			for (const value of hostile()) {
				equal(main[guard](value), false, `${guard}(${show(value)})`);
			}
		}
	},
	"json, text, empty and redirect build the platform's own Response": async ({main, response}) => {
		const built = response.json({id: 7}, main.HTTP_201_CREATED, {headers: {location: '/notes/7'}});
		ok(built instanceof Response, 'json returns a Response');
		same(await read(built), [201, 'application/json', '/notes/7', '{"id":7}'], 'json');
		same(await read(response.json(null)), [200, 'application/json', null, 'null'], 'json, status 200 by default');
		same(await read(response.text('hello', 404)), [404, 'text/plain; charset=utf-8', null, 'hello'], 'text');
		for (const status of [204, 205, 304, 200, 299]) {
			const empty = response.empty(status);
			same([empty.status, empty.body, await empty.text()], [status, null, ''], `empty(${status})`);
		}
		same(await read(response.redirect('/login')), [302, null, '/login', ''], 'redirect to a relative location, 302 by default');
		same(await read(response.redirect(new URL('https://example.com/a'), 308)), [308, null, 'https://example.com/a', ''], 'redirect(URL, 308)');
	},
	"problem builds RFC 9457 problem+json: about:blank, the reason phrase, the status, the caller's members": async ({response}) => {
		const built = response.problem(422, {detail: 'title is required', instance: '/notes/7', field: 'title'});
		same([built.status, built.headers.get('content-type')], [422, 'application/problem+json'], 'status and type');
		same(
			await built.json(),
			{type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'title is required', instance: '/notes/7', field: 'title'},
			'body',
		);
	},
	'the builders throw a TypeError or RangeError naming the bad status, before Response does': ({response}) => {
		throws(() => response.json({}, 204), TypeError, 'json: status 204 is a null body status; a response with it cannot have a body', 'json({}, 204)');
		throws(() => response.text('x', 304), TypeError, 'text: status 304 is a null body status; a response with it cannot have a body', "text('x', 304)");
		throws(() => response.empty(103), RangeError, 'empty: expected a final status, an integer from 200 to 599; received 103', 'empty(103)');
		throws(() => response.json({}, '200'), TypeError, 'json: expected a status code, a number; received "200"', "json({}, '200')");
		throws(
			() => response.redirect('/x', 300),
			RangeError,
			'redirect: expected a redirect status, 301, 302, 303, 307 or 308; received 300',
			"redirect('/x', 300)",
		);
		throws(() => response.problem(200), RangeError, 'problem: expected a named client or server error status (4xx or 5xx); received 200', 'problem(200)');
		throws(
			() => response.problem(404, {status: 500}),
			TypeError,
			'problem: the member "status" is set by problem itself, from the status',
			'problem(404, {status})',
		);
		throws(() => response.json(undefined), TypeError, 'json: the body (undefined) has no JSON form', 'json(undefined)');
	},
	'hostile locations, fields and options get named errors or a percent-encoded location, the same on every runtime': async ({response}) => {
		for (const control of ['\u001b', '\u007f', '\u000b', '\u0001', '\r', '\n', '\u0000']) {
			throws(() => response.redirect(`/a${control}`), TypeError, undefined, `redirect with ${show(control)}`);
		}
		throws(() => response.redirect(''), TypeError, 'redirect: the location is empty; a redirect needs somewhere to go', "redirect('')");
		throws(() => response.redirect('   '), TypeError, 'redirect: the location is blank; a redirect needs somewhere to go', "redirect('   ')");
		same(await read(response.redirect('/café/日/😀')), [302, null, '/caf%C3%A9/%E6%97%A5/%F0%9F%98%80', ''], 'redirect to a non-ASCII location');
		throws(
			() => response.problem(404, {toJSON: () => ({status: 200})}),
			TypeError,
			'problem: the fields may not have a member "toJSON", which would replace what was checked',
			'problem(404, {toJSON})',
		);
		throws(() => response.problem(404, ['a']), TypeError, 'problem: expected the fields as an object; received an array', 'problem(404, [])');
		throws(() => response.json({}, 200, null), TypeError, 'json: expected the options as an object; received null', 'json({}, 200, null)');
		throws(() => response.json({id: 1n}), TypeError, 'json: the body has no JSON form: it holds a bigint', 'json({id: 1n})');
		const cyclic = {};
		cyclic.self = cyclic;
		throws(() => response.json(cyclic), TypeError, 'json: the body has no JSON form: it holds a cycle', 'json(cyclic)');
		throws(() => response.json({}, 200, {statusText: 'a\r\nb'}), TypeError, undefined, 'json with a CRLF statusText');
		equal(response.problem(422).statusText, 'Unprocessable Content', 'problem(422).statusText');
		Object.defineProperty(Object.prototype, 'headers', {value: {'set-cookie': 'a=1'}, configurable: true, writable: true, enumerable: true});
		try {
			equal(response.json({}).headers.get('set-cookie'), null, 'json() under a polluted Object.prototype.headers');
		} finally {
			Reflect.deleteProperty(Object.prototype, 'headers');
		}
	},
	'statusOf, hasStatus and the object guards read Responses and plain objects, and never throw on hostile ones': ({response}) => {
		equal(response.statusOf(new Response(null, {status: 299})), 299, 'statusOf(a 299 Response)');
		throws(
			() => response.statusOf({status: 0}),
			RangeError,
			"statusOf: the response's status 0 is not an HTTP status, an integer from 100 to 599",
			'statusOf({status: 0})',
		);
		equal(response.hasStatus(new Response(null, {status: 204}), 200, 204), true, 'hasStatus(204, 200, 204)');
		equal(response.hasStatus({status: 404}, 200), false, 'hasStatus(404, 200)');
		for (const [guard, low, high] of classRanges) {
			const objectGuard = `${guard}Response`;
			for (let status = 90; status <= 610; status += 7) {
				equal(response[objectGuard]({status}), status >= low && status <= high, `${objectGuard}({status: ${status}})`);
			}
			for (const value of hostile()) {
				equal(response[objectGuard](value), false, `${objectGuard}(${show(value)})`);
			}
		}
		equal(response.isServerErrorResponse(new Response(null, {status: 503})), true, 'isServerErrorResponse(a 503 Response)');
	},
});

/** Every check, in order: one section per entry of the package, a new entry's section last (docs/runtimes.md). */
export const checks = [...main, ...registry, ...response];
