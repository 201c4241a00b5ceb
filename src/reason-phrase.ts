import {PHRASES_FROM_100, PHRASES_WITHOUT_PROTOTYPE, type REASON_PHRASES} from './generated/reason-phrases.ts';
import type {InputKind, MemberKind, NamedCode} from './narrowing.ts';
import type {StatusCode, StatusCodeIn} from './status-code.ts';

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
	// A slot of the packed phrase array (`undefined` where there is no phrase). `typeof` comes first, so nothing is
	// coerced, and no built-in is called. The array has no prototype (PHRASES_WITHOUT_PROTOTYPE), so a number that is no
	// index of it (404.5, 99, 600) reads `undefined` from the array alone; should it have kept its prototype, the range
	// and integer checks make every read an own slot, so that no lookup reaches a prototype either way.
	// Written by npm run generate: `code` is an integer from 100 to the last named code.
	const readable = typeof code === 'number' && (PHRASES_WITHOUT_PROTOTYPE || (code >= 100 && code <= 511 && (code | 0) === code));
	return (readable ? PHRASES_FROM_100[code - 100] : undefined) as PhraseOf<Code>;
}

/**
 * True when `value` is a number this package names (registry membership); never throws, never coerces.
 * An unregistered but valid code such as 299 gives `false`: use {@link isHttpStatus} for "any 100–599".
 *
 * @example
 * ```ts
 * import {isStatusCode} from 'typed-http-status';
 * isStatusCode(404);
 * //=> true
 * isStatusCode(299);
 * //=> false
 * isStatusCode('404');
 * //=> false
 * ```
 */
export function isStatusCode<Value>(value: Value | StatusCodeIn<Value>): value is StatusCodeIn<Value> {
	// A named code is one with a phrase. reasonPhrase takes any value (`typeof` first, nothing coerced, no prototype
	// read), so the type assertion only lets it be called: one check for both, and one in a bundle that has both.
	return reasonPhrase(value as number) !== undefined;
}
