// A fetch client and its tests' helpers that already compare with constants, beside the usual numbers of
// timeouts, retries and sizes.
import {HTTP_200_OK, HTTP_404_NOT_FOUND, isSuccess, reasonPhrase} from 'typed-http-status';

const TIMEOUT_MS = 500;
const MAX_ITEMS = 250;

/** Fetch a JSON list, giving up after 500 ms, keeping at most 250 items. */
export async function fetchItems(url: string): Promise<unknown[]> {
	const response = await fetch(url, {signal: AbortSignal.timeout(TIMEOUT_MS)});
	if (response.status === HTTP_404_NOT_FOUND) {
		return [];
	}
	if (!isSuccess(response.status)) {
		throw new Error(`${response.status} ${reasonPhrase(response.status) ?? 'unknown status'}`);
	}
	const items = (await response.json()) as unknown[];
	return items.slice(0, MAX_ITEMS);
}

/** Whether a response was a plain 200, and small enough to cache (under 300 kB). */
export function cacheable(response: {status: number; headers: Headers}): boolean {
	const size = Number(response.headers.get('content-length') ?? Number.POSITIVE_INFINITY);
	return response.status === HTTP_200_OK && size < 300 * 1024;
}

/** The results of a batch: how many took over 400 ms, and the slowest. */
export function summarize(durations: readonly number[]): {slow: number; slowest: number} {
	const slow = durations.filter(duration => duration > 400).length;
	return {slow, slowest: durations.reduce((max, duration) => Math.max(max, duration), 0)};
}

/** Pick the 201st element, as a table lookup would. */
export function pick<Item>(items: readonly Item[]): Item | undefined {
	return items.at(201);
}

/** An assertion helper for tests that counts, not statuses. */
export function expectCount(actual: number, expected = 200): void {
	if (actual !== expected) {
		throw new Error(`expected ${expected} items, got ${actual}`);
	}
}

/** Sleep, as tests do between polls. */
export function sleep(ms = 250): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, ms));
}

/** Exit codes are not HTTP statuses either. */
export const EXIT = {ok: 0, usage: 64, software: 70, timeout: 124, notFound: 127};
