// The programs of type-tests/soundness.test-d.ts, run: the value that reaches each branch at run time is the one the
// types now keep there. Before, each compiled with the branch typed `never` (or a builder typed with the wrong status)
// and threw or sent another status.
import {describe, expect, test} from 'vitest';
import {
	HTTP_201_CREATED,
	HTTP_301_MOVED_PERMANENTLY,
	HTTP_404_NOT_FOUND,
	assertNever,
	isClientError,
	isContentfulStatus,
	isFinalStatus,
	isHttpStatus,
	isSuccess,
	reasonPhrase,
	statusClass,
	type HttpStatus,
	type StatusClassBrand,
	type StatusCode,
} from '../../src/index.ts';
import {hasStatus, json, problem, redirect, text} from '../../src/response/index.ts';

type Reply = {status: 200; note: string} | {status: 404; error: string};
const ok: Reply = {status: 200, note: ''};
const either: 200 | 404 = [200, 404][1] === 404 ? 404 : 200;

describe('hasStatus with codes wider than one literal per argument', () => {
	// The program the types used to accept: the false branch was `never`, so it ended in assertNever.
	const exhaustive = (reply: Reply, matched: boolean): string => (matched ? 'matched' : assertNever(reply as never));
	test.each([
		['a code typed StatusCode', () => hasStatus(ok, HTTP_404_NOT_FOUND as StatusCode)],
		['a spread number[]', () => hasStatus(ok, ...([404] as number[]))],
		['a code typed 200 | 404', () => hasStatus(ok, either)],
		['no code', () => hasStatus(ok)],
	])('%s: a 200 reply reaches the false branch', (_name, check) => {
		const matched = check();
		expect(matched).toBe(false);
		expect(() => exhaustive(ok, matched)).toThrow(TypeError);
	});
});

describe('a numeric enum with an unnamed member', () => {
	const Upstream = {NotFound: 404, ClientClosedRequest: 499} as const;
	const guards: Array<(code: number) => boolean> = [isClientError, isHttpStatus, isFinalStatus, isContentfulStatus];
	test.each(guards)('%o keeps 499 in its true branch', guard => {
		expect(guard(Upstream.ClientClosedRequest)).toBe(true);
		expect(() => (Upstream.ClientClosedRequest === 499 ? assertNever(Upstream.ClientClosedRequest as never) : undefined)).toThrow(TypeError);
	});
});

describe('hasStatus on a response whose status is a numeric enum member', () => {
	// The program the types used to accept: `Upstream.NotFound & 404` is never, so the true branch was `never` and
	// ended in assertNever; the general signature (a union with a Response) did the same.
	const Upstream = {NotFound: 404, ClientClosedRequest: 499} as const;
	const found = {status: Upstream.NotFound, body: 'found'};
	test.each([
		['one code', () => hasStatus(found, 404)],
		['two codes', () => hasStatus(found, 404, 499)],
		['a union with a Response', () => hasStatus(found as typeof found | Response, 404)],
	])('%s: a 404 reaches the true branch', (_name, check) => {
		const matched = check();
		expect(matched).toBe(true);
		expect(() => (matched ? assertNever(found as never) : undefined)).toThrow(TypeError);
	});
});

describe('a branded literal', () => {
	test('passes isSuccess, has the class 2xx and the phrase of its code', () => {
		expect(isSuccess(299)).toBe(true);
		expect(statusClass(200)).toBe('2xx');
		expect(statusClass(299)).toBe('2xx');
		expect(reasonPhrase(200)).toBe('OK');
	});
});

describe('a status branded with two classes', () => {
	type Failure = number & StatusClassBrand<'4xx' | '5xx'>;
	function side(failure: Failure): string {
		if (isClientError(failure)) {
			return 'client';
		}
		return 'server';
	}
	test('a 4xx reaches the true branch of isClientError, a 5xx the false one', () => {
		expect(side(404 as Failure)).toBe('client');
		expect(side(503 as Failure)).toBe('server');
	});
});

describe('builders given a status that may be undefined', () => {
	test.each([
		['json', () => json({id: 7}, undefined), 200],
		['text', () => text('x', undefined), 200],
		['redirect', () => redirect('/x', undefined), 302],
		['json with a status', () => json({id: 7}, HTTP_201_CREATED), 201],
		['redirect with a status', () => redirect('/x', HTTP_301_MOVED_PERMANENTLY), 301],
	])('%s sends the default then', (_name, build, status) => {
		expect(build().status).toBe(status);
	});
});

describe('problem', () => {
	test.each(['type', 'title', 'status'])('refuses %s even as undefined, as its types do', member => {
		// Through an untyped view: its types refuse these fields at compile time.
		const untyped = problem as (...args: readonly unknown[]) => Response;
		expect(() => untyped(HTTP_404_NOT_FOUND, {[member]: undefined})).toThrow(TypeError);
	});
	test('takes detail and instance as undefined, and a statusText of undefined', async () => {
		const response = problem(HTTP_404_NOT_FOUND, {detail: undefined, instance: undefined}, {statusText: undefined});
		expect(response.status).toBe(404);
		expect(await response.json()).toEqual({type: 'about:blank', title: 'Not Found', status: 404});
	});
});

describe('a generic bounded by literals', () => {
	function validated<Code extends number>(code: Code): [Code, HttpStatus<'2xx'>] | undefined {
		return isSuccess(code) ? [code, code] : undefined;
	}
	test('keeps 299 and drops 404', () => {
		expect(validated(299)).toEqual([299, 299]);
		expect(validated(404)).toBeUndefined();
	});
});

describe('a generic bounded by literals, one member ruled out after a guard', () => {
	// A type parameter used once is the point: the guard answers it by its bound.
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
	function describeGenericPartly<Code extends 200 | 299>(code: Code): string {
		if (isSuccess(code)) {
			if (code === 200) {
				return 'named';
			}
			// The types keep 299 here, so this line cannot claim exhaustiveness; written as the unsound program would.
			return assertNever(code as never);
		}
		return 'other';
	}
	test('299 passes the guard and reaches the line after the 200 case', () => {
		expect(describeGenericPartly(200)).toBe('named');
		expect(() => describeGenericPartly(299)).toThrow(TypeError);
	});
});
