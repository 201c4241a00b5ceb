import type {HttpStatus, HttpStatusByClass, StatusMember} from './http-status.ts';
import type {InputKind} from './narrowing.ts';
import type {CodesInClass, StatusClass} from './status-class.ts';

// StatusIn's answer is the table's, one entry per kind of input, read through `infer Answer extends
// HttpStatusByClass[Class]`, the class's statuses (`HttpStatus<Class>`) read from one table rather than through
// HttpStatus's two aliases. Every answer of the table is one of the class's statuses, so the bound changes none (the
// `never` branch is never taken), and while `Value` is a type parameter the bound is what the compiler takes the answer
// for: a generic `Code & StatusIn<Code, '2xx'>` is assignable to `HttpStatus<'2xx'>`, and a `default` clause does not
// take `200 & StatusIn<Code, '2xx'>` for the literal 200 (docs/narrowing.md). When it infers a guard's `Code` at a
// call, the compiler reads the parameter's StatusIn member as this conditional, whose branches are the bare `Answer`
// and `never`, and no longer computes the constraint of every entry of the table. With several guards in one program
// that is cheaper: 84 fewer instantiations and 95 fewer types in the 50-handler program of `npm run bench` (TypeScript
// 6), 46 and 180 fewer instantiations in the 300-handler one (TypeScript 6 and 7); a program that calls one guard alone
// pays 3 to 20 instantiations more. The table is written here, not behind an alias of its own: the compiler
// instantiated that alias and its two arguments again at every evaluation, for each guard's generic declaration and for
// each value and class (21 instantiations in the 300-handler program, 27 with `skipLibCheck: false` in the 50-handler
// one).
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
export type StatusIn<Value, Class extends StatusClass> = {
	wide: HttpStatus<Class>;
	codes: CodesInClass<Class>;
	named: Value & CodesInClass<Class>;
	statuses: HttpStatus<Class>;
	members: Value extends unknown ? StatusMember<Value, Class> : never;
}[InputKind<Value>] extends infer Answer extends HttpStatusByClass[Class]
	? Answer
	: never;

// Each guard is Django REST framework's `is_*` helper: true for any integer in the class's range, registered or
// not. One generic signature serves every input, and callbacks too (`codes.filter(isSuccess)`; TypeScript infers
// a callback's type parameters only for a function with a single signature). Its predicate, StatusIn
// (src/narrowing.ts), keeps in the true branch every member of the argument's type that can pass — a named code, an
// unnamed literal such as 299 (branded with its class), a branded status of the class, and for a plain `number` the
// valid statuses of the class — and the false branch keeps the rest. A predicate's type must be assignable to its
// parameter's, so the parameter is `Code | StatusIn<Code, Class>`: the predicate is then one of its members, which the
// compiler accepts at once, where relating it to any other supertype (`number`) makes it compute the constraint of the
// whole answer table for every guard of a consumer's `skipLibCheck: false` program. The `typeof` check comes first: it never
// coerces, so objects, strings and bigints are `false` without their `valueOf` ever running. No built-in is called (the
// integer check is an operator), so replacing `Number.isInteger` or anything else after import changes no answer. The
// check is written into each body by the generator (scripts/render-checks.mjs): one source, and inline in every guard.

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
export function isInformational<Code extends number>(code: Code | StatusIn<Code, '1xx'>): code is StatusIn<Code, '1xx'> {
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
export function isSuccess<Code extends number>(code: Code | StatusIn<Code, '2xx'>): code is StatusIn<Code, '2xx'> {
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
export function isRedirect<Code extends number>(code: Code | StatusIn<Code, '3xx'>): code is StatusIn<Code, '3xx'> {
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
export function isClientError<Code extends number>(code: Code | StatusIn<Code, '4xx'>): code is StatusIn<Code, '4xx'> {
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
export function isServerError<Code extends number>(code: Code | StatusIn<Code, '5xx'>): code is StatusIn<Code, '5xx'> {
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
export function isError<Code extends number>(code: Code | StatusIn<Code, '4xx' | '5xx'>): code is StatusIn<Code, '4xx' | '5xx'> {
	// Written by npm run generate: `code` is an integer from 400 to 599.
	return typeof code === 'number' && code >= 400 && code <= 599 && (code | 0) === code;
}
