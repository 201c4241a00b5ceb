import {PHRASES_FROM_100, type REASON_PHRASES} from './generated/reason-phrases.ts';
import type {InputKind, MemberKind, NamedCode} from './narrowing.ts';
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

type PhraseMember<Member> = {
	named: ReasonPhrase<NamedCode<Member> & StatusCode>;
	unregistered: undefined;
	branded: string | undefined;
	valid: undefined;
	wide: string | undefined;
	other: undefined;
}[MemberKind<Member>];

/**
 * What {@link reasonPhrase} returns for a value of type `Value`: the literal phrase of each named code,
 * `undefined` for an unnamed literal or an `UnregisteredStatus`, `string | undefined` for a `number`.
 *
 * @example
 * ```ts
 * import type {PhraseOf} from 'typed-http-status';
 * type Phrase = PhraseOf<404 | 299>;
 * //=> 'Not Found' | undefined
 * ```
 */
export type PhraseOf<Value> = {
	wide: string | undefined;
	codes: ReasonPhrase;
	named: ReasonPhrase<Value & StatusCode>;
	statuses: ReasonPhrase | undefined;
	members: Value extends unknown ? PhraseMember<Value> : never;
}[InputKind<Value>];

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
	// An own slot of the packed phrase array (`undefined` where there is no phrase), never a fraction or an index past its
	// end, so no lookup reaches a prototype; `typeof` comes first, so nothing is coerced, and no built-in is called.
	// Written apart from the type assertion, so that mutation testing reaches each check.
	// Written by npm run generate: `code` is an integer from 100 to the last named code.
	const phrase = typeof code === 'number' && code >= 100 && code <= 511 && (code | 0) === code ? PHRASES_FROM_100[code - 100] : undefined;
	return phrase as PhraseOf<Code>;
}
