import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, test} from 'vitest';

// The hardening of test/unit/adversarial.test.ts, checked on what ships: dist/index.js and dist/registry.js (ESM) and
// their .cjs twins, each loaded in a fresh Node.js process so that pollution can come before the import. `npm test`
// builds first; on its own, run `npm run build` before this file.

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

// Data-only pollution, as a JSON.parse merge of {"__proto__": {...}} leaves it, plus an iterator on every object.
const POLLUTE = `
for (const [key, value] of Object.entries({note: '\\u001B[2J pwned', '6xx': 'Polluted', standing: 'Polluted', 299: 'Polluted', 600: 'Polluted'})) {
	Object.defineProperty(Object.prototype, key, {value, configurable: true, writable: true});
}
Object.prototype[Symbol.iterator] = function* () {};
`;

// Built-ins replaced after the import, each with what would fool a lookup that still called it.
const TAMPER = `
Number.isInteger = () => true;
Math.trunc = () => 6;
Object.hasOwn = () => true;
Array.prototype.find = function () { return this[0]; };
RegExp.prototype.exec = () => Object.assign(['400'], {index: 0, input: ''});
RegExp.prototype.test = () => true;
`;

// Everything the library answers, as one JSON line.
const REPORT = `
const thrown = value => { try { return parseStatus(value); } catch (error) { return error.name + ': ' + error.message; } };
const codes = [];
for (let code = 0; code < 700; code++) codes.push(code); // not Array.from, which the polluted iterator would empty
const started = performance.now();
const huge = thrown(1n << 16777216n);
const elapsed = performance.now() - started;
console.log(JSON.stringify({
	phrases: codes.map(code => reasonPhrase(code) ?? null),
	named: codes.filter(code => isStatusCode(code)),
	classes: [99, 100, 404, 404.5, 599, 600].map(code => statusClass(code) ?? null),
	guards: [404, 404.5, '404', 299].map(code => [isClientError(code), isSuccess(code), isHttpStatus(code)]),
	sets: [204, 299, 404, 404.5, 503, 600].map(code => [isFinalStatus, isContentfulStatus, isNullBodyStatus, isResponseRedirectStatus, isHeuristicallyCacheable, isRetryableStatus].map(guard => guard(code))),
	parsed: ['404', '4e2', ' 404', 404.5, 599, Symbol('\\u001B[2J'), '4\\u009B2J', 'x\\u202Ey'].map(thrown),
	huge: [huge, elapsed < 1000],
	notes: STATUS_REGISTRY.filter(info => info.note !== undefined).map(info => info.code),
	note500: statusInfo(500).note ?? null,
	info: [statusInfo(404).phrase, statusInfo(299) ?? null, statusInfo(404.5) ?? null],
	titles: [STATUS_CLASS_TITLES['4xx'], STATUS_CLASS_TITLES['6xx'] ?? null],
}));
`;

function report(format: 'esm' | 'cjs', before: string, after: string): Record<string, unknown> {
	const load =
		format === 'esm'
			? `const {reasonPhrase, isStatusCode, statusClass, isClientError, isSuccess, isHttpStatus, parseStatus, isFinalStatus, isContentfulStatus, isNullBodyStatus, isResponseRedirectStatus, isHeuristicallyCacheable, isRetryableStatus} = await import(${JSON.stringify(`${dist}index.js`)});
const {STATUS_REGISTRY, statusInfo, STATUS_CLASS_TITLES} = await import(${JSON.stringify(`${dist}registry.js`)});`
			: `const {reasonPhrase, isStatusCode, statusClass, isClientError, isSuccess, isHttpStatus, parseStatus, isFinalStatus, isContentfulStatus, isNullBodyStatus, isResponseRedirectStatus, isHeuristicallyCacheable, isRetryableStatus} = require(${JSON.stringify(`${dist}index.cjs`)});
const {STATUS_REGISTRY, statusInfo, STATUS_CLASS_TITLES} = require(${JSON.stringify(`${dist}registry.cjs`)});`;
	const source = format === 'esm' ? `${before}${load}${after}${REPORT}` : `(async () => {${before}${load}${after}${REPORT}})();`;
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
			huge: ['TypeError: Expected an HTTP status code as a number or a three-digit string; received a bigint of more than 77 digits', true],
			notes: [104, 509, 510],
			note500: null,
			info: ['Not Found', null, null],
			titles: ['Client Error', null],
		});
	});

	test('data-only pollution before the import changes no answer', () => {
		expect(report(format, POLLUTE, '')).toEqual(clean);
	}, 60_000);

	test('built-ins replaced after the import change no answer', () => {
		expect(report(format, '', TAMPER)).toEqual(clean);
	}, 60_000);
});
