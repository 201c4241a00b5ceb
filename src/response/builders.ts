// The builders of a response with a body or without one. Each takes the statuses a `Response` accepts for it, checks
// them again at run time for callers the compiler did not check, and returns the platform's own `Response`.
import type {ContentfulStatus, FinalClass, FinalStatus, ResponseRedirectStatus, Uninferred, UnregisteredStatus} from '../index.ts';
import {isResponseRedirectStatus} from '../index.ts';
import {contentfulStatus, finalStatus, show, withContentType} from './checks.ts';
import type {ResponseOptions, TypedResponse} from './typed-response.ts';

// The status sent: the one given, and the default where the argument may be undefined (omitted, or typed
// `201 | undefined`). Uninferred, so that where the response goes (`const created: TypedResponse<201> = json(body)`)
// cannot make an omitted status 201 in the type while it is 200 at run time. One signature, so a wrong status gets one
// plain message rather than an overload's.
type Sent<Status, Default extends number> = Uninferred<Status, Exclude<Status, undefined> | (undefined extends Status ? Default : never)>;

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
	// JSON.stringify is typed as returning a string, but returns undefined for a function, a symbol or undefined.
	const text = JSON.stringify(body) as string | undefined;
	if (text === undefined) {
		throw new TypeError(`json: the body (${show(body)}) has no JSON form`);
	}
	return new Response(text, {
		status: checked,
		statusText: options.statusText ?? '',
		headers: withContentType(options.headers, 'application/json'),
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
		throw new TypeError(`text: expected the body as a string; received ${show(body)}`);
	}
	return new Response(body, {
		status: checked,
		statusText: options.statusText ?? '',
		headers: withContentType(options.headers, 'text/plain; charset=utf-8'),
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
	return new Response(null, {status: checked, statusText: options.statusText ?? '', headers: new Headers(options.headers)}) as TypedResponse<Status>;
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
	const checked: unknown = status === undefined ? 302 : status;
	if (typeof checked !== 'number') {
		throw new TypeError(`redirect: expected a status code, a number; received ${show(checked)}`);
	}
	if (!isResponseRedirectStatus(checked)) {
		throw new RangeError(`redirect: expected a redirect status, 301, 302, 303, 307 or 308; received ${show(checked)}`);
	}
	if (typeof location !== 'string' && !(location instanceof URL)) {
		throw new TypeError(`redirect: expected the location as a string or a URL; received ${show(location)}`);
	}
	const target = String(location);
	if (/[\r\n\0]/.test(target)) {
		throw new TypeError(`redirect: the location may not contain a line break or NUL; received ${show(target)}`);
	}
	const headers = new Headers(options.headers);
	headers.set('location', target);
	return new Response(null, {status: checked, statusText: options.statusText ?? '', headers}) as TypedResponse<Sent<Status, 302>>;
}
