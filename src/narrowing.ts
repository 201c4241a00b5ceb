// The one skeleton every check's type is answered through. A check (a class guard, isHttpStatus, isStatusCode, a set
// guard) or a lookup (statusClass, reasonPhrase) takes any type; its answer type is a table with one entry per kind of
// input, indexed by the kind InputKind finds, so that only the entry needed is ever computed. The common wholes —
// `number` (and `any`, `unknown`), `StatusCode`, `HttpStatus` — are answered by name first: their hovers and messages
// print names, and they cost one conditional each. Anything else is answered one member at a time, through a second
// table indexed by MemberKind, so that nothing a value can be at run time is dropped from a branch: a named code stays
// its literal; a valid but unnamed literal (299, or a numeric enum's member) stays that literal, branded with its
// class; a status already branded keeps its class; a number type of the caller's own (a branded `number` or a branded
// literal) keeps its type, intersected. This module imports only generated data, so that every module that defines a
// status type builds on it without an import circle.
import type {REASON_PHRASES} from './generated/reason-phrases.ts';
import type {STATUS_CLASS_TITLES} from './generated/status-class-titles.ts';

/** A decimal digit, as a string. */
export type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

// The classes and the named codes as the conditions below test them; the public `StatusClass` and `StatusCode` are
// the same unions under their own names. Each is read from the keys of a table (every key of the titles is a string,
// every key of the phrases a code's number), which the compiler lists without instantiating anything: `Extract<…,
// string>` and the element type of `STATUS_CODES` cost about 26 and 70 instantiations on first use.
type Class = keyof typeof STATUS_CLASS_TITLES;
type Code = keyof typeof REASON_PHRASES;

// The first digit of each class: '1' | '2' | '3' | '4' | '5', from the classes data/vocabulary.json lists.
export type ClassDigit = Class extends `${infer First}xx` ? First : never;

/**
 * The brand of an `UnregisteredStatus`: the class it was proven to be in. A hover shows a branded status as
 * `number & StatusClassBrand<'2xx'>`. The brand is a string key, not a `unique symbol`, so that the ESM and the
 * CommonJS declarations of the package declare one and the same type.
 *
 * @example
 * ```ts
 * import type {StatusClassBrand, UnregisteredStatus} from 'typed-http-status';
 * type Same = UnregisteredStatus<'5xx'> extends number & StatusClassBrand<'5xx'> ? true : false;
 * //=> true
 * ```
 */
export interface StatusClassBrand<Tag extends Class> {
	/** The class; a string key, not a `unique symbol`, so the ESM and CommonJS declarations agree. */
	readonly '~statusClass': Tag;
}

// Every valid status, named or not, as the conditions test it (the public `HttpStatus`).
type Valid = Code | (number & StatusClassBrand<Class>);

// The named codes and the valid statuses as StatusIn (src/class-guards.ts) tests them: it asks InputKind's questions
// itself, in the same order.
export type {Code as Named, Valid};

/**
 * How a check answers a value of type `Value`: `'wide'` for `number`, `any` and `unknown`; `'codes'` for the whole of
 * `StatusCode`, `'named'` for a part of it (a branded part, whose decimal form the compiler cannot read, is
 * `'members'`); `'statuses'` for the whole of `HttpStatus`; `'members'` for anything else (a union with unnamed codes,
 * a numeric enum, a brand, a generic), answered one member at a time by MemberKind. A numeric enum is never `'wide'`,
 * though `number` is assignable to it: its members are literals, and a literal that is none of them (-1.5) is not
 * assignable to it. (Comparing decimal forms, `${number}` with `${Value & number}`, says the same and cost about 300
 * more instantiations in checking this declaration.) Whether `Value` is a part of `Code` (or of `Valid`) is asked as
 * whether adding it to `Code` leaves `Code`: a union is not a bare type parameter, so the test does not distribute over
 * `Value`'s members, and it costs fewer instantiations than the usual one-element tuples (`[Value] extends [Code]`),
 * which build a tuple type for every input: 21 fewer in the 300-handler program of `npm run bench`, measured while the
 * class guards read InputKind (StatusIn, which now asks these questions itself, asks them the same way). Every other
 * test is written bare, since it cannot distribute.
 */
export type InputKind<Value> = number extends Value
	? -1.5 extends Value
		? 'wide'
		: 'members'
	: Value | Code extends Code
		? Code extends Value
			? 'codes'
			: `${Value & number}` extends `${Code}`
				? 'named'
				: 'members'
		: Value | Valid extends Valid
			? Valid extends Value
				? 'statuses'
				: 'members'
			: 'members';

/**
 * What one member of a union is: `'named'` (a named code, also a branded or enum one), `'unregistered'` (a status
 * branded with its class by a check), `'branded'` (a number type of the caller's own, whose value the compiler cannot
 * read), `'valid'` (a number literal from 100 to 599 that is not named), `'wide'` (`number`, `any`, `unknown`: a
 * numeric enum is never wide, though `number` is assignable to it, since its members are literals), `'other'` (any
 * other literal, or a value that is not a number).
 */
// `Member` is one member of a union, never a union itself (every answer table reads MemberKind inside a conditional type
// distributed over the input), so its tests are written bare: wrapped in tuples, they cost 13 more instantiations in
// the 50-handler program of `npm run bench`, 65 more with `skipLibCheck: false`.
export type MemberKind<Member> = 0 extends 1 & Member
	? 'wide'
	: Member extends Code
		? 'named'
		: Member extends StatusClassBrand<Class>
			? 'unregistered'
			: Member extends number
				? Member extends object
					? 'branded'
					: `${number}` extends `${Member}`
						? 'wide'
						: LiteralClass<Member> extends never
							? 'other'
							: 'valid'
				: number extends Member
					? 'wide'
					: 'other';

/**
 * The class of a number literal that is a valid status (an integer from 100 to 599), or `never`. Each digit is inferred
 * with a constraint rather than matched against a `Digit` in the pattern: a union in a template literal type expands it
 * into one pattern per member (a hundred here), which cost about 2,500 instantiations in checking this declaration.
 */
export type LiteralClass<Literal extends number> =
	`${Literal}` extends `${infer First extends ClassDigit}${infer _Tens extends Digit}${infer _Ones extends Digit}` ? `${First}xx` : never;

/** The class a status branded by a check carries. */
export type BrandClass<Member> = Member extends StatusClassBrand<infer Tag> ? Tag : never;

/**
 * The named code a member stands for, with any brand of the caller's stripped: `NamedCode<200 & Tag>` is `200`. A
 * template literal of a branded number stays unresolved on TypeScript 5.9 and later, so the code is found by
 * assignability instead. The table is indexed through `Uninferred`, so that the compiler builds it only for a branded
 * member, never for the generic declaration itself (which cost about 1,800 instantiations under `skipLibCheck: false`).
 */
export type NamedCode<Member> = [Member] extends [object] ? {[Named in Code]: Member extends Named ? Named : never}[Uninferred<Member, Code>] : Member;

/**
 * `Type`, in a position TypeScript does not infer `Value` from: a builder's return type uses it so that where the
 * response goes cannot decide the status it is typed with.
 *
 * @example
 * ```ts
 * import type {Uninferred} from 'typed-http-status';
 * type Same = Uninferred<unknown, 404>;
 * //=> 404
 * ```
 */
// Read from a one-member object, not a one-element tuple: reading a tuple's element instantiates its `Array` base type
// for every `Type`: a program whose one call is `hasStatus(reply, 404)` costs 87 instantiations this way, 97 that way.
export type Uninferred<Value, Type> = {0: Type}[[Value] extends [unknown] ? 0 : never];
