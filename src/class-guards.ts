import type {HttpStatus, HttpStatusByClass, StatusMember} from './http-status.ts';
import type {Named, Valid} from './narrowing.ts';
import type {CodesInClass, StatusClass} from './status-class.ts';

// StatusIn asks InputKind's questions (src/narrowing.ts) itself, in the same order, with each answer in the place of
// the kind: `number` (and `any`, `unknown`) is the class's statuses by name, the whole of the named codes is the class's
// named codes, a part of them is itself narrowed to the class, the whole of `HttpStatus` is the class's statuses, and
// anything else is answered one member at a time (StatusMember). Reading a table of answers at InputKind's kind asks
// the same, but builds the table and InputKind again for each value: 25 more instantiations in the 300-handler program
// of `npm run bench`.
//
// The answer is read through `infer Answer extends HttpStatusByClass[Class]`, the class's statuses (`HttpStatus<Class>`)
// read from one table rather than through HttpStatus's two aliases. Every answer is one of the class's statuses, so
// the bound changes none (the `never` branch is never taken), and while `Value` is a type parameter the bound is what
// the compiler takes the answer for: a generic `Code & SuccessIn<Code>` (StatusIn at '2xx') is assignable to
// `HttpStatus<'2xx'>`, and a `default` clause does not take `200 & SuccessIn<Code>` for the literal 200
// (docs/narrowing.md). When it infers a guard's `Code` at a call, the compiler reads the parameter's StatusIn member as
// this conditional, whose branches are the bare `Answer` and `never`, and computes no constraint of the answers.
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
export type StatusIn<Value, Class extends StatusClass> = (
	number extends Value
		? -1.5 extends Value
			? HttpStatus<Class>
			: StatusMembers<Value, Class>
		: Value | Named extends Named
			? Named extends Value
				? CodesInClass<Class>
				: `${Value & number}` extends `${Named}`
					? Value & CodesInClass<Class>
					: StatusMembers<Value, Class>
			: Value | Valid extends Valid
				? Valid extends Value
					? HttpStatus<Class>
					: StatusMembers<Value, Class>
				: StatusMembers<Value, Class>
) extends infer Answer extends HttpStatusByClass[Class]
	? Answer
	: never;

// What a check for `Class` proves about each member of a union, one member at a time.
type StatusMembers<Value, Class extends StatusClass> = Value extends unknown ? StatusMember<Value, Class> : never;

// One copy of StatusIn per class guard, each with its class written in, so that the compiler has nothing to instantiate
// for the class: `HttpStatus<'2xx'>` and `HttpStatusByClass['2xx']` are types it builds once, where in StatusIn they
// are instantiated for every value a guard is given, and the bound of `infer Answer` is copied with them. In the
// 300-handler program of `npm run bench` the guards cost 37 fewer instantiations this way (TypeScript 6; each of
// TypeScript 7's checkers saves as many); with StatusIn's answers asked inline, the copies add 2.5 kB to the packed
// tarball. A copy answers as StatusIn does for every input (type-tests/class-guards.test-d.ts compares them), and the
// generator writes each one from StatusIn's text (scripts/render-checks.mjs), so the answers are written once. StatusIn
// stays the general form, for a class that is itself a type parameter.

/**
 * What `isInformational` narrows a `Value` to: `StatusIn<Value, '1xx'>` (RFC 9110 §15.2).
 *
 * @example
 * ```ts
 * import type {InformationalIn} from 'typed-http-status';
 * type Interim = InformationalIn<103 | 200>;
 * //=> 103
 * ```
 */
// Written by npm run generate: `InformationalIn` is `StatusIn` at '1xx'.
export type InformationalIn<Value> = (
	number extends Value
		? -1.5 extends Value
			? HttpStatus<'1xx'>
			: StatusMembers<Value, '1xx'>
		: Value | Named extends Named
			? Named extends Value
				? CodesInClass<'1xx'>
				: `${Value & number}` extends `${Named}`
					? Value & CodesInClass<'1xx'>
					: StatusMembers<Value, '1xx'>
			: Value | Valid extends Valid
				? Valid extends Value
					? HttpStatus<'1xx'>
					: StatusMembers<Value, '1xx'>
				: StatusMembers<Value, '1xx'>
) extends infer Answer extends HttpStatusByClass['1xx']
	? Answer
	: never;

/**
 * What `isSuccess` narrows a `Value` to: `StatusIn<Value, '2xx'>` (RFC 9110 §15.3).
 *
 * @example
 * ```ts
 * import type {SuccessIn} from 'typed-http-status';
 * type Passed = SuccessIn<200 | 299 | 404>;
 * //=> 200 | (299 & StatusClassBrand<'2xx'>)
 * ```
 */
// Written by npm run generate: `SuccessIn` is `StatusIn` at '2xx'.
export type SuccessIn<Value> = (
	number extends Value
		? -1.5 extends Value
			? HttpStatus<'2xx'>
			: StatusMembers<Value, '2xx'>
		: Value | Named extends Named
			? Named extends Value
				? CodesInClass<'2xx'>
				: `${Value & number}` extends `${Named}`
					? Value & CodesInClass<'2xx'>
					: StatusMembers<Value, '2xx'>
			: Value | Valid extends Valid
				? Valid extends Value
					? HttpStatus<'2xx'>
					: StatusMembers<Value, '2xx'>
				: StatusMembers<Value, '2xx'>
) extends infer Answer extends HttpStatusByClass['2xx']
	? Answer
	: never;

/**
 * What `isRedirect` narrows a `Value` to: `StatusIn<Value, '3xx'>` (RFC 9110 §15.4).
 *
 * @example
 * ```ts
 * import type {RedirectIn} from 'typed-http-status';
 * type Moved = RedirectIn<number>;
 * //=> Status3xx | (number & StatusClassBrand<'3xx'>)
 * ```
 */
// Written by npm run generate: `RedirectIn` is `StatusIn` at '3xx'.
export type RedirectIn<Value> = (
	number extends Value
		? -1.5 extends Value
			? HttpStatus<'3xx'>
			: StatusMembers<Value, '3xx'>
		: Value | Named extends Named
			? Named extends Value
				? CodesInClass<'3xx'>
				: `${Value & number}` extends `${Named}`
					? Value & CodesInClass<'3xx'>
					: StatusMembers<Value, '3xx'>
			: Value | Valid extends Valid
				? Valid extends Value
					? HttpStatus<'3xx'>
					: StatusMembers<Value, '3xx'>
				: StatusMembers<Value, '3xx'>
) extends infer Answer extends HttpStatusByClass['3xx']
	? Answer
	: never;

/**
 * What `isClientError` narrows a `Value` to: `StatusIn<Value, '4xx'>` (RFC 9110 §15.5).
 *
 * @example
 * ```ts
 * import type {ClientErrorIn} from 'typed-http-status';
 * type Refused = ClientErrorIn<200 | 404 | 499>;
 * //=> 404 | (499 & StatusClassBrand<'4xx'>)
 * ```
 */
// Written by npm run generate: `ClientErrorIn` is `StatusIn` at '4xx'.
export type ClientErrorIn<Value> = (
	number extends Value
		? -1.5 extends Value
			? HttpStatus<'4xx'>
			: StatusMembers<Value, '4xx'>
		: Value | Named extends Named
			? Named extends Value
				? CodesInClass<'4xx'>
				: `${Value & number}` extends `${Named}`
					? Value & CodesInClass<'4xx'>
					: StatusMembers<Value, '4xx'>
			: Value | Valid extends Valid
				? Valid extends Value
					? HttpStatus<'4xx'>
					: StatusMembers<Value, '4xx'>
				: StatusMembers<Value, '4xx'>
) extends infer Answer extends HttpStatusByClass['4xx']
	? Answer
	: never;

/**
 * What `isServerError` narrows a `Value` to: `StatusIn<Value, '5xx'>` (RFC 9110 §15.6).
 *
 * @example
 * ```ts
 * import type {ServerErrorIn} from 'typed-http-status';
 * type Failed = ServerErrorIn<503 | 520>;
 * //=> 503 | (520 & StatusClassBrand<'5xx'>)
 * ```
 */
// Written by npm run generate: `ServerErrorIn` is `StatusIn` at '5xx'.
export type ServerErrorIn<Value> = (
	number extends Value
		? -1.5 extends Value
			? HttpStatus<'5xx'>
			: StatusMembers<Value, '5xx'>
		: Value | Named extends Named
			? Named extends Value
				? CodesInClass<'5xx'>
				: `${Value & number}` extends `${Named}`
					? Value & CodesInClass<'5xx'>
					: StatusMembers<Value, '5xx'>
			: Value | Valid extends Valid
				? Valid extends Value
					? HttpStatus<'5xx'>
					: StatusMembers<Value, '5xx'>
				: StatusMembers<Value, '5xx'>
) extends infer Answer extends HttpStatusByClass['5xx']
	? Answer
	: never;

/**
 * What `isError` narrows a `Value` to: `StatusIn<Value, '4xx' | '5xx'>` (RFC 9110 §15.5, §15.6).
 *
 * @example
 * ```ts
 * import type {ErrorIn} from 'typed-http-status';
 * type Failed = ErrorIn<200 | 404 | 503>;
 * //=> 404 | 503
 * ```
 */
// Written by npm run generate: `ErrorIn` is `StatusIn` at '4xx' | '5xx'.
export type ErrorIn<Value> = (
	number extends Value
		? -1.5 extends Value
			? HttpStatus<'4xx' | '5xx'>
			: StatusMembers<Value, '4xx' | '5xx'>
		: Value | Named extends Named
			? Named extends Value
				? CodesInClass<'4xx' | '5xx'>
				: `${Value & number}` extends `${Named}`
					? Value & CodesInClass<'4xx' | '5xx'>
					: StatusMembers<Value, '4xx' | '5xx'>
			: Value | Valid extends Valid
				? Valid extends Value
					? HttpStatus<'4xx' | '5xx'>
					: StatusMembers<Value, '4xx' | '5xx'>
				: StatusMembers<Value, '4xx' | '5xx'>
) extends infer Answer extends HttpStatusByClass['4xx' | '5xx']
	? Answer
	: never;

// Each guard is Django REST framework's `is_*` helper: true for any integer in the class's range, registered or not.
// One generic signature serves every input, and callbacks too (`codes.filter(isSuccess)`; TypeScript infers a
// callback's type parameters only for a function with a single signature). Its predicate, StatusIn at its class
// (`SuccessIn<Code>` for isSuccess), keeps in the true branch every member of the argument's type that can pass — a
// named code, an unnamed literal such as 299 (branded with its class), a branded status of the class, and for a plain
// `number` the valid statuses of the class — and the false branch keeps the rest. A predicate's type must be assignable
// to its parameter's, so the parameter is `Code | SuccessIn<Code>`: the predicate is then one of its members, which the
// compiler accepts at once, where relating it to any other supertype (`number`) makes it compute the constraint of the
// whole answer table for every guard of a consumer's `skipLibCheck: false` program. The `typeof` check comes first: it
// never coerces, so objects, strings and bigints are `false` without their `valueOf` ever running. No built-in is
// called (the integer check is an operator), so replacing `Number.isInteger` or anything else after import changes no
// answer. The check is written into each body by the generator (scripts/render-checks.mjs): one source, and inline in
// every guard.

/**
 * True for any integer from 100 to 199: an interim response (RFC 9110 §15.2).
 *
 * @example
 * ```ts
 * import {isInformational} from 'typed-http-status';
 * isInformational(103);
 * //=> true
 * ```
 */
export function isInformational<Code extends number>(code: Code | InformationalIn<Code>): code is InformationalIn<Code> {
	// Written by npm run generate: `code` is an integer from 100 to 199.
	return typeof code === 'number' && code >= 100 && code <= 199 && (code | 0) === code;
}

/**
 * True for any integer from 200 to 299: the request succeeded (RFC 9110 §15.3).
 *
 * @example
 * ```ts
 * import {isSuccess, type StatusCode} from 'typed-http-status';
 * declare const status: StatusCode;
 * if (isSuccess(status)) {
 * 	status; // Status2xx
 * } else {
 * 	status; // every other named code
 * }
 * isSuccess(299);
 * //=> true
 * ```
 */
export function isSuccess<Code extends number>(code: Code | SuccessIn<Code>): code is SuccessIn<Code> {
	// Written by npm run generate: `code` is an integer from 200 to 299.
	return typeof code === 'number' && code >= 200 && code <= 299 && (code | 0) === code;
}

/**
 * True for any integer from 300 to 399: further action is needed (RFC 9110 §15.4).
 *
 * @example
 * ```ts
 * import {isRedirect} from 'typed-http-status';
 * isRedirect(308);
 * //=> true
 * ```
 */
export function isRedirect<Code extends number>(code: Code | RedirectIn<Code>): code is RedirectIn<Code> {
	// Written by npm run generate: `code` is an integer from 300 to 399.
	return typeof code === 'number' && code >= 300 && code <= 399 && (code | 0) === code;
}

/**
 * True for any integer from 400 to 499: the client seems to have erred (RFC 9110 §15.5).
 *
 * @example
 * ```ts
 * import {isClientError} from 'typed-http-status';
 * isClientError(404);
 * //=> true
 * isClientError(499);
 * //=> true
 * isClientError(404.5);
 * //=> false
 * ```
 */
export function isClientError<Code extends number>(code: Code | ClientErrorIn<Code>): code is ClientErrorIn<Code> {
	// Written by npm run generate: `code` is an integer from 400 to 499.
	return typeof code === 'number' && code >= 400 && code <= 499 && (code | 0) === code;
}

/**
 * True for any integer from 500 to 599: the server failed (RFC 9110 §15.6).
 *
 * @example
 * ```ts
 * import {isServerError} from 'typed-http-status';
 * isServerError(503);
 * //=> true
 * ```
 */
export function isServerError<Code extends number>(code: Code | ServerErrorIn<Code>): code is ServerErrorIn<Code> {
	// Written by npm run generate: `code` is an integer from 500 to 599.
	return typeof code === 'number' && code >= 500 && code <= 599 && (code | 0) === code;
}

/**
 * True for any integer from 400 to 599: a client or server error (RFC 9110 §15.5, §15.6).
 *
 * @example
 * ```ts
 * import {isError} from 'typed-http-status';
 * isError(429);
 * //=> true
 * isError(302);
 * //=> false
 * ```
 */
export function isError<Code extends number>(code: Code | ErrorIn<Code>): code is ErrorIn<Code> {
	// Written by npm run generate: `code` is an integer from 400 to 599.
	return typeof code === 'number' && code >= 400 && code <= 599 && (code | 0) === code;
}
