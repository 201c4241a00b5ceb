import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, test} from 'vitest';

// The hardening of test/unit/adversarial.test.ts, checked on what ships: dist/index.js, dist/registry.js and
// dist/response.js (ESM) and their .cjs twins, and the matchers' build, each loaded in a fresh Node.js process so
// that pollution can come before the import and built-ins can be replaced before or after it. `npm test` builds
// first; on its own, run `npm run build` before this file. A hang (a replaced RegExp.prototype.exec that always
// matches, under a global replace) fails by the child's timeout.

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const matchers = fileURLToPath(new URL('../../packages/typed-http-status-matchers/dist/', import.meta.url));

// Data-only pollution, as a JSON.parse merge of {"__proto__": {...}} leaves it, plus an iterator on every object.
const POLLUTE = `
for (const [key, value] of Object.entries({note: '\\u001B[2J pwned', '6xx': 'Polluted', standing: 'Polluted', 299: 'Polluted', 600: 'Polluted'})) {
	Object.defineProperty(Object.prototype, key, {value, configurable: true, writable: true});
}
Object.prototype[Symbol.iterator] = function* () {};
`;

// The gadget of a polluted prototype for the builders: options read through the prototype chain would send these.
const POLLUTE_OPTIONS = `
Object.prototype.headers = {'content-type': 'text/html', 'set-cookie': 'session=attacker'};
Object.prototype.statusText = 'Pwned';
Object.prototype.detail = 42;
`;

// Built-ins replaced after the import, each with what would fool a lookup that still called it.
const TAMPER = `
Number.isInteger = () => true;
Math.trunc = () => 6;
Object.hasOwn = () => true;
Array.prototype.find = function () { return this[0]; };
Array.prototype.includes = () => true;
RegExp.prototype.exec = () => Object.assign(['400'], {index: 0, input: ''});
RegExp.prototype.test = () => true;
Number.prototype.toString = () => '\u001B[2J';
`;

// Text built-ins replaced after the import.
const TAMPER_TEXT = `
String.prototype.charCodeAt = () => 65;
String.prototype.slice = () => '\u001B[2J';
globalThis.String = () => '\u001B[2J';
`;

// The same built-ins replaced the other way: a check that called them would now refuse, or let through, everything.
const TAMPER_NULL = `
Object.hasOwn = () => false;
Array.prototype.includes = () => false;
RegExp.prototype.exec = () => null;
RegExp.prototype.test = () => false;
Reflect.ownKeys = () => [];
Object.getOwnPropertyDescriptor = () => undefined;
`;

// Object.freeze replaced before the import, as programs stub it for speed.
const UNFROZEN = `Object.freeze = value => value;`;
// Object.freeze replaced before the import together with Object.isFrozen, which leaves every table unfrozen (not
// defended in-process), then the main entry's tables changed: the guards read their own copies.
const UNDEFENDED = `${UNFROZEN} Object.isFrozen = () => true;`;
const MUTATE = `
for (const list of [lib.NULL_BODY_STATUSES, lib.RESPONSE_REDIRECT_STATUSES, lib.HEURISTICALLY_CACHEABLE_STATUSES, lib.RETRYABLE_STATUSES]) {
	list.push(200, 201, 299, 404, 500);
}
Object.assign(lib.REASON_PHRASES, {299: 'Polluted', 404: 'Polluted'});
`;

// Everything the library answers, as one JSON line.
const REPORT = `
const thrown = value => { try { return parseStatus(value); } catch (error) { return error.name + ': ' + error.message; } };
const codes = [];
for (let code = 0; code < 700; code++) codes.push(code); // not Array.from, which the polluted iterator would empty
const huge = thrown(1n << 16777216n);
const attempt = run => { try { return run(); } catch (error) { return error.name + ': ' + error.message; } };
const sent = response => [response.status, response.statusText, ...response.headers];
const check = (received, expected) => { const result = toHaveStatus.call({}, received, expected); return [result.pass, result.message()]; };
console.log(print({
	phrases: codes.map(code => reasonPhrase(code) ?? null),
	named: codes.filter(code => isStatusCode(code)),
	classes: [99, 100, 404, 404.5, 599, 600].map(code => statusClass(code) ?? null),
	guards: [404, 404.5, '404', 299].map(code => [isClientError(code), isSuccess(code), isHttpStatus(code)]),
	sets: [204, 299, 404, 404.5, 503, 600].map(code => [isFinalStatus, isContentfulStatus, isNullBodyStatus, isResponseRedirectStatus, isHeuristicallyCacheable, isRetryableStatus].map(guard => guard(code))),
	parsed: ['404', '4e2', ' 404', 404.5, 599, Symbol('\\u001B[2J'), '4\\u009B2J', 'x\\u202Ey'].map(thrown),
	huge,
	notes: STATUS_REGISTRY.filter(info => info.note !== undefined).map(info => info.code),
	note500: statusInfo(500).note ?? null,
	info: [statusInfo(404).phrase, statusInfo(299) ?? null, statusInfo(404.5) ?? null],
	titles: [STATUS_CLASS_TITLES['4xx'], STATUS_CLASS_TITLES['6xx'] ?? null],
	built: [
		attempt(() => sent(json({name: '<script>'}))),
		attempt(() => sent(json({}, 201, {headers: {etag: '"1"'}}))),
		attempt(() => sent(text('hi', 404))),
		attempt(() => sent(empty(204))),
		attempt(() => sent(redirect('/ok'))),
		attempt(() => sent(redirect('/a', 200))),
		attempt(() => sent(redirect('/a\u001B[2J'))),
		attempt(() => sent(problem(422, {detail: 'd'}))),
		attempt(() => sent(problem(404, {status: 200}))),
		attempt(() => sent(json({}, 200))),
	],
	unserialisable: [attempt(() => json({id: 1n})), attempt(() => { const cycle = {}; cycle.self = cycle; return json(cycle); })],
	client: [hasStatus({status: 500}, 200), hasStatus({status: 500}, 500), statusOf({status: 299})],
	matched: [check({status: 500}, 200), check({status: 200, text: '\u001B[2J\u202e'}, 404), check(404, [200, 201]), check('x\u202e', '2xx')],
}));
`;

// Each exported table, with each record of STATUS_REGISTRY and each of their `deprecated` lists: whether it is frozen,
// by the Object.isFrozen of before any change, and which changes it took, each tried with the Reflect of before any
// change (which answers false, without throwing, for a change refused).
const MAIN_TABLES = [
	'STATUS_CODES',
	'REASON_PHRASES',
	'FINAL_STATUSES',
	'CONTENTFUL_STATUSES',
	'NULL_BODY_STATUSES',
	'RESPONSE_REDIRECT_STATUSES',
	'HEURISTICALLY_CACHEABLE_STATUSES',
	'RETRYABLE_STATUSES',
];
const TABLES = `
const lib = await load('index');
const registry = await load('registry');
const tables = {
	...Object.fromEntries(${JSON.stringify(MAIN_TABLES)}.map(name => [name, lib[name]])),
	...Object.fromEntries(['STATUS_REGISTRY', 'STATUS_CLASS_TITLES', 'STATUS_CLASS_GUARDS'].map(name => [name, registry[name]])),
};
const records = registry.STATUS_REGISTRY.slice();
records.forEach((info, index) => { tables['record ' + info.code] = info; tables['deprecated ' + info.code] = info.deprecated; });
const taken = table => {
	// An empty list's first own key is its length, which takes a number and is never configurable.
	const key = ownKeys(table)[0];
	const length = key === 'length';
	return [
		set(table, key, length ? 0 : 'changed') && 'write',
		set(table, 'added', 'added') && 'add',
		defineProperty(table, key, length ? {writable: true} : {value: 'changed'}) && 'redefine',
		deleteProperty(table, key) && 'delete',
		isArray(table) && set(table, 'length', 99) && 'lengthen',
	].filter(Boolean);
};
const described = table => (typeof table === 'object' && table !== null ? [isFrozen(table), ...taken(table)] : ['not an object: ' + typeof table]);
console.log(print(Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, described(table)]))));
`;

/** The frozenness of every exported table and the changes each took, with `before` run before the import and `after` after it. */
function tables(format: 'esm' | 'cjs', before: string, after: string): Record<string, unknown[]> {
	const load = format === 'esm' ? `name => import(${JSON.stringify(dist)} + name + '.js')` : `async name => require(${JSON.stringify(dist)} + name + '.cjs')`;
	const keep = `const print = JSON.stringify, {isFrozen} = Object, {isArray} = Array, {set, defineProperty, deleteProperty, ownKeys} = Reflect, load = ${load};`;
	const source = `(async () => {${keep}${before}${TABLES.replace(
		'const records',
		`${after}
const records`,
	)}})();`;
	const child = spawnSync(process.execPath, [...(format === 'esm' ? ['--input-type=module'] : []), '-e', source], {encoding: 'utf8', timeout: 60_000});
	expect(child.stderr).toBe('');
	expect(child.status).toBe(0);
	return JSON.parse(child.stdout) as Record<string, unknown[]>;
}

function report(format: 'esm' | 'cjs', before: string, after: string): Record<string, unknown> {
	const get = (file: string) => (format === 'esm' ? `await import(${JSON.stringify(`${file}.js`)})` : `require(${JSON.stringify(`${file}.cjs`)})`);
	const load = `const lib = ${get(`${dist}index`)};
const {reasonPhrase, isStatusCode, statusClass, isClientError, isSuccess, isHttpStatus, parseStatus, isFinalStatus, isContentfulStatus, isNullBodyStatus, isResponseRedirectStatus, isHeuristicallyCacheable, isRetryableStatus} = lib;
const {STATUS_REGISTRY, statusInfo, STATUS_CLASS_TITLES} = ${get(`${dist}registry`)};
const {json, text, empty, redirect, problem, hasStatus, statusOf} = ${get(`${dist}response`)};
const {toHaveStatus} = ${get(`${matchers}index`)};`;
	// The report is written with the JSON.stringify of before any change.
	const keep = 'const print = JSON.stringify;';
	const source = format === 'esm' ? `${keep}${before}${load}${after}${REPORT}` : `(async () => {${keep}${before}${load}${after}${REPORT}})();`;
	const child = spawnSync(process.execPath, [...(format === 'esm' ? ['--input-type=module'] : []), '-e', source], {encoding: 'utf8', timeout: 60_000});
	expect(child.stderr).toBe('');
	expect(child.status).toBe(0);
	return JSON.parse(child.stdout) as Record<string, unknown>;
}

describe.each(['esm', 'cjs'] as const)('the %s build', format => {
	let clean: Record<string, unknown> = {};
	beforeAll(() => {
		clean = report(format, '', '');
	}, 60_000);

	test('answers as documented when nothing is changed', () => {
		expect(clean).toMatchObject({
			named: expect.arrayContaining([100, 404, 418, 511]),
			classes: [null, '1xx', '4xx', null, '5xx', null],
			guards: [
				[true, false, true],
				[false, false, false],
				[false, false, false],
				[false, true, true],
			],
			// final, contentful, null body, redirect, heuristically cacheable, retryable
			sets: [
				[true, false, true, false, true, false],
				[true, true, false, false, false, false],
				[true, true, false, false, true, false],
				[false, false, false, false, false, false],
				[true, true, false, false, false, true],
				[false, false, false, false, false, false],
			],
			parsed: [
				404,
				'RangeError: Expected an HTTP status code, an integer from 100 to 599 or three digits; received "4e2"',
				'RangeError: Expected an HTTP status code, an integer from 100 to 599 or three digits; received " 404"',
				'RangeError: Expected an HTTP status code, an integer from 100 to 599; received 404.5',
				599,
				String.raw`TypeError: Expected an HTTP status code as a number or a three-digit string; received Symbol(\u001b[2J)`,
				String.raw`RangeError: Expected an HTTP status code, an integer from 100 to 599 or three digits; received "4\u009b2J"`,
				String.raw`RangeError: Expected an HTTP status code, an integer from 100 to 599 or three digits; received "x\u202ey"`,
			],
			huge: 'TypeError: Expected an HTTP status code as a number or a three-digit string; received a bigint of more than 77 digits',
			notes: [104, 509, 510],
			note500: null,
			info: ['Not Found', null, null],
			titles: ['Client Error', null],
		});
	});

	test('data-only pollution before the import changes no answer', () => {
		expect(report(format, POLLUTE, '')).toEqual(clean);
	}, 60_000);

	test('the builders, the client guards and the matcher answer as documented when nothing is changed', () => {
		expect(clean).toMatchObject({
			built: [
				[200, '', ['content-type', 'application/json']],
				[201, '', ['content-type', 'application/json'], ['etag', '"1"']],
				[404, '', ['content-type', 'text/plain; charset=utf-8']],
				[204, ''],
				[302, '', ['location', '/ok']],
				'RangeError: redirect: expected a redirect status, 301, 302, 303, 307 or 308; received 200',
				String.raw`TypeError: redirect: the location may not contain a control character (U+0000–U+001F but tab, U+007F); received "/a\u001b[2J"`,
				[422, 'Unprocessable Content', ['content-type', 'application/problem+json']],
				'TypeError: problem: the member "status" is set by problem itself, from the status',
				[200, '', ['content-type', 'application/json']],
			],
			unserialisable: ['TypeError: json: the body has no JSON form: it holds a bigint', 'TypeError: json: the body has no JSON form: it holds a cycle'],
			client: [false, true, 299],
			matched: [
				[false, 'expected status 200 OK, received 500 Internal Server Error (5xx Server Error)'],
				[
					false,
					String.raw`expected status 404 Not Found, received 200 OK (2xx Successful)` +
						String.raw`
received body: \u001b[2J\u202e`,
				],
				[false, 'expected status 200 OK or 201 Created, received 404 Not Found (4xx Client Error)'],
				[false, String.raw`expected status 2xx Successful (200–299), received "x\u202e", not a response or a status code`],
			],
		});
	});

	test('options and fields polluted through Object.prototype reach no response', () => {
		expect(report(format, POLLUTE_OPTIONS, '')).toEqual(clean);
		expect(report(format, '', POLLUTE_OPTIONS)).toEqual(clean);
	}, 60_000);

	test('built-ins replaced after the import change no answer and hang nothing', () => {
		// Node.js's own Response and Headers (undici) call RegExp.prototype.exec, String and the string methods too and
		// break under them, so the builders' part is compared under the membership built-ins alone.
		const {built: _built, unserialisable: _unserialisable, ...library} = clean;
		for (const tamper of [TAMPER, TAMPER_NULL, `${TAMPER}${TAMPER_TEXT}`, `${TAMPER_NULL}String.prototype.charCodeAt = () => 0x202e;`]) {
			const {built: _tampered, unserialisable: _tamperedUnserialisable, ...tampered} = report(format, '', tamper);
			expect(tampered).toEqual(library);
		}
		// What a body without a JSON form is said to hold is found in the engine's message with the captured indexOf.
		for (const search of ['String.prototype.indexOf = () => 0;', 'String.prototype.indexOf = () => -1;']) {
			expect(report(format, '', search)['unserialisable']).toEqual(clean['unserialisable']);
		}
		// Under the membership built-ins, undici's own Headers and Response may fail (on Node.js 24 they fail for every
		// input); the builders' checks still refuse exactly what they refused (entries 5, 6, 8) and refuse nothing else:
		// no other error names a builder, but for the one that passes on the platform's refusal with its reason.
		const cleanBuilt = clean['built'] as unknown[];
		for (const membership of [
			'Array.prototype.includes = () => true; Object.hasOwn = () => false;',
			'Array.prototype.includes = () => false; Object.hasOwn = () => true;',
		]) {
			const built = report(format, '', membership)['built'] as unknown[];
			expect([built[5], built[6], built[8]]).toEqual([cleanBuilt[5], cleanBuilt[6], cleanBuilt[8]]);
			for (const index of [0, 1, 2, 3, 4, 7, 9]) {
				expect(String(built[index])).not.toMatch(/^\w+Error: (?:json|text|empty|redirect|problem): (?!the platform's Headers refused the headers)/);
			}
		}
	}, 60_000);

	test('Object.freeze and Object.isFrozen replaced before the import: changing the exported tables changes no answer', () => {
		expect(report(format, UNDEFENDED, MUTATE)).toEqual(clean);
	}, 60_000);

	test('Reflect.setPrototypeOf replaced before the import, or not: a prototype polluted after it reaches no phrase', () => {
		const lib = format === 'esm' ? `await import(${JSON.stringify(`${dist}index.js`)})` : `require(${JSON.stringify(`${dist}index.cjs`)})`;
		// The keys that the phrase array's slots for 99, 600, 100.5 and NaN would read, were it left its prototype.
		const body = `const lib = ${lib};
for (const key of ['-1', '500', '0.5', 'NaN']) { Object.prototype[key] = 'Polluted'; Array.prototype[key] = 'Polluted'; }
console.log(JSON.stringify([[99, 600, 100.5, NaN].map(code => lib.reasonPhrase(code) ?? null), [99, 600, 100.5].map(lib.isStatusCode), lib.reasonPhrase(404)]));`;
		for (const stub of ['', 'Reflect.setPrototypeOf = () => false;', 'Reflect.setPrototypeOf = target => target;']) {
			const source = format === 'esm' ? `${stub}${body}` : `${stub}(async () => {${body}})();`;
			const child = spawnSync(process.execPath, [...(format === 'esm' ? ['--input-type=module'] : []), '-e', source], {encoding: 'utf8', timeout: 60_000});
			expect(child.stderr, stub).toBe('');
			expect(JSON.parse(child.stdout), stub).toEqual([[null, null, null, null], [false, false, false], 'Not Found']);
		}
	}, 60_000);

	describe('every exported table, each registry record and its deprecated list', () => {
		const refusing = (names: string[]) => Object.fromEntries(names.map(name => [name, [true]]));

		test('are frozen and take no change when nothing is replaced, or Object.freeze is replaced after the import', () => {
			for (const after of ['', UNFROZEN, `${UNFROZEN} Object.isFrozen = () => false; Reflect.defineProperty = () => true;`]) {
				const found = tables(format, '', after);
				expect(Object.keys(found)).toHaveLength(11 + 2 * 65);
				expect(found).toEqual(refusing(Object.keys(found)));
			}
		}, 60_000);

		test('Object.freeze replaced before the import (by a stub, a seal, or one that only stops additions): the registry entry is frozen all the same', () => {
			for (const stub of [UNFROZEN, 'Object.freeze = () => undefined;', 'Object.freeze = Object.seal;', 'Object.freeze = Object.preventExtensions;']) {
				const found = tables(format, stub, '');
				const registry = Object.keys(found).filter(name => !MAIN_TABLES.includes(name));
				expect(registry, stub).toHaveLength(3 + 2 * 65);
				expect(Object.fromEntries(registry.map(name => [name, found[name]])), stub).toEqual(refusing(registry));
			}
		}, 60_000);

		test("Object.freeze replaced before the import (by a stub, a seal, or one that only stops additions): the main entry's tables are frozen all the same", () => {
			for (const stub of [UNFROZEN, 'Object.freeze = () => undefined;', 'Object.freeze = Object.seal;', 'Object.freeze = Object.preventExtensions;']) {
				const found = tables(format, stub, '');
				expect(Object.fromEntries(MAIN_TABLES.map(name => [name, found[name]])), stub).toEqual(refusing(MAIN_TABLES));
			}
		}, 60_000);

		test('Object.freeze replaced before the import with every other freezing built-in, or with Object.isFrozen: nothing is frozen (not defended in-process)', () => {
			for (const stubs of [`${UNFROZEN} Reflect.defineProperty = () => true; Object.seal = value => value;`, `${UNFROZEN} Object.isFrozen = () => true;`]) {
				const found = tables(format, stubs, '');
				expect(found['STATUS_REGISTRY']?.[0], stubs).toBe(false);
				expect(found['record 404'], stubs).toEqual([false, 'write', 'add', 'redefine', 'delete']);
				expect(found['STATUS_CODES'], stubs).toEqual([false, 'write', 'add', 'redefine', 'delete', 'lengthen']);
				expect(found['REASON_PHRASES'], stubs).toEqual([false, 'write', 'add', 'redefine', 'delete']);
			}
		}, 60_000);
	});
});
