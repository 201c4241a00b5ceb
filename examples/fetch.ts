// The fetch API, both ends: a `(request: Request) => Response` handler (the shape Deno, Bun, Cloudflare Workers
// and Hono serve) answering with the builders of typed-http-status/response (`json(body, status)`, whose status
// type rejects what `Response` would throw on), and a client that validates `response.status` before trusting it
// and retries what fetch clients retry. Run against a real server on 127.0.0.1 by test/examples/examples.test.ts.
import {
	assertNever,
	HTTP_201_CREATED,
	HTTP_400_BAD_REQUEST,
	HTTP_404_NOT_FOUND,
	HTTP_415_UNSUPPORTED_MEDIA_TYPE,
	isRetryableStatus,
	isStatusCode,
	reasonPhrase,
	statusClass,
	type StatusClass,
} from 'typed-http-status';
import {json, type TypedResponse} from 'typed-http-status/response';

/** POST /notes with a JSON `{text}` creates a note; anything else is answered with the fitting 4xx. */
export async function handle(request: Request): Promise<TypedResponse<201 | 400 | 404 | 415>> {
	if (request.method !== 'POST' || new URL(request.url).pathname !== '/notes') {
		return json({error: reasonPhrase(HTTP_404_NOT_FOUND)}, HTTP_404_NOT_FOUND);
	}
	if (!request.headers.get('content-type')?.startsWith('application/json')) {
		return json({error: reasonPhrase(HTTP_415_UNSUPPORTED_MEDIA_TYPE)}, HTTP_415_UNSUPPORTED_MEDIA_TYPE);
	}
	const body: unknown = await request.json().catch(() => undefined);
	if (typeof body !== 'object' || body === null || !('text' in body) || typeof body.text !== 'string') {
		return json({error: 'expected {"text": string}'}, HTTP_400_BAD_REQUEST);
	}
	return json({text: body.text}, HTTP_201_CREATED, {headers: {location: '/notes/1'}});
}

/**
 * How long to wait before retrying a request that got `response`, in milliseconds, or `undefined` when retrying would
 * not help: only the statuses fetch clients retry by default (isRetryableStatus), after the server's `Retry-After`
 * when it sent one (RFC 9110 §10.2.3: a number of seconds or an HTTP date), else after `fallback`.
 */
export function retryDelay(response: Response, fallback = 1000, now: number = Date.now()): number | undefined {
	if (!isRetryableStatus(response.status)) {
		return undefined;
	}
	const value = response.headers.get('retry-after')?.trim() ?? '';
	if (/^\d+$/.test(value)) {
		return Number(value) * 1000;
	}
	const date = Date.parse(value);
	return Number.isNaN(date) ? fallback : Math.max(0, date - now);
}

/** What a client makes of any response: its class, its phrase if the code is named, and what to do next. */
export interface Outcome {
	readonly status: number;
	readonly family: StatusClass | undefined;
	readonly phrase: string | undefined;
	readonly next: string;
}

function nextStep(family: StatusClass): string {
	switch (family) {
		case '1xx': {
			return 'wait for the final response';
		}
		case '2xx': {
			return 'use the body';
		}
		case '3xx': {
			return 'follow the Location header';
		}
		case '4xx': {
			return 'fix the request';
		}
		case '5xx': {
			return 'retry later';
		}
		default: {
			return assertNever(family);
		}
	}
}

/** Classify a response. `response.status` is a plain `number`: nothing is assumed about it until it is checked. */
export function outcome(response: Response): Outcome {
	const {status} = response;
	const family = statusClass(status); // undefined outside 100–599
	const phrase = isStatusCode(status) ? reasonPhrase(status) : undefined; // 299 is a valid status with no phrase
	return {status, family, phrase, next: family === undefined ? 'give up: not an HTTP status' : nextStep(family)};
}

/** POST a note with `fetch` and report what came back. */
export async function createNote(base: string, text: string): Promise<Outcome> {
	const response = await fetch(new URL('/notes', base), {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({text})});
	await response.body?.cancel();
	return outcome(response);
}
