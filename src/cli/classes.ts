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
