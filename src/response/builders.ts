// The builders of a response with a body or without one. Each takes the statuses a `Response` accepts for it, checks
// them again at run time for callers the compiler did not check, and returns the platform's own `Response`.
import type {ContentfulStatus, FinalClass, FinalStatus, ResponseRedirectStatus, UnregisteredStatus} from '../index.ts';
import {contentfulStatus, finalStatus, jsonText, ownData, redirectLocation, redirectStatus, responseHeaders, statusText} from './checks.ts';
import type {ResponseOptions, Sent, TypedResponse} from './typed-response.ts';
import {describeValue} from '../describe-value.ts';

/**
 * A JSON response (`application/json`, unless the options set a content type) with a status that may carry a body:
 * 200 by default; never 1xx, 204, 205 or 304, which `Response` rejects (Fetch Standard).
 *
 * @example
 * ```ts
 * import {HTTP_201_CREATED} from 'typed-http-status';
 * import {json} from 'typed-http-status/response';
 * const created = json({id: 7}, HTTP_201_CREATED, {headers: {location: '/notes/7'}});
 * created.status;
 * //=> 201
 * ```
 */
export function json<Status extends ContentfulStatus | UnregisteredStatus<FinalClass> | undefined = undefined>(
	body: unknown,
	// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- `void` makes the argument omissible while `Status` still infers a given `undefined`
	status: Status | void,
	options: ResponseOptions = {},
): TypedResponse<Sent<Status, 200>> {
	const checked = contentfulStatus('json', status === undefined ? 200 : status);
	const given = ownData('json', 'the options', options, false);
	return new Response(jsonText('json', 'the body', body), {
		status: checked,
		statusText: statusText('json', given['statusText'], ''),
		headers: responseHeaders('json', given['headers'], 'application/json'),
	}) as TypedResponse<Sent<Status, 200>>;
}

/**
 * A plain-text response (`text/plain; charset=utf-8`, unless the options set a content type) with a status that may
 * carry a body: 200 by default; never 1xx, 204, 205 or 304.
 *
 * @example
 * ```ts
 * import {HTTP_404_NOT_FOUND} from 'typed-http-status';
 * import {text} from 'typed-http-status/response';
 * await text('no such note', HTTP_404_NOT_FOUND).text();
 * //=> 'no such note'
 * ```
 */
export function text<Status extends ContentfulStatus | UnregisteredStatus<FinalClass> | undefined = undefined>(
	body: string,
	// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- `void` makes the argument omissible while `Status` still infers a given `undefined`
	status: Status | void,
	options: ResponseOptions = {},
): TypedResponse<Sent<Status, 200>> {
	const checked = contentfulStatus('text', status === undefined ? 200 : status);
	if (typeof body !== 'string') {
		throw new TypeError(`text: expected the body as a string; received ${describeValue(body)}`);
	}
	const given = ownData('text', 'the options', options, false);
	return new Response(body, {
		status: checked,
		statusText: statusText('text', given['statusText'], ''),
		headers: responseHeaders('text', given['headers'], 'text/plain; charset=utf-8'),
	}) as TypedResponse<Sent<Status, 200>>;
}

/**
 * A response without a body, with any final status: 204, 205 and 304, which may not have one, or any other 2xx–5xx
 * code; never 1xx, which `Response` rejects.
 *
 * @example
 * ```ts
 * import {HTTP_304_NOT_MODIFIED} from 'typed-http-status';
 * import {empty} from 'typed-http-status/response';
 * const unchanged = empty(HTTP_304_NOT_MODIFIED, {headers: {etag: '"v2"'}});
 * [unchanged.status, unchanged.body];
 * //=> [304, null]
 * ```
 */
export function empty<Status extends FinalStatus | UnregisteredStatus<FinalClass>>(status: Status, options: ResponseOptions = {}): TypedResponse<Status> {
	const checked = finalStatus('empty', status);
	const given = ownData('empty', 'the options', options, false);
	return new Response(null, {
		status: checked,
		statusText: statusText('empty', given['statusText'], ''),
		headers: responseHeaders('empty', given['headers'], undefined),
	}) as TypedResponse<Status>;
}

/**
 * A redirect to `location`, which may be relative (`'/login'`; `Response.redirect` wants an absolute URL on Node.js),
 * with a redirect status: 302 by default, or 301, 303, 307 or 308 (Fetch Standard); no body.
 *
 * @example
 * ```ts
 * import {HTTP_303_SEE_OTHER} from 'typed-http-status';
 * import {redirect} from 'typed-http-status/response';
 * redirect('/notes/7', HTTP_303_SEE_OTHER).headers.get('location');
 * //=> '/notes/7'
 * ```
 */
export function redirect<Status extends ResponseRedirectStatus | undefined = undefined>(
	location: string | URL,
	// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- `void` makes the argument omissible while `Status` still infers a given `undefined`
	status: Status | void,
	options: ResponseOptions = {},
): TypedResponse<Sent<Status, 302>> {
	const checked = redirectStatus('redirect', status === undefined ? 302 : status);
	const target = redirectLocation('redirect', location);
	const given = ownData('redirect', 'the options', options, false);
	const headers = responseHeaders('redirect', given['headers'], undefined);
	headers.set('location', target);
	return new Response(null, {status: checked, statusText: statusText('redirect', given['statusText'], ''), headers}) as TypedResponse<Sent<Status, 302>>;
}
