// Test code, as a suite would have it: assertions on counts, lengths, durations and statuses that already use
// the constants. (A corpus file: linted by corpus.test.ts, never run.)
import {expect} from 'vitest';
import {HTTP_201_CREATED, HTTP_404_NOT_FOUND} from 'typed-http-status';

/** Check a created resource and its listing. */
export function checkCreated(response: {status: number; body: {items: unknown[]; total: number}}, elapsed: number): void {
	expect(response.status).toBe(HTTP_201_CREATED);
	expect(response.body.items).toHaveLength(200);
	expect(response.body.total).toBe(404);
	expect(response.body.items.length).toEqual(200);
	expect(elapsed).toBeLessThan(500);
	expect([100, 200, 300]).toContain(200);
	expect(Math.round(elapsed / 100)).toBe(3);
}

/** Check a missing one. */
export function checkMissing(response: {status: number; text: string}): void {
	expect(response.status).toBe(HTTP_404_NOT_FOUND);
	expect(response.text.length).toBeGreaterThan(100);
	expect(response.text.slice(0, 300)).not.toBe('');
}
