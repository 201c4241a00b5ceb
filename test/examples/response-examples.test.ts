// The builders in the examples: the Hono app's DELETE and redirect routes, and the fetch client's retry delay.
import {describe, expect, test} from 'vitest';
import {retryDelay} from '../../examples/fetch.ts';
import {createApp} from '../../examples/hono.ts';

describe('examples/hono.ts, the routes that return builders', () => {
	test('DELETE /books/1 answers 204 with no body, then a 404 problem', async () => {
		const app = createApp();
		const deleted = await app.request('/books/1', {method: 'DELETE'});
		expect([deleted.status, deleted.body, deleted.headers.get('content-type')]).toEqual([204, null, null]);
		const again = await app.request('/books/9', {method: 'DELETE'});
		expect([again.status, again.headers.get('content-type')]).toEqual([404, 'application/problem+json']);
		expect(await again.json()).toEqual({type: 'about:blank', title: 'Not Found', status: 404, detail: 'There is no book 9.', instance: '/books/9'});
	});
	test('GET /book/2 redirects, relatively, to /books/2', async () => {
		const response = await createApp().request('/book/2');
		expect([response.status, response.headers.get('location')]).toEqual([308, '/books/2']);
	});
});

describe('examples/fetch.ts, retryDelay', () => {
	const now = Date.parse('2026-11-26T12:00:00Z');
	test.each([
		[503, {'retry-after': '120'}, 120_000],
		[429, {'retry-after': 'Thu, 26 Nov 2026 12:00:30 GMT'}, 30_000],
		[429, {'retry-after': 'Thu, 26 Nov 2026 11:00:00 GMT'}, 0],
		[502, {}, 1000],
		[500, {'retry-after': 'soon'}, 1000],
		[501, {'retry-after': '5'}, undefined],
		[404, {}, undefined],
		[200, {}, undefined],
	] as const)('a %i with %o waits %s ms', (status, headers, expected) => {
		expect(retryDelay(new Response(null, {status, headers}), 1000, now)).toBe(expected);
	});
});
