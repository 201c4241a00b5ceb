import {expectAssignable, expectNotAssignable, expectType} from 'tsd';
import {
	isClientError,
	statusClass,
	type HttpStatus,
	type UnregisteredStatus,
	type ClassOf,
	type CodesInClass,
	type ErrorStatus,
	type Status1xx,
	type Status2xx,
	type Status3xx,
	type Status4xx,
	type Status5xx,
	type StatusClass,
	type StatusCode,
} from '../dist/index.js';
import {STATUS_CLASS_TITLES} from '../dist/registry.js';
import type {IsEqual} from 'type-fest';

// Each class type is exactly the named codes of that class.
expectType<true>({} as IsEqual<Status1xx, 100 | 101 | 102 | 103 | 104>);
expectType<true>({} as IsEqual<Status2xx, 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226>);
expectType<true>({} as IsEqual<Status3xx, 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308>);
expectType<true>(
	{} as IsEqual<
		Status4xx,
		| 400
		| 401
		| 402
		| 403
		| 404
		| 405
		| 406
		| 407
		| 408
		| 409
		| 410
		| 411
		| 412
		| 413
		| 414
		| 415
		| 416
		| 417
		| 418
		| 421
		| 422
		| 423
		| 424
		| 425
		| 426
		| 428
		| 429
		| 431
		| 451
	>,
);
expectType<true>({} as IsEqual<Status5xx, 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511>);
expectType<true>({} as IsEqual<ErrorStatus, Status4xx | Status5xx>);
expectType<true>({} as IsEqual<CodesInClass<'2xx'>, Status2xx>);
// The five classes partition StatusCode.
expectType<true>({} as IsEqual<Status1xx | Status2xx | Status3xx | Status4xx | Status5xx, StatusCode>);

// ClassOf maps codes, and distributes over unions.
expectType<'4xx'>({} as ClassOf<404>);
expectType<'2xx' | '5xx'>({} as ClassOf<200 | 503>);
expectType<StatusClass>({} as ClassOf<StatusCode>);

// statusClass: a literal for a named code or a valid literal, never undefined for a validated status, possibly
// undefined for a plain number.
expectType<'4xx'>(statusClass(404));
expectType<'1xx' | '3xx'>(statusClass(101 as 101 | 301));
expectType<'2xx'>(statusClass(299));
expectType<'2xx' | undefined>(statusClass(299 as 299 | 600));
expectType<undefined>(statusClass(404.5));
expectType<StatusClass | undefined>(statusClass(299 as number));
expectType<StatusClass>(statusClass({} as HttpStatus));
expectType<StatusClass>(statusClass({} as StatusCode));
expectType<'4xx'>(statusClass({} as HttpStatus<'4xx'>));
expectType<'4xx' | '5xx'>(statusClass({} as UnregisteredStatus<'4xx' | '5xx'>));
declare const fromNetwork: number;
if (isClientError(fromNetwork)) {
	expectType<'4xx'>(statusClass(fromNetwork));
}
expectType<Array<StatusClass | undefined>>([404, 600].map(statusClass));

expectAssignable<StatusClass>('5xx');
expectNotAssignable<StatusClass>('6xx');
expectType<'Client Error'>(STATUS_CLASS_TITLES['4xx']);
