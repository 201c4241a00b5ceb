import {expectAssignable, expectError, expectNotAssignable, expectType} from 'tsd';
import {
	HTTP_101_SWITCHING_PROTOCOLS,
	HTTP_103_EARLY_HINTS,
	HTTP_200_OK,
	HTTP_201_CREATED,
	HTTP_204_NO_CONTENT,
	HTTP_205_RESET_CONTENT,
	HTTP_300_MULTIPLE_CHOICES,
	HTTP_304_NOT_MODIFIED,
	HTTP_307_TEMPORARY_REDIRECT,
	HTTP_404_NOT_FOUND,
	HTTP_503_SERVICE_UNAVAILABLE,
	isContentfulStatus,
	type HttpStatus,
	type StatusClassBrand,
	type UnregisteredStatus,
} from '../dist/index.js';
import {
	empty,
	hasStatus,
	isClientErrorResponse,
	isErrorResponse,
	isInformationalResponse,
	isRedirectResponse,
	isServerErrorResponse,
	isSuccessResponse,
	json,
	problem,
	redirect,
	statusOf,
	text,
	type ProblemDetails,
	type ProblemFields,
	type TypedResponse,
} from '../dist/response.js';

// Each builder returns the platform's Response, its status the literal given (200 or 302 by default).
expectType<TypedResponse<200>>(json({a: 1}));
expectType<TypedResponse<201>>(json({a: 1}, HTTP_201_CREATED));
expectType<TypedResponse<404>>(text('x', HTTP_404_NOT_FOUND));
expectType<TypedResponse<204>>(empty(HTTP_204_NO_CONTENT));
expectType<TypedResponse<302>>(redirect('/login'));
expectType<TypedResponse<307>>(redirect('/login', HTTP_307_TEMPORARY_REDIRECT));
expectType<TypedResponse<503>>(problem(HTTP_503_SERVICE_UNAVAILABLE, {detail: 'later'}));
expectAssignable<Response>(json({}));
expectType<200>(json({}).status);
// The default status is not inferred from where the response goes: it is 200 (302 for redirect) at run time.
expectError(((): TypedResponse<201> => json({}))());
expectError(((): TypedResponse<404> => text('x'))());
expectError(((): TypedResponse<301> => redirect('/x'))());
expectError(((): TypedResponse<201> => json({}, undefined, {}))());
// An explicit undefined status is 200 at run time, and so is its type; a status that may be undefined adds the default.
expectType<TypedResponse<200>>(json({}, undefined, {headers: {a: 'b'}}));
declare const created: boolean;
expectType<TypedResponse<201 | 200>>(json({}, created ? HTTP_201_CREATED : undefined));
declare const given: {readonly status?: 201};
expectType<TypedResponse<201 | 200>>(text('x', given.status));
// problem sets type, title and status itself: naming one is refused, even as undefined.
expectError(problem(HTTP_404_NOT_FOUND, {type: undefined}));
expectError(problem(HTTP_404_NOT_FOUND, {status: undefined}));
expectError(problem(HTTP_404_NOT_FOUND, {title: 'Lost'}));
declare const maybe: string | undefined;
expectType<TypedResponse<404>>(problem(HTTP_404_NOT_FOUND, {instance: maybe, detail: maybe}, {statusText: maybe}));

// A handler's return type carries its status union.
function handler(found: boolean): TypedResponse<200> | TypedResponse<404> {
	return found ? json({}) : problem(HTTP_404_NOT_FOUND);
}
expectType<200 | 404>(handler(true).status);

// What `Response` rejects at run time does not compile: a body with a null body status, any 1xx, a non-redirect
// code for redirect, a non-error code for problem, a status that is not a number.
expectError(json({a: 1}, HTTP_204_NO_CONTENT));
expectError(json({a: 1}, HTTP_205_RESET_CONTENT));
expectError(text('x', HTTP_304_NOT_MODIFIED));
expectError(json({a: 1}, HTTP_103_EARLY_HINTS));
expectError(text('x', 100));
expectError(empty(HTTP_101_SWITCHING_PROTOCOLS));
expectError(empty(HTTP_103_EARLY_HINTS));
expectError(redirect('/x', HTTP_300_MULTIPLE_CHOICES));
expectError(redirect('/x', HTTP_304_NOT_MODIFIED));
expectError(redirect('/x', HTTP_200_OK));
expectError(problem(HTTP_200_OK));
expectError(problem(499));
expectError(json({}, 299));
expectError(json({}, 600));
declare const anyNumber: number;
expectError(json({}, anyNumber));
expectError(empty(anyNumber));
expectError(text(42));
expectError(json({}, '200'));
// problem's fields may not set type, title or status.
expectError(problem(HTTP_404_NOT_FOUND, {status: 500}));
expectError(problem(HTTP_404_NOT_FOUND, {title: 'Gone'}));
expectError(problem(HTTP_404_NOT_FOUND, {type: 'https://example.com/problem'}));
expectError(problem(HTTP_404_NOT_FOUND, {detail: 7}));
expectType<TypedResponse<404>>(problem(HTTP_404_NOT_FOUND, {detail: 'x', instance: '/a', retryable: false}));
// ProblemFields refuses the reserved members itself, so a value whose type may hold one is refused, whatever its form
// (a union, an optional member, an index signature, a widened object)…
declare const either: {detail: string} | {type: undefined};
expectError(problem(HTTP_404_NOT_FOUND, either));
expectError(problem(HTTP_404_NOT_FOUND, created ? {detail: 'a'} : {title: undefined}));
declare const optionalType: {detail: string; type?: string};
expectError(problem(HTTP_404_NOT_FOUND, optionalType));
declare const optionalUndefined: {detail: string; status?: undefined};
expectError(problem(HTTP_404_NOT_FOUND, optionalUndefined));
declare const record: Record<string, unknown>;
expectError(problem(HTTP_404_NOT_FOUND, record));
const withType = {detail: 'x', type: undefined};
expectError(problem(HTTP_404_NOT_FOUND, withType));
expectError<ProblemFields>({title: undefined});
// …and fields without one are taken in any form: ProblemFields itself, optional members, a spread, numeric and symbol
// keys, names that start or end like a reserved one.
declare const asProblemFields: ProblemFields;
expectType<TypedResponse<404>>(problem(HTTP_404_NOT_FOUND, asProblemFields));
expectType<never>({} as ProblemFields['type']);
declare const optionalDetail: {detail?: string};
expectType<TypedResponse<404>>(problem(HTTP_404_NOT_FOUND, optionalDetail));
expectType<TypedResponse<404>>(problem(HTTP_404_NOT_FOUND, created ? {detail: 'a'} : undefined));
expectType<TypedResponse<404>>(
	problem(HTTP_404_NOT_FOUND, {...optionalDetail, 1: 'first', [Symbol.iterator]: 0, typeface: 'serif', subtitle: 'b', statusCode: 7, types: [], typeURL: 'u'}),
);
// The index signature's patterns cannot name one word alone: the word with characters without a lower case inside
// it is refused too.
expectError(problem(HTTP_404_NOT_FOUND, {'t-ype': 1}));
// The problem body's title is the literal phrase.
expectType<'Not Found'>({} as ProblemDetails<404>['title']);
expectType<'Not Found' | 'Service Unavailable'>({} as ProblemDetails<404 | 503>['title']);

// A status a guard proved contentful or final may be given, 299 included.
if (isContentfulStatus(anyNumber)) {
	expectAssignable<Response>(json({}, anyNumber));
	expectAssignable<Response>(empty(anyNumber));
}

// statusOf validates: HttpStatus for a Response, the literals of a typed one.
declare const response: Response;
expectType<HttpStatus>(statusOf(response));
expectType<201>(statusOf(json({}, HTTP_201_CREATED)));
expectType<200 | 404>(statusOf({} as {status: 200} | {status: 404}));
// Its type parameter is the status, read from each member: the same for a union of objects, and one type per status union.
expectType<200 | 404>(statusOf({} as {status: 200; note: string} | {readonly status: 404; error: string}));
expectType<HttpStatus>(statusOf({} as {status: number; body: string}));
expectType<200 | (299 & StatusClassBrand<'2xx'>)>(statusOf({} as {status: 200 | 299}));
expectType<HttpStatus>(statusOf({} as {status: 200} | Response));
expectError(statusOf({status: '200'}));
expectError(statusOf(200));

// The object guards narrow a discriminated union keyed by status, in both branches.
type Note = {readonly title: string};
type Result = {status: 200; body: Note} | {status: 404; error: string} | {status: 503; retryAfter: number};
declare const result: Result;
if (isSuccessResponse(result)) {
	expectType<{status: 200; body: Note}>(result);
} else {
	expectType<{status: 404; error: string} | {status: 503; retryAfter: number}>(result);
}
if (isClientErrorResponse(result)) {
	expectType<{status: 404; error: string}>(result);
}
if (isServerErrorResponse(result)) {
	expectType<{status: 503; retryAfter: number}>(result);
}
if (isErrorResponse(result)) {
	expectType<{status: 404; error: string} | {status: 503; retryAfter: number}>(result);
} else {
	expectType<{status: 200; body: Note}>(result);
}
if (isRedirectResponse(result)) {
	expectType<never>(result);
}
if (hasStatus(result, 404, 503)) {
	expectType<{status: 404; error: string} | {status: 503; retryAfter: number}>(result);
} else {
	expectType<{status: 200; body: Note}>(result);
}

// A member whose status is a union keeps the part that passes; an unnamed literal is kept, branded.
declare const wide: {status: 200 | 404 | 499; body: string};
if (isClientErrorResponse(wide)) {
	expectType<404 | (499 & StatusClassBrand<'4xx'>)>(wide.status);
}
if (hasStatus(wide, 200)) {
	expectType<200>(wide.status);
}

// A Response gets the class's statuses, and stays a Response.
if (isServerErrorResponse(response)) {
	expectType<HttpStatus<'5xx'>>(response.status);
	expectAssignable<Response>(response);
}
if (isInformationalResponse(response)) {
	expectType<HttpStatus<'1xx'>>(response.status);
}
if (hasStatus(response, 200, 204)) {
	expectType<200 | 204>(response.status);
}

// As callbacks.
declare const results: Result[];
expectType<Array<{status: 200; body: Note}>>(results.filter(isSuccessResponse));
declare const responses: Response[];
expectType<HttpStatus<'4xx'>>(responses.filter(isClientErrorResponse)[0]!.status);

// Only objects with a numeric status.
expectError(isSuccessResponse(200));
expectError(hasStatus({code: 200}, 200));
expectNotAssignable<UnregisteredStatus<'2xx'>>(200 as const);
