// The recipes of docs/narrowing.md for frameworks whose status unions differ from ours, from a plain number to what
// each takes: the declarations a consumer emits for them must name the types, not list the codes.
import {HTTP_509_BANDWIDTH_LIMIT_EXCEEDED, isClientError, isContentfulStatus, isRedirect, isStatusCode, type ContentfulStatus} from 'typed-http-status';

/** A contentful status Hono's `c.json` and `c.text` take: every one but 509, which Hono does not name. */
export type HonoContentfulStatus = Exclude<ContentfulStatus, 509>;

/** True for a code Hono's `c.json` and `c.text` take. */
export function isHonoContentfulStatus(code: number): code is HonoContentfulStatus {
	return isStatusCode(code) && isContentfulStatus(code) && code !== HTTP_509_BANDWIDTH_LIMIT_EXCEEDED;
}

export function forHonoJson(fromUpstream: number) {
	return isHonoContentfulStatus(fromUpstream) ? fromUpstream : undefined;
}
export function forHonoRedirect(fromUpstream: number) {
	return isStatusCode(fromUpstream) && isRedirect(fromUpstream) ? fromUpstream : undefined;
}
export function forFastifyClientError(fromUpstream: number) {
	return isStatusCode(fromUpstream) && isClientError(fromUpstream) ? fromUpstream : undefined;
}
