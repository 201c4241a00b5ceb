import {inRange} from './status-range.ts';
import {PHRASES_FROM_100, type REASON_PHRASES} from './generated/reason-phrases.ts';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- UnregisteredStatus is named by a {@link} in the JSDoc
import type {StatusClassBrand, UnregisteredStatus} from './http-status.ts';
import type {NumberKind} from './narrowing.ts';
import type {StatusClass} from './status-class.ts';
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

type PhraseMember<Value> = Value extends StatusCode
	? ReasonPhrase<Value>
	: Value extends StatusClassBrand<StatusClass>
		? undefined
		: Value extends number
			? {wide: string | undefined; literal: undefined; branded: string | undefined}[NumberKind<Value>]
			: never;

/**
 * What {@link reasonPhrase} returns for a value of type `Value`: the literal phrase of each named code,
 * `undefined` for an unnamed literal or an {@link UnregisteredStatus}, `string | undefined` for a `number`.
 *
 * @example
 * ```ts
 * import type {PhraseOf} from 'typed-http-status';
 * type Phrase = PhraseOf<404 | 299>;
 * //=> 'Not Found' | undefined
 * ```
 */
export type PhraseOf<Value> = number extends Value ? string | undefined : [Value] extends [StatusCode] ? ReasonPhrase<Value> : PhraseMember<Value>;

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
export function reasonPhrase<Code extends number>(code: Code): PhraseOf<Code> {
	// An own slot of a packed array (0 where there is no phrase), never an index past its end: no lookup reaches a prototype.
	// eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- 0, not only undefined, means no phrase
	return (inRange(code, 100, 99 + PHRASES_FROM_100.length) ? PHRASES_FROM_100[code - 100] || undefined : undefined) as PhraseOf<Code>;
}
