import {REASON_PHRASES} from './generated/reason-phrases.ts';
import type {StatusCode} from './status-code.ts';

/**
 * The reason phrase registered for a named code, as a literal type: `ReasonPhrase<404>` is `'Not Found'`.
 *
 * @example
 * ```ts
 * import type {ReasonPhrase} from 'typed-http-status';
 * type Phrase = ReasonPhrase<413>;
 * //=> 'Content Too Large'
 * ```
 */
export type ReasonPhrase<Code extends StatusCode = StatusCode> = (typeof REASON_PHRASES)[Code];

/**
 * The reason phrase for a status code (IANA wording, RFC 9110 §15): a literal for a named code, and
 * `undefined` for anything unnamed (299, `NaN`, `'404'`, `'__proto__'`); never throws.
 *
 * @example
 * ```ts
 * import {reasonPhrase} from 'typed-http-status';
 * reasonPhrase(503);
 * //=> 'Service Unavailable'
 * reasonPhrase(299);
 * //=> undefined
 * ```
 */
export function reasonPhrase<Code extends StatusCode>(code: Code): ReasonPhrase<Code>;
export function reasonPhrase(code: number): string | undefined;
export function reasonPhrase(code: number): string | undefined {
	return typeof code === 'number' ? REASON_PHRASES[code as StatusCode] : undefined;
}
