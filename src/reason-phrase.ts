import {REASON_PHRASES} from './generated/reason-phrases.ts';
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

// REASON_PHRASES is frozen with a null prototype, which V8 keeps as a dictionary: a lookup in it costs about ten
// times a plain object's. So reasonPhrase reads this copy instead, an array indexed by code with every slot from 0
// to 599 set (no lookup ever reaches a prototype) that only this module can see. Built once when the module loads,
// as the frozen tables are, and dropped by bundlers when reasonPhrase is not used. See docs/performance.md. A for-in
// over the null-prototype table fills it, not Array.from, which a polluted Object.prototype[Symbol.iterator] would
// turn into an empty array.
const BY_CODE: ReadonlyArray<string | undefined> = /* @__PURE__ */ (() => {
	const byCode = new Array<string | undefined>(600).fill(undefined);
	for (const code in REASON_PHRASES) {
		byCode[+code] = REASON_PHRASES[+code as StatusCode];
	}
	return byCode;
})();

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
	return (typeof code === 'number' && code >= 100 && code <= 599 && code % 1 === 0 ? BY_CODE[code] : undefined) as PhraseOf<Code>;
}
