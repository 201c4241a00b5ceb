import type {Status1xx, Status2xx, Status3xx, Status4xx, Status5xx} from './class-codes.ts';
import type {STATUS_CLASS_TITLES} from './generated/status-class-titles.ts';
import type {BrandClass, InputKind, LiteralClass, MemberKind, NamedCode} from './narrowing.ts';
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
// The keys of the titles, all strings; the trailing `| never` makes the union a type of this alias, so that it prints
// as `StatusClass` (as for the class types). `Extract<…, string>` keeps the name too, at about 26 instantiations on
// first use.
export type StatusClass = keyof typeof STATUS_CLASS_TITLES | never;

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
export type ClassOf<Code extends StatusCode> = LiteralClasses<Code>;

// The class of each member of a union of number literals, without ClassOf's constraint. The answer tables below use
// it for values they already know are named codes: given ClassOf, each had to be intersected with StatusCode to meet
// its constraint, and proving that intersection a StatusCode cost a consumer's `skipLibCheck: false` program about
// 350 instantiations.
type LiteralClasses<Code> = Code extends unknown ? LiteralClass<Code & number> : never;

export type {Status1xx, Status2xx, Status3xx, Status4xx, Status5xx} from './class-codes.ts';

/** The named codes of each class, keyed by the class: `CodesByClass['3xx']` is `Status3xx`. */
export interface CodesByClass {
	'1xx': Status1xx;
	'2xx': Status2xx;
	'3xx': Status3xx;
	'4xx': Status4xx;
	'5xx': Status5xx;
}

/**
 * The named codes of one class (or of each class of a union), derived from the registry's codes with a
 * template-literal type, never hand-listed: `CodesInClass<'3xx'>` is `Status3xx`.
 *
 * @example
 * ```ts
 * import type {CodesInClass} from 'typed-http-status';
 * type Redirects = CodesInClass<'3xx'>;
 * //=> 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308
 * ```
 */
export type CodesInClass<Class extends StatusClass> = CodesByClass[Class];

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

export {STATUS_CLASS_TITLES} from './generated/status-class-titles.ts';

type ClassMember<Member> = {
	named: LiteralClasses<NamedCode<Member>>;
	unregistered: BrandClass<Member>;
	branded: StatusClass | undefined;
	valid: LiteralClass<Member & number>;
	wide: StatusClass | undefined;
	other: undefined;
}[MemberKind<Member>];

/**
 * What {@link statusClass} returns for a value of type `Value`: the literal class of a named or branded status
 * or of a valid number literal, `StatusClass` for any `HttpStatus`, and `StatusClass | undefined` for a `number`.
 *
 * @example
 * ```ts
 * import type {StatusClassOf} from 'typed-http-status';
 * type Family = StatusClassOf<404 | 503>;
 * //=> '4xx' | '5xx'
 * ```
 */
export type StatusClassOf<Value> = {
	wide: StatusClass | undefined;
	codes: StatusClass;
	named: LiteralClasses<Value>;
	statuses: StatusClass;
	members: Value extends unknown ? ClassMember<Value> : never;
}[InputKind<Value>];

/**
 * The class of any integer from 100 to 599, registered or not; `undefined` for anything else (never throws). Typed
 * by {@link StatusClassOf}: a literal for a named code, never `undefined` for a validated `HttpStatus`.
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
export function statusClass<Code extends number>(code: Code): StatusClassOf<Code> {
	// Written apart from the type assertion, so that mutation testing reaches each check.
	// Written by npm run generate: `code` is an integer from 100 to 599.
	const name = typeof code === 'number' && code >= 100 && code <= 599 && (code | 0) === code ? `${(code - (code % 100)) / 100}xx` : undefined;
	return name as StatusClassOf<Code>;
}
