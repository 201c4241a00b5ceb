import {expectAssignable, expectNotAssignable, expectType} from 'tsd';
import * as status from '../dist/index.js';
import {
	HTTP_104_UPLOAD_RESUMPTION_SUPPORTED,
	HTTP_200_OK,
	HTTP_306_RESERVED,
	HTTP_404_NOT_FOUND,
	HTTP_413_CONTENT_TOO_LARGE,
	HTTP_413_REQUEST_ENTITY_TOO_LARGE,
	HTTP_414_REQUEST_URI_TOO_LONG,
	HTTP_414_URI_TOO_LONG,
	HTTP_416_RANGE_NOT_SATISFIABLE,
	HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE,
	HTTP_418_IM_A_TEAPOT,
	HTTP_422_UNPROCESSABLE_CONTENT,
	HTTP_422_UNPROCESSABLE_ENTITY,
	HTTP_509_BANDWIDTH_LIMIT_EXCEEDED,
	type StatusCode,
} from '../dist/index.js';

// Constants have literal types, not `number`.
expectType<200>(HTTP_200_OK);
expectType<404>(HTTP_404_NOT_FOUND);
expectType<104>(HTTP_104_UPLOAD_RESUMPTION_SUPPORTED);
expectType<306>(HTTP_306_RESERVED);
expectType<418>(HTTP_418_IM_A_TEAPOT);
expectType<509>(HTTP_509_BANDWIDTH_LIMIT_EXCEEDED);
expectNotAssignable<typeof HTTP_404_NOT_FOUND>(405);

// Deprecated aliases have exactly the type of the RFC 9110 names.
expectType<typeof HTTP_413_CONTENT_TOO_LARGE>(HTTP_413_REQUEST_ENTITY_TOO_LARGE);
expectType<typeof HTTP_414_URI_TOO_LONG>(HTTP_414_REQUEST_URI_TOO_LONG);
expectType<typeof HTTP_416_RANGE_NOT_SATISFIABLE>(HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE);
expectType<typeof HTTP_422_UNPROCESSABLE_CONTENT>(HTTP_422_UNPROCESSABLE_ENTITY);

// The Django REST framework-style namespace import reads like the Python original.
expectType<201>(status.HTTP_201_CREATED);
expectAssignable<StatusCode>(status.HTTP_511_NETWORK_AUTHENTICATION_REQUIRED);

// A constant stays literal where a widening literal would not: in `let`, arrays, object literals and generic calls.
let reassigned = HTTP_200_OK;
expectType<200>(reassigned);
reassigned = HTTP_200_OK;
const pair = [HTTP_200_OK, HTTP_404_NOT_FOUND];
expectType<Array<200 | 404>>(pair);
const problem = {status: HTTP_404_NOT_FOUND, error: 'missing'};
expectType<404>(problem.status);
type Reply = {status: 200; body: string} | {status: 404; error: string};
const reply: Reply = problem;
expectAssignable<Reply>(reply);
const identity = <Value>(value: Value): Value => value;
expectType<200>(identity(HTTP_200_OK));
// The reassignable idiom: annotate the variable with the union it may hold.
let current: StatusCode = HTTP_200_OK;
current = HTTP_404_NOT_FOUND;
expectType<StatusCode>(current as StatusCode);
