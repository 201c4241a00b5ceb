import {describeValue} from './describe-value.ts';
import type {BrandClass, InputKind, LiteralClass, MemberKind, StatusClassBrand} from './narrowing.ts';
import type {CodesByClass, CodesInClass, StatusClass} from './status-class.ts';
import type {StatusCode} from './status-code.ts';

/**
 * A valid status code that this package does not name, such as 299 or 599, tagged with its class:
 * `UnregisteredStatus<'2xx'>`. A branded `number`: only validation and the guards produce one, so a plain
 * `number` is never assignable to it (a cast still can be: `599 as UnregisteredStatus`).
 *
 * The brand is a string-keyed property rather than a `unique symbol`, so that the ESM and the CommonJS
 * declarations of the package declare one and the same type, and a value from `require` is accepted where
 * one from `import` is expected. `UnregisteredStatus` alone is the union of the five tagged types.
 *
 * @example
 * ```ts
 * import {isSuccess, type UnregisteredStatus} from 'typed-http-status';
 * declare const status: UnregisteredStatus;
 * if (isSuccess(status)) {
 * 	status; // UnregisteredStatus<'2xx'>
 * }
 * ```
 */
export type UnregisteredStatus<Class extends StatusClass = StatusClass> = UnregisteredByClass[Class];

// Each class's unregistered statuses, and each class's statuses, as tables read at a class. A guard reads one entry
// (or the union of a few, for `'4xx' | '5xx'`) from a table the compiler already holds, where a conditional type
// distributed over the classes is instantiated anew for each: in the 300-handler program of `npm run bench`, the
// tables save 88 of 633 instantiations (TypeScript 6). Type tests tie each entry to the class it is written for.
interface UnregisteredByClass {
	'1xx': number & StatusClassBrand<'1xx'>;
	'2xx': number & StatusClassBrand<'2xx'>;
	'3xx': number & StatusClassBrand<'3xx'>;
	'4xx': number & StatusClassBrand<'4xx'>;
	'5xx': number & StatusClassBrand<'5xx'>;
}

/**
 * Each class's statuses, named or not: `HttpStatusByClass['2xx']` is `HttpStatus<'2xx'>`, without an alias's name. Each
 * entry reads the two tables at its key, which the compiler resolves once, where `HttpStatus<'2xx'>` is an alias to
 * instantiate.
 */
export interface HttpStatusByClass {
	'1xx': CodesByClass['1xx'] | UnregisteredByClass['1xx'];
	'2xx': CodesByClass['2xx'] | UnregisteredByClass['2xx'];
	'3xx': CodesByClass['3xx'] | UnregisteredByClass['3xx'];
	'4xx': CodesByClass['4xx'] | UnregisteredByClass['4xx'];
	'5xx': CodesByClass['5xx'] | UnregisteredByClass['5xx'];
}

/**
 * Any valid HTTP status, an integer from 100 to 599 (RFC 9110 §15), registered or not; `HttpStatus<'4xx'>` is
 * one of a class. Named codes keep their literal types, the rest are {@link UnregisteredStatus}, so a class
 * guard narrows an `HttpStatus` in both branches and `statusClass` of one is never `undefined`. Only
 * validation and the guards produce one.
 *
 * @example
 * ```ts
 * import {parseStatus, type HttpStatus} from 'typed-http-status';
 * const status: HttpStatus = parseStatus('404');
 * const failure: HttpStatus<'4xx' | '5xx'> = 503;
 * // const bad: HttpStatus = 404 as number; // does not compile
 * ```
 */
export type HttpStatus<Class extends StatusClass = StatusClass> = CodesInClass<Class> | UnregisteredStatus<Class>;

// What a passing check for `Class` proves about one member of a union, and so what a class guard narrows it to.
export type StatusMember<Member, Class extends StatusClass> = {
	named: Member extends CodesInClass<Class> ? Member : never;
	// A brand of several classes (`StatusClassBrand<'4xx' | '5xx'>`) that are not all `Class` keeps, in the true branch,
	// the member branded with the classes it shares with `Class` too, so that the false branch keeps the member itself.
	unregistered: BrandClass<Member> extends Class
		? Member
		: [BrandClass<Member> & Class] extends [never]
			? never
			: Member & StatusClassBrand<BrandClass<Member> & Class>;
	branded: Member & UnregisteredStatus<Class>;
	valid: LiteralClass<Member & number> extends Class ? Member & UnregisteredStatus<LiteralClass<Member & number>> : never;
	wide: HttpStatus<Class>;
	other: never;
}[MemberKind<Member>];

/**
 * What a passing {@link isHttpStatus} proves about a value of type `Value`: `HttpStatus` for `unknown` or
 * `number`, and each member of a union that can pass, kept.
 *
 * @example
 * ```ts
 * import type {HttpStatusIn} from 'typed-http-status';
 * type Checked = HttpStatusIn<200 | 520 | 'x'>;
 * //=> 200 | (520 & StatusClassBrand<'5xx'>)
 * ```
 */
export type HttpStatusIn<Value> = {
	wide: HttpStatus;
	codes: StatusCode;
	named: Value;
	statuses: HttpStatus;
	members: Value extends unknown ? StatusMember<Value, StatusClass> : never;
}[InputKind<Value>];

/**
 * True for any integer from 100 to 599, registered or not (RFC 9110 §15); never throws, never coerces.
 *
 * @example
 * ```ts
 * import {isHttpStatus} from 'typed-http-status';
 * isHttpStatus(299);
 * //=> true
 * isHttpStatus(600);
 * //=> false
 * isHttpStatus('200');
 * //=> false
 * declare const status: 200 | 520;
 * if (isHttpStatus(status)) {
 * 	status; // 200 | (520 & StatusClassBrand<'5xx'>): nothing that passes is dropped
 * }
 * ```
 */
export function isHttpStatus<Value>(value: Value | HttpStatusIn<Value>): value is HttpStatusIn<Value> {
	// Written by npm run generate: `value` is an integer from 100 to 599.
	return typeof value === 'number' && value >= 100 && value <= 599 && (value | 0) === value;
}

/**
 * Validate untrusted input as an HTTP status: an integer from 100 to 599, or a string of exactly three ASCII
 * digits (`'404'`; not `' 404'`, `'4e2'` or `'0404'`).
 *
 * @throws {TypeError} when `value` is neither a number nor a string.
 * @throws {RangeError} when it is one, but not a status from 100 to 599.
 * Both messages show what was received, cut short and without running any of its code.
 *
 * @example
 * ```ts
 * import {parseStatus} from 'typed-http-status';
 * parseStatus('404');
 * //=> 404
 * parseStatus(599);
 * //=> 599
 * parseStatus(99);
 * //=> throws RangeError: Expected an HTTP status code, an integer from 100 to 599; received 99
 * ```
 */
export function parseStatus(value: unknown): HttpStatus {
	let code: unknown = value;
	if (typeof value === 'string') {
		// A string is read as a number only when it is that number's own decimal form ('404', not '4e2', ' 404',
		// '0404' or '404.0'), and isHttpStatus then keeps the integers from 100 to 599: together, exactly three ASCII
		// digits. Unary plus and a template literal are operators, not built-ins a later change could replace.
		const number = +value;
		code = `${number}` === value ? number : undefined;
	} else if (typeof value !== 'number') {
		throw new TypeError(`Expected an HTTP status code as a number or a three-digit string; received ${describeValue(value)}`);
	}
	if (!isHttpStatus(code)) {
		throw new RangeError(
			`Expected an HTTP status code, an integer from 100 to 599${typeof value === 'string' ? ' or three digits' : ''}; received ${describeValue(value)}`,
		);
	}
	return code;
}
