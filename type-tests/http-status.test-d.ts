import {expectAssignable, expectNotAssignable, expectType} from 'tsd';
import type {IsEqual} from 'type-fest';
import {
	assertNever,
	isClientError,
	isError,
	isHttpStatus,
	isInformational,
	isRedirect,
	isServerError,
	isSuccess,
	parseStatus,
	type HttpStatus,
	type Status4xx,
	type StatusClass,
	type StatusClassBrand,
	type StatusCode,
	type UnregisteredStatus,
} from '../dist/index.js';
import type {HttpStatus as CommonJsHttpStatus} from '../dist/index.cjs';

// parseStatus returns the branded type.
expectType<HttpStatus>(parseStatus('404'));
expectType<HttpStatus>(parseStatus(404 as unknown));

// HttpStatus is every named code plus one brand per class; HttpStatus<'4xx'> is one class of it.
expectType<true>({} as IsEqual<HttpStatus, StatusCode | UnregisteredStatus>);
expectType<true>({} as IsEqual<HttpStatus<'4xx'>, Status4xx | (number & StatusClassBrand<'4xx'>)>);
expectType<true>({} as IsEqual<UnregisteredStatus, UnregisteredStatus<'1xx' | '2xx' | '3xx' | '4xx' | '5xx'>>);
expectAssignable<HttpStatus>({} as HttpStatus<'2xx'>);
expectNotAssignable<HttpStatus<'2xx'>>({} as HttpStatus<'4xx'>);
expectNotAssignable<UnregisteredStatus<'2xx'>>({} as UnregisteredStatus<'4xx'>);

// UnregisteredStatus and the guards read tables with one entry per class: each class's entry is that class's brand,
// and a guard's answer for a generic value is bounded by its own class's statuses, no other's.
expectType<true>({} as IsEqual<{[Class in StatusClass]: UnregisteredStatus<Class>}, {[Class in StatusClass]: number & StatusClassBrand<Class>}>);
export function classBounds<Value extends number>(value: Value): void {
	if (isInformational(value)) {
		expectAssignable<HttpStatus<'1xx'>>(value);
		expectNotAssignable<HttpStatus<'2xx' | '3xx' | '4xx' | '5xx'>>(value);
	}
	if (isSuccess(value)) {
		expectAssignable<HttpStatus<'2xx'>>(value);
		expectNotAssignable<HttpStatus<'1xx' | '3xx' | '4xx' | '5xx'>>(value);
	}
	if (isRedirect(value)) {
		expectAssignable<HttpStatus<'3xx'>>(value);
		expectNotAssignable<HttpStatus<'1xx' | '2xx' | '4xx' | '5xx'>>(value);
	}
	if (isClientError(value)) {
		expectAssignable<HttpStatus<'4xx'>>(value);
		expectNotAssignable<HttpStatus<'1xx' | '2xx' | '3xx' | '5xx'>>(value);
	}
	if (isServerError(value)) {
		expectAssignable<HttpStatus<'5xx'>>(value);
		expectNotAssignable<HttpStatus<'1xx' | '2xx' | '3xx' | '4xx'>>(value);
	}
	if (isError(value)) {
		expectAssignable<HttpStatus<'4xx' | '5xx'>>(value);
		expectNotAssignable<HttpStatus<'4xx'>>(value);
		expectNotAssignable<HttpStatus<'1xx' | '2xx' | '3xx'>>(value);
	}
}

// A plain number is not assignable to the brand: only validation produces one.
expectNotAssignable<HttpStatus>(599 as number);
expectNotAssignable<UnregisteredStatus>(599);
expectNotAssignable<UnregisteredStatus>(599 as number);
// Named codes are HttpStatus as they are; every HttpStatus is a number.
expectAssignable<HttpStatus>(404);
expectAssignable<HttpStatus>(0 as StatusCode);
expectAssignable<number>(parseStatus(404));

// One brand for both builds: a status from the CommonJS declarations is one for the ESM ones, and back.
expectAssignable<HttpStatus>({} as CommonJsHttpStatus);
expectAssignable<CommonJsHttpStatus>({} as HttpStatus);
expectAssignable<HttpStatus<'5xx'>>({} as CommonJsHttpStatus<'5xx'>);

// isHttpStatus narrows unknown input and a number to HttpStatus.
declare const input: unknown;
if (isHttpStatus(input)) {
	expectType<HttpStatus>(input);
} else {
	expectType<unknown>(input);
}
declare const status: number;
if (isHttpStatus(status)) {
	expectType<HttpStatus>(status);
} else {
	expectType<number>(status);
}

// It never drops a member that passes: an unnamed literal stays, branded with its class.
declare const mixed: 200 | 502 | 520;
if (isHttpStatus(mixed)) {
	expectType<200 | 502 | (520 & UnregisteredStatus<'5xx'>)>(mixed);
}
declare const rest: 404 | 299;
if (isHttpStatus(rest)) {
	expectType<404 | (299 & UnregisteredStatus<'2xx'>)>(rest);
}
declare const strings: 'a' | 404 | 600 | null;
if (isHttpStatus(strings)) {
	expectType<404>(strings);
} else {
	expectType<'a' | 600 | null>(strings);
}

// `null` and `undefined` beside statuses pass no check: the true branch is what it is for the statuses alone, and the
// false branch keeps them.
declare const maybeNamed: 200 | 404 | null | undefined;
if (isHttpStatus(maybeNamed)) {
	expectType<200 | 404>(maybeNamed);
} else {
	expectType<null | undefined>(maybeNamed);
}
declare const maybeCode: StatusCode | undefined;
if (isHttpStatus(maybeCode)) {
	expectType<StatusCode>(maybeCode);
} else {
	expectType<undefined>(maybeCode);
}
declare const maybeStatus: HttpStatus | null;
if (isHttpStatus(maybeStatus)) {
	expectType<HttpStatus>(maybeStatus);
} else {
	expectType<null>(maybeStatus);
}
declare const nothing: null;
if (isHttpStatus(nothing)) {
	expectType<never>(nothing);
} else {
	expectType<null>(nothing);
}

// So the switch that compiled and threw on 520 no longer compiles.
function incomplete(value: 200 | 502 | 520): string {
	if (isHttpStatus(value)) {
		switch (value) {
			case 200:
				return 'ok';
			case 502:
				return 'bad gateway';
			default:
				// @ts-expect-error -- 520 passes isHttpStatus and is not handled
				return assertNever(value);
		}
	}
	return 'invalid';
}
incomplete(520);

// As a callback it keeps the element type precise.
declare const values: unknown[];
expectType<HttpStatus[]>(values.filter(isHttpStatus));
