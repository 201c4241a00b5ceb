import type {StatusClass} from '../index.ts';

/**
 * The five classes of status code, in order (RFC 9110 §15).
 *
 * @example
 * ```ts
 * CLASSES.at(-1);
 * //=> '5xx'
 * ```
 */
export const CLASSES: readonly StatusClass[] = ['1xx', '2xx', '3xx', '4xx', '5xx'];

/**
 * The name of the library's guard for each class, which the command line shows as what to test a status with;
 * test/cli.test.ts checks that each is the library function for that class.
 *
 * @example
 * ```ts
 * GUARD_NAMES['4xx'];
 * //=> 'isClientError'
 * ```
 */
export const GUARD_NAMES: Readonly<Record<StatusClass, string>> = {
	'1xx': 'isInformational',
	'2xx': 'isSuccess',
	'3xx': 'isRedirect',
	'4xx': 'isClientError',
	'5xx': 'isServerError',
};
