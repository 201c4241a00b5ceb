// The builders against hostile callers: options and problem fields read once as own data (getters, proxies,
// toJSON, arrays refused; the prototype chain never read), locations with control characters or outside ASCII,
// bodies with no JSON form, and a bad statusText: every error names the builder and holds no raw control character.
import {afterEach, describe, expect, test} from 'vitest';
import {ownData} from '../../../src/response/checks.ts';
import {empty, json, problem, redirect, text} from '../../../src/response/index.ts';

const loose = {json, text, empty, redirect, problem} as unknown as Record<'json' | 'text' | 'empty' | 'redirect' | 'problem', (...args: unknown[]) => Response>;
const CONTROL = /\p{Cc}/u;

function thrown(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return `${(error as Error).name}: ${(error as Error).message}`;
	}
	return 'nothing thrown';
}

afterEach(() => {
	for (const key of ['headers', 'statusText', 'detail', 'toJSON']) {
		delete (Object.prototype as Record<string, unknown>)[key];
	}
});

describe('options and fields are read once, as own data', () => {
	test('a polluted Object.prototype reaches no response', async () => {
		Object.assign(Object.prototype, {headers: {'content-type': 'text/html', 'set-cookie': 'session=attacker'}, statusText: 'Pwned', detail: 42});
		for (const response of [json({name: '<script>'}), text('x'), empty(204), redirect('/a'), problem(404)]) {
			expect(response.headers.get('set-cookie')).toBeNull();
			expect(response.headers.get('content-type')).not.toBe('text/html');
			expect(response.statusText).not.toBe('Pwned');
		}
		expect(await problem(404).json()).toEqual({type: 'about:blank', title: 'Not Found', status: 404});
	});

	test('a toJSON member is refused; a getter is refused; an array is refused', () => {
		const hostile = {toJSON: () => ({status: 200, title: 'OK', type: 'https://evil'})};
		expect(thrown(() => loose.problem(404, hostile))).toBe(
			'TypeError: problem: the fields may not have a member "toJSON", which would replace what was checked',
		);
		expect(thrown(() => loose.problem(404, {toJSON: () => 'pwned'}))).toMatch(/^TypeError: problem: the fields may not have a member "toJSON"/u);
		let reads = 0;
		const getter = {
			get detail() {
				reads++;
				return reads > 2 ? {} : 'text';
			},
		};
		expect(thrown(() => loose.problem(404, getter))).toBe('TypeError: problem: the fields have a getter or setter for "detail"; pass plain data');
		expect(reads).toBe(0);
		expect(thrown(() => loose.problem(404, ['a', 'b']))).toBe('TypeError: problem: expected the fields as an object; received an array');
		expect(
			thrown(() =>
				loose.json({}, 200, {
					get headers() {
						return {};
					},
				}),
			),
		).toBe('TypeError: json: the options have a getter or setter for "headers"; pass plain data');
	});

	test('a proxy is read once per key: it cannot hide "status" from the check and show it to JSON', async () => {
		let reads = 0;
		const target = {status: 200, detail: 'd'};
		const proxy = new Proxy(target, {
			getOwnPropertyDescriptor(object, key) {
				reads++;
				return reads <= 2 ? undefined : Reflect.getOwnPropertyDescriptor(object, key);
			},
		});
		const response = loose.problem(404, proxy);
		expect(await response.json()).toEqual({type: 'about:blank', title: 'Not Found', status: 404});
		expect(reads).toBe(2);
		const revoked = Proxy.revocable({}, {});
		revoked.revoke();
		expect(thrown(() => loose.problem(404, revoked.proxy))).toBe('TypeError: problem: expected the fields as an object; received a revoked proxy');
		const keys = new Proxy(
			{},
			{
				ownKeys: () => {
					throw new Error('\u001b[2J');
				},
			},
		);
		expect(thrown(() => loose.json({}, 200, keys))).toBe('TypeError: json: the options could not be read: their keys threw');
		const member = new Proxy(
			{a: 1},
			{
				getOwnPropertyDescriptor: () => {
					throw new Error('no');
				},
			},
		);
		expect(thrown(() => loose.json({}, 200, member))).toBe('TypeError: json: the options could not be read: member "a" threw');
	});

	test('own members only: non-enumerable and symbol keys are left out, a __proto__ member is data', async () => {
		const fields = JSON.parse('{"__proto__": {"x": 1}, "detail": "d"}') as object;
		Object.defineProperty(fields, 'hidden', {value: 'h', enumerable: false});
		Object.assign(fields, {[Symbol('s')]: 1});
		expect(await loose.problem(404, fields).json()).toEqual(
			JSON.parse('{"type": "about:blank", "title": "Not Found", "status": 404, "__proto__": {"x": 1}, "detail": "d"}'),
		);
	});

	test('bad options: null, a string, headers that Headers refuses', () => {
		expect(thrown(() => loose.json({}, 200, null))).toBe('TypeError: json: expected the options as an object; received null');
		expect(thrown(() => loose.empty(204, 'x'))).toBe('TypeError: empty: expected the options as an object; received "x"');
		// The platform's reason follows, quoted (undici's, here: `Headers.append: "a b" is an invalid header name.`).
		expect(thrown(() => loose.text('x', 200, {headers: {'a b': 'c'}}))).toBe(
			String.raw`TypeError: text: the platform's Headers refused the headers (names must be token characters, values without a line break or NUL): "Headers.append: \"a b\" is an invalid header name."`,
		);
		expect(
			thrown(() =>
				loose.text('x', 200, {
					headers: {
						get a() {
							return 'b';
						},
					},
				}),
			),
		).toBe('TypeError: text: the headers have a getter or setter for "a"; pass plain data');
		expect(new Headers(json({}, 200, {headers: [['etag', '"1"']]}).headers).get('etag')).toBe('"1"');
		expect(json({}, 200, {headers: new Headers({etag: '"2"'})}).headers.get('etag')).toBe('"2"');
	});

	// Every builder copies its options under its own name, and leaves a member `toJSON` in them alone: the options
	// are never serialised, so only a problem's fields and a body have a `toJSON` to refuse.
	const everyBuilder: ReadonlyArray<[keyof typeof loose, (options: unknown) => Response]> = [
		['json', options => loose.json({}, 200, options)],
		['text', options => loose.text('x', 200, options)],
		['empty', options => loose.empty(204, options)],
		['redirect', options => loose.redirect('/a', 302, options)],
		['problem', options => loose.problem(404, {}, options)],
	];
	test.each(everyBuilder)('%s names itself in its options errors, and takes options with a toJSON member', (name, build) => {
		expect(thrown(() => build(null))).toBe(`TypeError: ${name}: expected the options as an object; received null`);
		expect(thrown(() => build({headers: {'a b': 'c'}}))).toMatch(new RegExp(`^TypeError: ${name}: the platform's Headers refused the headers`, 'u'));
		const response = build({headers: {etag: '"1"'}, toJSON: () => ({headers: {etag: '"2"'}})});
		expect(response.headers.get('etag')).toBe('"1"');
	});

	test('a symbol key of a headers record is left out, as Headers would refuse it', () => {
		const headers = {etag: '"1"', [Symbol('x-symbol')]: 'value'};
		expect([...json({}, 200, {headers}).headers]).toEqual([
			['content-type', 'application/json'],
			['etag', '"1"'],
		]);
	});

	// Only a record is copied as own data; anything else that is not a list of pairs or a Headers is the platform's to
	// refuse, in its words.
	test.each([
		['a string', 'abc'],
		['a number', 5],
		['null', null],
		['a boolean', true],
	])('headers that are %s are refused by the platform', (_label, headers) => {
		expect(thrown(() => loose.json({}, 200, {headers}))).toBe(
			'TypeError: json: the platform\'s Headers refused the headers (names must be token characters, values without a line break or NUL): "Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>."',
		);
	});
});

test('undefined options are an empty record, with no prototype', () => {
	const record = ownData('json', 'the options', undefined, false);
	expect([Object.keys(record), Object.getPrototypeOf(record)]).toEqual([[], null]);
});

describe('errors name the builder and the problem', () => {
	const cyclic: Record<string, unknown> = {};
	cyclic['self'] = cyclic;
	test.each([
		['a cycle', () => json(cyclic), 'TypeError: json: the body has no JSON form: it holds a cycle'],
		['a bigint', () => json({id: 1n}), 'TypeError: json: the body has no JSON form: it holds a bigint'],
		['a symbol', () => json(Symbol('\u001b')), String.raw`TypeError: json: the body (Symbol(\u001b)) has no JSON form`],
		[
			'a toJSON that throws',
			() =>
				json({
					toJSON: () => {
						throw new Error('x');
					},
				}),
			'TypeError: json: the body has no JSON form: a toJSON method threw',
		],
		[
			'a thrown proxy',
			() =>
				json({
					toJSON: () => {
						throw new Proxy(new Error('x'), {
							getPrototypeOf: () => {
								throw new Error('x');
							},
						});
					},
				}),
			'TypeError: json: the body has no JSON form: a toJSON method threw',
		],
		['a bigint in a problem', () => problem(500, {id: 1n}), 'TypeError: problem: the fields have no JSON form: they hold a bigint'],
		['a cycle in a problem', () => problem(500, {extension: cyclic}), 'TypeError: problem: the fields have no JSON form: they hold a cycle'],
		[
			'a statusText with CRLF',
			() => json({}, 200, {statusText: 'OK\r\nx: y'}),
			String.raw`TypeError: json: the statusText may hold only tabs, spaces, visible ASCII and Latin-1 (RFC 9112 §4); received "OK\r\nx: y"`,
		],
		[
			'a statusText with DEL',
			() => empty(204, {statusText: 'a\u007f'}),
			String.raw`TypeError: empty: the statusText may hold only tabs, spaces, visible ASCII and Latin-1 (RFC 9112 §4); received "a\u007f"`,
		],
		[
			'a statusText beyond Latin-1',
			() => text('x', 200, {statusText: 'é日'}),
			String.raw`TypeError: text: the statusText may hold only tabs, spaces, visible ASCII and Latin-1 (RFC 9112 §4); received "\u00e9\u65e5"`,
		],
		['a statusText that is a number', () => loose.problem(404, {}, {statusText: 404}), 'TypeError: problem: expected the statusText as a string; received 404'],
	])('%s', (_name, run, message) => {
		const error = thrown(run);
		expect(error).toBe(message);
		expect(error).not.toMatch(CONTROL);
	});

	test('a body with no JSON form keeps what JSON.stringify threw as the cause', () => {
		let caught: unknown;
		try {
			json(cyclic);
		} catch (error) {
			caught = error;
		}
		expect((caught as Error).cause).toBeInstanceOf(TypeError);
	});

	test('a statusText of tabs, spaces, visible ASCII and Latin-1 is sent as given', () => {
		expect(json({}, 200, {statusText: 'All\tgood é~'}).statusText).toBe('All\tgood é~');
		expect(json({}, 200, {statusText: 'the last of Latin-1: \u00ff'}).statusText).toBe('the last of Latin-1: \u00ff');
		expect(json({}, 200, {statusText: ''}).statusText).toBe('');
	});

	test("a problem's status text is its title, the registry phrase; the other builders leave it to the server", async () => {
		const response = problem(422);
		expect([response.status, response.statusText, ((await response.json()) as {title: string}).title]).toEqual([
			422,
			'Unprocessable Content',
			'Unprocessable Content',
		]);
		expect(loose.json({}, 299).statusText).toBe('');
		expect(redirect('/a', 308).statusText).toBe('');
		expect(problem(503, {}, {statusText: 'Busy'}).statusText).toBe('Busy');
	});
});

describe('redirect: a location as strict as the platform', () => {
	test.each(['\u001b', '\u007f', '\u000b', '\u0001', '\u0000', '\r', '\n', '\u001f'])('refuses the control character %j', control => {
		const error = thrown(() => redirect(`/a${control}b`));
		expect(error).toMatch(
			/^TypeError: redirect: the location may not contain a control character \(U\+0000–U\+001F but tab, U\+007F\); received "\/a(?:\\u00[01][0-9a-f]|\\u007f|\\r|\\n)b"$/u,
		);
		expect(error).not.toMatch(CONTROL);
	});
	test.each([
		['', 'empty'],
		['   ', 'blank'],
		['\t \t', 'blank'],
	])('refuses the location %j as %s', (location, word) => {
		expect(thrown(() => redirect(location))).toBe(`TypeError: redirect: the location is ${word}; a redirect needs somewhere to go`);
	});
	test.each([
		['/café', '/caf%C3%A9'],
		['/日', '/%E6%97%A5'],
		['/ß/€', '/%C3%9F/%E2%82%AC'],
		['/😀', '/%F0%9F%98%80'],
		['/\ud800x', '/%EF%BF%BDx'],
		['/x\udc00', '/x%EF%BF%BD'],
		['/\u0080', '/%C2%80'],
		['/\u07ff\u0800', '/%DF%BF%E0%A0%80'],
		// The edges of the surrogate ranges: the first and last pairs, a low surrogate after a high one only, and the
		// code units on either side of D800–DFFF.
		['/\u{10000}', '/%F0%90%80%80'],
		['/\u{10ffff}', '/%F4%8F%BF%BF'],
		['/\udc00\udc00', '/%EF%BF%BD%EF%BF%BD'],
		['/\ud800\ue000', '/%EF%BF%BD%EE%80%80'],
		['/é\udc00', '/%C3%A9%EF%BF%BD'],
		['/\udfff', '/%EF%BF%BD'],
		['/\ue000\ud7ff', '/%EE%80%80%ED%9F%BF'],
		['/a\tb c', '/a\tb c'],
		['/%41?q=1#f', '/%41?q=1#f'],
	])('percent-encodes %j as Response.redirect does', (location, sent) => {
		expect(redirect(location).headers.get('location')).toBe(sent);
		if (!location.includes(' ') && !location.includes('\t')) {
			// The URL parser encodes a path the same way (it also encodes spaces and drops tabs, which a location keeps).
			expect(new URL(location, 'https://example.com').href.slice('https://example.com'.length)).toBe(sent);
		}
	});
	test('a URL is sent as its href, which the URL parser already encoded', () => {
		expect(redirect(new URL('https://example.com/café')).headers.get('location')).toBe('https://example.com/caf%C3%A9');
		expect(Response.redirect('https://example.com/café').headers.get('location')).toBe('https://example.com/caf%C3%A9');
	});
});
