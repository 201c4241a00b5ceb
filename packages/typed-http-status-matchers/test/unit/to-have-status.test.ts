// toHaveStatus on its own: what it accepts on each side, what it throws, and what its messages say. The setup
// module (src/vitest.ts) registers it, as `setupFiles: ['typed-http-status-matchers/vitest']` does for users.
import '../../src/vitest.ts';
import {HTTP_201_CREATED, HTTP_404_NOT_FOUND, parseStatus, STATUS_CODES} from 'typed-http-status';
import {describe, expect, test} from 'vitest';
import {matchers, toHaveStatus} from '../../src/index.ts';

const failure = (run: () => void): string => {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the assertion passed');
};

describe('toHaveStatus passes and fails on the status', () => {
	test('a code: each named constant, and an unregistered code', () => {
		for (const code of STATUS_CODES) {
			expect(code).toHaveStatus(code);
			expect({status: code}).toHaveStatus(code);
			expect({statusCode: code}).not.toHaveStatus(599);
		}
		expect(299).toHaveStatus(299);
		expect(299).toHaveStatus(parseStatus('299'));
		expect(HTTP_404_NOT_FOUND).not.toHaveStatus(HTTP_201_CREATED);
	});

	test.each([
		[100, '1xx'],
		[199, '1xx'],
		[200, '2xx'],
		[299, '2xx'],
		[308, '3xx'],
		[499, '4xx'],
		[500, '5xx'],
		[599, '5xx'],
	] as const)('%i is in class %s and no other', (code, family) => {
		expect(code).toHaveStatus(family);
		for (const other of ['1xx', '2xx', '3xx', '4xx', '5xx'] as const) {
			if (other !== family) {
				expect(code).not.toHaveStatus(other);
			}
		}
	});

	test('a list: any of its codes', () => {
		expect(204).toHaveStatus([200, 204]);
		expect({status: 200}).toHaveStatus([200, 204]);
		expect(201).not.toHaveStatus([200, 204]);
	});

	test('`status` wins over `statusCode`; a non-numeric `status` falls back to `statusCode`', () => {
		expect({status: 201, statusCode: 500}).toHaveStatus(201);
		expect({status: '201', statusCode: 500}).toHaveStatus(500);
	});

	test('a received number outside 100–599 never passes, and says so', () => {
		for (const received of [99, 600, 200.5, Number.NaN, -0]) {
			expect(received).not.toHaveStatus('2xx');
			expect(received).not.toHaveStatus(200);
		}
		expect(failure(() => expect(600).toHaveStatus('5xx'))).toMatchInlineSnapshot(
			`"expected status 5xx Server Error (500–599), received 600, which is not an HTTP status (an integer from 100 to 599)"`,
		);
		expect(failure(() => expect(-0).toHaveStatus(200))).toMatchInlineSnapshot(
			`"expected status 200 OK, received -0, which is not an HTTP status (an integer from 100 to 599)"`,
		);
	});

	test('the matcher object holds exactly toHaveStatus, frozen', () => {
		expect(Object.keys(matchers)).toEqual(['toHaveStatus']);
		expect(matchers.toHaveStatus).toBe(toHaveStatus);
		expect(Object.isFrozen(matchers)).toBe(true);
	});
});

describe('failure messages name both sides, with phrase and class', () => {
	test('a code, a class, a list, and each negated', () => {
		expect(failure(() => expect(400).toHaveStatus(HTTP_201_CREATED))).toMatchInlineSnapshot(
			`"expected status 201 Created, received 400 Bad Request (4xx Client Error)"`,
		);
		expect(failure(() => expect(299).toHaveStatus(201))).toMatchInlineSnapshot(`"expected status 201 Created, received 299 (2xx Successful)"`);
		expect(failure(() => expect(404).toHaveStatus('2xx'))).toMatchInlineSnapshot(
			`"expected status 2xx Successful (200–299), received 404 Not Found (4xx Client Error)"`,
		);
		expect(failure(() => expect(500).toHaveStatus([200, 201, 204]))).toMatchInlineSnapshot(
			`"expected status 200 OK, 201 Created or 204 No Content, received 500 Internal Server Error (5xx Server Error)"`,
		);
		expect(failure(() => expect(500).toHaveStatus([200, 599]))).toMatchInlineSnapshot(
			`"expected status 200 OK or 599, received 500 Internal Server Error (5xx Server Error)"`,
		);
		expect(failure(() => expect(201).not.toHaveStatus(201))).toMatchInlineSnapshot(`"expected status not 201 Created, received 201 Created (2xx Successful)"`);
		expect(failure(() => expect(204).not.toHaveStatus('2xx'))).toMatchInlineSnapshot(
			`"expected status not 2xx Successful (200–299), received 204 No Content (2xx Successful)"`,
		);
		expect(failure(() => expect(204).not.toHaveStatus([200, 204]))).toMatchInlineSnapshot(
			`"expected status none of 200 OK, 204 No Content, received 204 No Content (2xx Successful)"`,
		);
	});

	test('the first 300 characters of a synchronous body: text, then payload, then a plain body', () => {
		expect(failure(() => expect({status: 400, text: 'name is required', body: {ignored: true}}).toHaveStatus(201))).toMatchInlineSnapshot(`
			"expected status 201 Created, received 400 Bad Request (4xx Client Error)
			received body: name is required"
		`);
		expect(failure(() => expect({statusCode: 422, payload: '{"message":"body/name must be string"}'}).toHaveStatus(201))).toMatchInlineSnapshot(`
			"expected status 201 Created, received 422 Unprocessable Content (4xx Client Error)
			received body: {"message":"body/name must be string"}"
		`);
		expect(failure(() => expect({status: 400, body: {errors: ['name']}}).toHaveStatus(201))).toMatchInlineSnapshot(`
			"expected status 201 Created, received 400 Bad Request (4xx Client Error)
			received body: {"errors":["name"]}"
		`);
		expect(failure(() => expect({status: 400, body: [1, 2]}).toHaveStatus(201))).toMatchInlineSnapshot(`
			"expected status 201 Created, received 400 Bad Request (4xx Client Error)
			received body: [1,2]"
		`);
		expect(failure(() => expect({status: 400, body: Object.assign(Object.create(null) as object, {a: 1})}).toHaveStatus(201))).toMatchInlineSnapshot(`
			"expected status 201 Created, received 400 Bad Request (4xx Client Error)
			received body: {"a":1}"
		`);
		expect(failure(() => expect({status: 400, body: 'plain'}).toHaveStatus(201))).toMatchInlineSnapshot(`
			"expected status 201 Created, received 400 Bad Request (4xx Client Error)
			received body: plain"
		`);
		const long = failure(() => expect({status: 500, text: 'x'.repeat(299) + '😀' + 'y'.repeat(100)}).toHaveStatus(200));
		expect(long).toMatch(/received body: x{299}… \(401 characters\)$/u); // never half a surrogate pair
		expect(failure(() => expect({status: 500, text: 'z'.repeat(301)}).toHaveStatus(200))).toMatch(/received body: z{300}… \(301 characters\)$/u);
	});

	test('no body line for an empty body, a stream, a Buffer, a number, or a body JSON cannot write', () => {
		const cyclic: Record<string, unknown> = {};
		cyclic['self'] = cyclic;
		for (const body of ['', new ReadableStream(), Buffer.from('secret'), 42, null, cyclic, {big: 1n}]) {
			expect(failure(() => expect({status: 400, body}).toHaveStatus(201))).toBe('expected status 201 Created, received 400 Bad Request (4xx Client Error)');
		}
	});

	test('control characters from the received object are escaped: C0, DEL, C1, U+2028/9, bidi controls', () => {
		const hostile = 'a\u001B[2Jb\r\nc\u0007\u007F\u0085\u009B\u2028\u2029\u202E\u2066\u200F\u061C\td';
		expect(failure(() => expect({status: 400, text: hostile}).toHaveStatus(201))).toMatchInlineSnapshot(`
			"expected status 201 Created, received 400 Bad Request (4xx Client Error)
			received body: a\\u001b[2Jb\\u000d\\u000ac\\u0007\\u007f\\u0085\\u009b\\u2028\\u2029\\u202e\\u2066\\u200f\\u061c\\u0009d"
		`);
		expect(failure(() => expect(hostile).toHaveStatus(201))).toMatchInlineSnapshot(
			`"expected status 201 Created, received "a\\u001b[2Jb\\r\\nc\\u0007\\u007f\\u0085\\u009b\\u2028\\u2029\\u202e\\u2066\\u200f\\u061c\\td", not a response or a status code"`,
		);
		class Evil {
			readonly status = 'no';
		}
		Object.defineProperty(Evil, 'name', {value: 'Evil\u001B[31m\u202E'});
		expect(failure(() => expect(new Evil()).toHaveStatus(201))).toMatchInlineSnapshot(
			`"expected status 201 Created, received an object with neither a numeric \`status\` nor a numeric \`statusCode\`"`,
		);
		expect(
			failure(() =>
				expect({
					get status(): number {
						throw new Error('boom\u001B[2J');
					},
				}).toHaveStatus(201),
			),
		).toMatchInlineSnapshot(`"expected status 201 Created, received an object whose status could not be read (Error: boom\\u001b[2J)"`);
	});
});

describe('a received value without a status fails, with or without .not, and says what it was', () => {
	const received: unknown[] = [
		undefined,
		null,
		true,
		'201',
		'x'.repeat(60),
		201n,
		Symbol('s'),
		() => 201,
		[201],
		{},
		{status: '201'},
		new Map(),
		Object.create(null),
	];
	test.each(received.map(value => [value]))('%s', value => {
		const positive = failure(() => expect(value).toHaveStatus(201));
		const negated = failure(() => expect(value).not.toHaveStatus(201));
		expect(positive).toMatch(/^expected status 201 Created, received /u);
		expect(negated).toMatch(/^expected status not 201 Created, received /u);
	});
	test('the messages', () => {
		expect(failure(() => expect(undefined).toHaveStatus(201))).toMatchInlineSnapshot(
			`"expected status 201 Created, received undefined, not a response or a status code"`,
		);
		expect(received.map(value => failure(() => expect(value).toHaveStatus(201)).replace('expected status 201 Created, ', ''))).toMatchInlineSnapshot(`
			[
			  "received undefined, not a response or a status code",
			  "received null, not a response or a status code",
			  "received true, not a response or a status code",
			  "received "201", not a response or a status code",
			  "received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (a string of 60 characters), not a response or a status code",
			  "received 201n, not a response or a status code",
			  "received Symbol(s), not a response or a status code",
			  "received a function with neither a numeric \`status\` nor a numeric \`statusCode\`",
			  "received an array with neither a numeric \`status\` nor a numeric \`statusCode\`",
			  "received an object with neither a numeric \`status\` nor a numeric \`statusCode\`",
			  "received an object with neither a numeric \`status\` nor a numeric \`statusCode\`",
			  "received an object with neither a numeric \`status\` nor a numeric \`statusCode\`",
			  "received an object with neither a numeric \`status\` nor a numeric \`statusCode\`",
			]
		`);
		const throwing = new Proxy(
			{},
			{
				get() {
					throw 'trap';
				},
				getPrototypeOf() {
					throw new Error('trap');
				},
			},
		);
		expect(failure(() => expect(throwing).toHaveStatus(201))).toMatchInlineSnapshot(
			`"expected status 201 Created, received an object whose status could not be read (trap)"`,
		);
		const revoked = Proxy.revocable({}, {});
		revoked.revoke();
		expect(failure(() => expect(revoked.proxy).toHaveStatus(201))).toMatchInlineSnapshot(
			`"expected status 201 Created, received a revoked proxy whose status could not be read (TypeError: Cannot perform 'get' on a proxy that has been revoked)"`,
		);
		expect(
			failure(() =>
				expect({
					get status(): number {
						throw 42;
					},
				}).toHaveStatus(201),
			),
		).toMatchInlineSnapshot(`"expected status 201 Created, received an object whose status could not be read (a thrown non-error)"`);
	});
});

describe('a mistaken expectation is a usage error, thrown before anything is compared', () => {
	// The casts stand for a caller without types (JavaScript, or a value typed any).
	const loose = expect as unknown as (value: unknown) => {toHaveStatus(expected: unknown): void; not: {toHaveStatus(expected: unknown): void}};
	test.each([
		[99, RangeError],
		[600, RangeError],
		[200.5, RangeError],
		[Number.NaN, RangeError],
		['4XX', RangeError],
		['404', RangeError],
		['__proto__', RangeError],
		[[], RangeError],
		[[200, 600], RangeError],
		[[200, '201'], TypeError],
		[undefined, TypeError],
		[null, TypeError],
		[{status: 200}, TypeError],
		[201n, TypeError],
	])('%s throws %o', (expected, kind) => {
		expect(() => loose(201).toHaveStatus(expected)).toThrow(kind);
		expect(() => loose(201).not.toHaveStatus(expected)).toThrow(kind);
		expect(() => loose(undefined).toHaveStatus(expected)).toThrow(kind);
	});
	test('the messages', () => {
		const message = (expected: unknown) => failure(() => loose(201).toHaveStatus(expected));
		expect([600, -0, '4XX', 'x\u001B'.repeat(30), [], [200, 600], [200, '201'], undefined, null, {}, 201n].map(message)).toMatchInlineSnapshot(`
			[
			  "toHaveStatus expects a status code, an integer from 100 to 599; received 600",
			  "toHaveStatus expects a status code, an integer from 100 to 599; received -0",
			  "toHaveStatus expects a status class, one of 1xx, 2xx, 3xx, 4xx, 5xx; received "4XX"",
			  "toHaveStatus expects a status class, one of 1xx, 2xx, 3xx, 4xx, 5xx; received "x\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001bx\\u001b"… (a string of 60 characters)",
			  "toHaveStatus expects at least one status code in a list; received an empty list",
			  "toHaveStatus expects a status code, an integer from 100 to 599; received 600 in a list",
			  "toHaveStatus expects a list of status codes; received "201" in a list",
			  "toHaveStatus expects a status code, a class such as '4xx', or a list of codes; received undefined",
			  "toHaveStatus expects a status code, a class such as '4xx', or a list of codes; received null",
			  "toHaveStatus expects a status code, a class such as '4xx', or a list of codes; received an object",
			  "toHaveStatus expects a status code, a class such as '4xx', or a list of codes; received 201n",
			]
		`);
	});
});

describe('the verdict is the status alone; every part of a message is bounded', () => {
	test('a body that throws when read never changes the verdict, and is left out of the message', () => {
		let reads = 0;
		const received = {
			status: 200,
			get text(): string {
				reads++;
				throw new Error('\u001b[2J boom');
			},
		};
		expect(received).toHaveStatus(200);
		expect(reads).toBe(0); // a pass reads no body
		expect(failure(() => expect(received).toHaveStatus(404))).toBe('expected status 404 Not Found, received 200 OK (2xx Successful)');
	});

	test('a pass writes no body; a failure writes at most 300 characters of a 300,000-key body', () => {
		let walked = 0;
		const body = new Proxy(
			{},
			{
				ownKeys() {
					walked++;
					return [];
				},
			},
		);
		expect({status: 200, body}).toHaveStatus(200);
		expect(walked).toBe(0);
		const wide = Object.fromEntries(Array.from({length: 300_000}, (_, index) => [`k${index}`, index]));
		const message = failure(() => expect({status: 500, body: wide}).toHaveStatus(200));
		expect(message.length).toBeLessThan(500);
		expect(message).toMatch(/received body: \{"k0":0,"k1":1,.*… \(\d+ characters\)$/u);
	}, 60_000);

	test('an error whose message is a Symbol, or whose message getter throws, fails cleanly', () => {
		const symbolic = new Error('x');
		Object.defineProperty(symbolic, 'message', {value: Symbol('\u202e')});
		const throwing = new TypeError('x');
		Object.defineProperty(throwing, 'message', {
			get() {
				throw new Error('no');
			},
		});
		for (const [error, said] of [
			[symbolic, String.raw`Error: Symbol(\u202e)`],
			[throwing, 'TypeError: undefined'],
			[Symbol('s'), 'a thrown non-error'],
			['text', 'text'],
		] as const) {
			const received = {
				get status(): number {
					throw error;
				},
			};
			expect(failure(() => expect(received).toHaveStatus(200))).toBe(`expected status 200 OK, received an object whose status could not be read (${said})`);
		}
	});

	test('a huge bigint is described by its size, at once', () => {
		expect(failure(() => expect(1n << 16_000_000n).toHaveStatus(200))).toBe(
			'expected status 200 OK, received a bigint of more than 77 digits, not a response or a status code',
		);
	});

	test('a long list of expected codes names ten and counts the rest', () => {
		const codes = Array.from({length: 1_000_000}, (_, index) => 100 + (index % 500));
		const message = failure(() => expect(600).toHaveStatus(codes as never));
		expect(message).toBe(
			'expected status 100 Continue, 101 Switching Protocols, 102 Processing, 103 Early Hints, 104 Upload Resumption Supported, 105, 106, 107, 108, 109, … (1000000 codes in all), received 600, which is not an HTTP status (an integer from 100 to 599)',
		);
		expect(failure(() => expect(200).not.toHaveStatus(codes as never))).toMatch(
			/^expected status none of 100 Continue, .*109, … \(1000000 codes in all\), received 200 OK/u,
		);
	});

	test('a body with a cycle or a bigint is left out; accessors and non-enumerable members are not read', () => {
		const cyclic: Record<string, unknown> = {a: 1};
		cyclic['self'] = {inner: cyclic};
		expect(failure(() => expect({status: 400, body: cyclic}).toHaveStatus(201))).toBe(
			'expected status 201 Created, received 400 Bad Request (4xx Client Error)',
		);
		const shown = {
			a: undefined,
			f: () => 1,
			s: Symbol('s'),
			list: [undefined, () => 1, 'x', true, null],
			get g() {
				return 1;
			},
		};
		Object.defineProperty(shown, 'hidden', {value: 1, enumerable: false});
		expect(failure(() => expect({status: 400, body: shown}).toHaveStatus(201))).toBe(
			'expected status 201 Created, received 400 Bad Request (4xx Client Error)\nreceived body: {"list":[null,null,"x",true,null]}',
		);
		const revoked = Proxy.revocable({}, {});
		revoked.revoke();
		expect(failure(() => expect({status: 400, body: {inner: revoked.proxy}}).toHaveStatus(201))).toBe(
			'expected status 201 Created, received 400 Bad Request (4xx Client Error)',
		);
		expect(failure(() => expect({status: 400, body: {long: 'y'.repeat(1000)}}).toHaveStatus(201))).toMatch(
			/received body: \{"long":"y{291}… \(\d+ characters\)$/u,
		);
	});
});
