import {freeze} from './built-ins.ts';

/**
 * The name of the main entry's guard for each class, for tools that point a reader at it (the command line's
 * `guard` field, the fixes of lint rules); frozen. Each is the function of `typed-http-status` that tests a
 * status for that class (RFC 9110 §15).
 *
 * @example
 * ```ts
 * import {STATUS_CLASS_GUARDS} from 'typed-http-status/registry';
 * STATUS_CLASS_GUARDS['4xx'];
 * //=> 'isClientError'
 * ```
 */
export const STATUS_CLASS_GUARDS: {
	readonly '1xx': 'isInformational';
	readonly '2xx': 'isSuccess';
	readonly '3xx': 'isRedirect';
	readonly '4xx': 'isClientError';
	readonly '5xx': 'isServerError';
} = /* @__PURE__ */ freeze({
	__proto__: null,
	'1xx': 'isInformational',
	'2xx': 'isSuccess',
	'3xx': 'isRedirect',
	'4xx': 'isClientError',
	'5xx': 'isServerError',
});
