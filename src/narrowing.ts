// The types that say what a check proves. Each guard and lookup takes any number type and answers one member of a
// union at a time, so that nothing a value can be at run time is dropped from a branch: a named code stays its
// literal; a number literal that is a valid status but unnamed (299) stays that literal, branded with its class; a
// branded status keeps its class; `number` (and `unknown`, `any`) becomes every valid status of the class; a
// number type of the caller's own (a branded `number`) keeps its type, intersected. The common wholes — `number`,
// `StatusCode`, `HttpStatus` — are answered by name first, so that hovers and messages print names, not literals.
import type {HttpStatus, StatusClassBrand, UnregisteredStatus} from './http-status.ts';
import type {ClassDigit, ClassOf, CodesInClass, StatusClass} from './status-class.ts';
import type {StatusCode} from './status-code.ts';

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

// 'wide' for `number`, 'literal' for a number literal such as 299, 'branded' for a number type of the caller's own.
export type NumberKind<Value extends number> = number extends Value
	? 'wide'
	: [Value] extends [number & infer Rest]
		? [Rest] extends [number]
			? 'literal'
			: 'branded'
		: 'branded';

// The class of a number literal that is a valid status (an integer from 100 to 599), or `never`.
type LiteralClass<Value extends number> = `${Value}` extends `${infer First extends ClassDigit}${Digit}${Digit}` ? `${First}xx` : never;

type StatusMember<Value, Class extends StatusClass> = Value extends StatusCode
	? Value extends CodesInClass<Class>
		? Value
		: never
	: Value extends StatusClassBrand<infer Tag>
		? Tag extends Class
			? Value
			: never
		: Value extends number
			? {
					wide: HttpStatus<Class>;
					literal: LiteralClass<Value> extends Class ? Value & UnregisteredStatus<LiteralClass<Value>> : never;
					branded: Value & HttpStatus<Class>;
				}[NumberKind<Value>]
			: never;

/**
 * What a passing check for `Class` proves about a value of type `Value`: `StatusIn<number, '2xx'>` is
 * `HttpStatus<'2xx'>`, `StatusIn<StatusCode, '2xx'>` is `Status2xx`, `StatusIn<200 | 299 | 404, '2xx'>` is
 * `200 | (299 & StatusClassBrand<'2xx'>)`. The type each class guard narrows to.
 *
 * @example
 * ```ts
 * import type {StatusIn} from 'typed-http-status';
 * type Validated = StatusIn<number, '4xx'>; // HttpStatus<'4xx'>
 * //=> Status4xx | (number & StatusClassBrand<'4xx'>)
 * ```
 */
export type StatusIn<Value, Class extends StatusClass> = number extends Value
	? HttpStatus<Class>
	: [Value] extends [StatusCode]
		? [StatusCode] extends [Value]
			? CodesInClass<Class>
			: Value & CodesInClass<Class>
		: [Value] extends [HttpStatus]
			? [HttpStatus] extends [Value]
				? HttpStatus<Class>
				: StatusMember<Value, Class>
			: StatusMember<Value, Class>;

/**
 * What a passing {@link isHttpStatus} proves about a value of type `Value`: `HttpStatus` for `unknown` or
 * `number`, and each member of a union kept as {@link StatusIn} keeps it.
 *
 * @example
 * ```ts
 * import type {HttpStatusIn} from 'typed-http-status';
 * type Checked = HttpStatusIn<200 | 520 | 'x'>;
 * //=> 200 | (520 & StatusClassBrand<'5xx'>)
 * ```
 */
export type HttpStatusIn<Value> = number extends Value ? HttpStatus : [Value] extends [HttpStatus] ? Value : StatusMember<Value, StatusClass>;

// What a passing check for membership in `Set`, a list of named codes, proves about one member of `Value`: a named
// code in the set stays, an unnamed literal or a branded (unnamed) status cannot pass, `number` becomes the whole set
// and a number type of the caller's own is intersected with it. isStatusCode is the check for the whole registry;
// the response-semantics sets' guards (src/response-sets.ts) use it for their lists.
export type SetMember<Value, Set extends StatusCode> = Value extends StatusCode
	? Value extends Set
		? Value
		: never
	: Value extends StatusClassBrand<StatusClass>
		? never
		: Value extends number
			? {wide: Set; literal: never; branded: Value & Set}[NumberKind<Value>]
			: never;

/**
 * What a passing {@link isStatusCode} proves about a value of type `Value`: `StatusCode` for `unknown` or
 * `number`, the named members of a union, nothing of an unnamed literal or an {@link UnregisteredStatus}.
 *
 * @example
 * ```ts
 * import type {StatusCodeIn} from 'typed-http-status';
 * type Named = StatusCodeIn<200 | 299>;
 * //=> 200
 * ```
 */
export type StatusCodeIn<Value> = number extends Value
	? StatusCode
	: [Value] extends [StatusCode]
		? Value
		: [Value] extends [HttpStatus]
			? [HttpStatus] extends [Value]
				? StatusCode
				: SetMember<Value, StatusCode>
			: SetMember<Value, StatusCode>;

type ClassMember<Value> = Value extends StatusCode
	? ClassOf<Value>
	: Value extends StatusClassBrand<infer Tag>
		? Tag
		: Value extends number
			? {
					wide: StatusClass | undefined;
					literal: [LiteralClass<Value>] extends [never] ? undefined : LiteralClass<Value>;
					branded: StatusClass | undefined;
				}[NumberKind<Value>]
			: never;

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
export type StatusClassOf<Value> = number extends Value
	? StatusClass | undefined
	: [Value] extends [HttpStatus]
		? [StatusCode] extends [Value]
			? StatusClass
			: ClassMember<Value>
		: ClassMember<Value>;

// A guard's parameter also accepts the statuses its predicate may name, so that TypeScript accepts the predicate (it
// must be assignable to the parameter); the indexed access keeps TypeScript from inferring `Code` from that part (a
// plain `Code | HttpStatus` would take 200 out of `200 | 520` before inferring `Code`).
export type Uninferred<Code, Type> = [Type][[Code] extends [unknown] ? 0 : never];
