// The client side: statusOf validates, hasStatus and the class guards answer for responses and plain objects, and
// never throw on a value that is not a response.
import {describe, expect, test} from 'vitest';
import {
	hasStatus,
	isClientErrorResponse,
	isErrorResponse,
	isInformationalResponse,
	isRedirectResponse,
	isServerErrorResponse,
	isSuccessResponse,
	statusOf,
} from '../../../src/response/index.ts';

const throwing = {
	get status(): number {
		throw new Error('getter ran');
	},
};
const revoked = (() => {
	const {proxy, revoke} = Proxy.revocable({}, {});
	revoke();
	return proxy;
})();
const notResponses: unknown[] = [null, undefined, 404, '404', {}, {status: '404'}, {status: 404.5}, throwing, revoked, () => 404];

describe('statusOf', () => {
	test('returns the status of a Response or an object, named or not', () => {
		expect(statusOf(new Response(null, {status: 204}))).toBe(204);
		expect(statusOf({status: 299})).toBe(299);
		const fn = Object.assign(() => 1, {status: 404});
		expect(statusOf(fn)).toBe(404);
	});
	test('a RangeError for a number that is not a status (an opaque response has 0)', () => {
		expect(() => statusOf({status: 0})).toThrow(new RangeError("statusOf: the response's status 0 is not an HTTP status, an integer from 100 to 599"));
		expect(() => statusOf({status: 600})).toThrow(RangeError);
	});
	test('a TypeError for a value without a numeric status', () => {
		expect(() => statusOf({status: '200'} as never)).toThrow(new TypeError('statusOf: expected a response with a numeric status; received an object'));
		expect(() => statusOf(null as never)).toThrow(new TypeError('statusOf: expected a response with a numeric status; received null'));
		expect(() => statusOf(throwing)).toThrow(TypeError);
	});
});

describe('hasStatus', () => {
	test('true when the status is one of the codes', () => {
		expect(hasStatus(new Response(null, {status: 204}), 200, 204)).toBe(true);
		expect(hasStatus({status: 404}, 200, 204)).toBe(false);
		expect(hasStatus({status: 404})).toBe(false);
	});
	test('false for anything that is not a response', () => {
		for (const value of notResponses) {
			expect(hasStatus(value as never, 404)).toBe(false);
		}
	});
	test('a member that only overlaps the code reaches the true branch, which the type says it may', () => {
		type Overlapping = {status: 200; a: string} | {status: 200 | 201; b: string};
		const read = (result: Overlapping): string => (hasStatus(result, 200) ? ('a' in result ? result.a : result.b) : 'other');
		expect(read({status: 200, b: 'overlapping'})).toBe('overlapping');
		expect(read({status: 201, b: 'overlapping'})).toBe('other');
		expect(read({status: 200, a: 'exact'})).toBe('exact');
	});
	test('a code wider than a literal leaves every member in the false branch, where the type keeps them', () => {
		type Reply = {status: 200; note: string} | {status: 404; error: string};
		const read = (reply: Reply, wanted: number): string => (hasStatus(reply, wanted) ? 'wanted' : reply.status === 200 ? reply.note : reply.error);
		expect(read({status: 200, note: 'note'}, 404)).toBe('note');
		expect(read({status: 404, error: 'error'}, 200)).toBe('error');
		expect(read({status: 404, error: 'error'}, 404)).toBe('wanted');
	});
});

describe.each([
	['isInformationalResponse', isInformationalResponse, 100, 199],
	['isSuccessResponse', isSuccessResponse, 200, 299],
	['isRedirectResponse', isRedirectResponse, 300, 399],
	['isClientErrorResponse', isClientErrorResponse, 400, 499],
	['isServerErrorResponse', isServerErrorResponse, 500, 599],
	['isErrorResponse', isErrorResponse, 400, 599],
] as Array<[string, (response: unknown) => boolean, number, number]>)('%s', (_, guard, low, high) => {
	test('answers every status from 90 to 610 by its class', () => {
		for (let status = 90; status <= 610; status++) {
			expect(guard({status}), String(status)).toBe(status >= low && status <= high);
		}
	});
	test('answers a real Response', () => {
		expect(guard(new Response(null, {status: low === 100 ? 200 : low}))).toBe(low !== 100);
	});
	test('false for anything that is not a response, without throwing', () => {
		for (const value of notResponses) {
			expect(guard(value)).toBe(false);
		}
	});
});
