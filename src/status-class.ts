import type {StatusCode} from './status-code.ts';

/**
 * The five classes of status code, named by their first digit (RFC 9110 §15).
 *
 * @example
 * ```ts
 * import type {StatusClass} from 'typed-http-status';
 * const family: StatusClass = '4xx';
 * ```
 */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

type ClassDigit = '1' | '2' | '3' | '4' | '5';

/**
 * The class of a named code, or of each member of a union: `ClassOf<404>` is `'4xx'`, `ClassOf<200 | 503>` is `'2xx' | '5xx'`.
 *
 * @example
 * ```ts
 * import type {ClassOf} from 'typed-http-status';
 * type Family = ClassOf<418>;
 * //=> '4xx'
 * ```
 */
export type ClassOf<Code extends StatusCode> = Code extends unknown
	? `${Code}` extends `${infer Digit extends ClassDigit}${string}` ? `${Digit}xx` : never
	: never;

/**
 * The named codes of one class, derived from {@link StatusCode} with a template-literal type, never hand-listed.
 *
 * @example
 * ```ts
 * import type {CodesInClass} from 'typed-http-status';
 * type Redirects = CodesInClass<'3xx'>;
 * //=> 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308
 * ```
 */
export type CodesInClass<Class extends StatusClass> = `${StatusCode}` & ClassPattern<Class> extends `${infer Code extends StatusCode}`
	? Code
	: never;

// CodesInClass matches every code at once, as strings: `${StatusCode}` is '100' | '101' | …, intersecting it with
// `4${string}` keeps the 4xx ones, and `infer` turns them back into numbers. One conditional type per code (as
// ClassOf is) costs every consumer about 1,800 more type instantiations; see docs/performance.md.
type ClassPattern<Class extends StatusClass> = Class extends `${infer Digit}xx` ? `${Digit}${string}` : never;

/** The named 1xx (Informational) codes, RFC 9110 §15.2: `100 | 101 | 102 | 103 | 104`. */
export type Status1xx = CodesInClass<'1xx'>;
/** The named 2xx (Successful) codes, RFC 9110 §15.3. */
export type Status2xx = CodesInClass<'2xx'>;
/** The named 3xx (Redirection) codes, RFC 9110 §15.4. */
export type Status3xx = CodesInClass<'3xx'>;
/** The named 4xx (Client Error) codes, RFC 9110 §15.5. */
export type Status4xx = CodesInClass<'4xx'>;
/** The named 5xx (Server Error) codes, RFC 9110 §15.6. */
export type Status5xx = CodesInClass<'5xx'>;
/**
 * The named error codes, client or server: `Status4xx | Status5xx`.
 *
 * @example
 * ```ts
 * import {HTTP_503_SERVICE_UNAVAILABLE, type ErrorStatus} from 'typed-http-status';
 * const failure: ErrorStatus = HTTP_503_SERVICE_UNAVAILABLE;
 * ```
 */
export type ErrorStatus = Status4xx | Status5xx;

/**
 * The title of each class, as RFC 9110 §15 names it; frozen.
 *
 * @example
 * ```ts
 * import {STATUS_CLASS_TITLES} from 'typed-http-status/registry';
 * STATUS_CLASS_TITLES['4xx'];
 * //=> 'Client Error'
 * ```
 */
export const STATUS_CLASS_TITLES: {
	readonly '1xx': 'Informational';
	readonly '2xx': 'Successful';
	readonly '3xx': 'Redirection';
	readonly '4xx': 'Client Error';
	readonly '5xx': 'Server Error';
} = /* @__PURE__ */ Object.freeze({
	__proto__: null,
	'1xx': 'Informational',
	'2xx': 'Successful',
	'3xx': 'Redirection',
	'4xx': 'Client Error',
	'5xx': 'Server Error',
});

/**
 * The class of any integer from 100 to 599, registered or not; `undefined` for anything else (never throws).
 *
 * @example
 * ```ts
 * import {statusClass} from 'typed-http-status';
 * statusClass(404);
 * //=> '4xx'
 * statusClass(299);
 * //=> '2xx'
 * statusClass(600);
 * //=> undefined
 * ```
 */
export function statusClass<Code extends StatusCode>(code: Code): ClassOf<Code>;
export function statusClass(code: number): StatusClass | undefined;
export function statusClass(code: number): StatusClass | undefined {
	return typeof code === 'number' && code >= 100 && code <= 599 && code % 1 === 0 ? (`${(code - (code % 100)) / 100}xx` as StatusClass) : undefined;
}
