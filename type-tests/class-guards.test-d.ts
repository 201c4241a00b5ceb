import {expectAssignable, expectError, expectType} from 'tsd';
import type {IntClosedRange, IsEqual} from 'type-fest';
import {
	assertNever,
	isClientError,
	isError,
	isInformational,
	isRedirect,
	isServerError,
	isSuccess,
	STATUS_CODES,
	type ClientErrorIn,
	type ErrorIn,
	type ErrorStatus,
	type HttpStatus,
	type InformationalIn,
	type RedirectIn,
	type ServerErrorIn,
	type Status1xx,
	type Status2xx,
	type Status3xx,
	type Status4xx,
	type Status5xx,
	type StatusClassBrand,
	type StatusCode,
	type StatusIn,
	type SuccessIn,
	type UnregisteredStatus,
} from '../dist/index.js';

declare const known: StatusCode;
declare const fromNetwork: number;
declare const validated: HttpStatus;

// Every guard narrows a StatusCode in both branches; the else branch is never `never`.
if (isInformational(known)) {
	expectType<Status1xx>(known);
} else {
	expectType<Exclude<StatusCode, Status1xx>>(known);
}
if (isSuccess(known)) {
	expectType<Status2xx>(known);
} else {
	expectType<Exclude<StatusCode, Status2xx>>(known);
}
if (isRedirect(known)) {
	expectType<Status3xx>(known);
} else {
	expectType<Exclude<StatusCode, Status3xx>>(known);
}
if (isClientError(known)) {
	expectType<Status4xx>(known);
} else {
	expectType<Exclude<StatusCode, Status4xx>>(known);
}
if (isServerError(known)) {
	expectType<Status5xx>(known);
} else {
	expectType<Exclude<StatusCode, Status5xx>>(known);
}
if (isError(known)) {
	expectType<ErrorStatus>(known);
} else {
	expectType<Status1xx | Status2xx | Status3xx>(known);
}

// A union of some codes narrows to its own members.
declare const few: 200 | 404 | 503;
if (isClientError(few)) {
	expectType<404>(few);
} else {
	expectType<200 | 503>(few);
}
if (isSuccess(few)) {
	expectType<200>(few);
} else if (isServerError(few)) {
	expectType<503>(few);
} else {
	expectType<404>(few);
}

// An unnamed literal that passes stays in the true branch, branded with its class; one that cannot pass is left out.
declare const mixed: 200 | 299 | 520;
if (isSuccess(mixed)) {
	expectType<200 | (299 & UnregisteredStatus<'2xx'>)>(mixed);
} else {
	expectType<299 | 520>(mixed);
}
if (isServerError(mixed)) {
	expectType<520 & UnregisteredStatus<'5xx'>>(mixed);
}
declare const odd: 99 | 404.5 | -404 | 600 | 404;
if (isClientError(odd)) {
	expectType<404>(odd);
}

// A plain number narrows to the class's valid statuses (named ones and a branded rest); the else branch stays number.
if (isSuccess(fromNetwork)) {
	expectType<HttpStatus<'2xx'>>(fromNetwork);
	expectType<true>({} as IsEqual<typeof fromNetwork, Status2xx | (number & StatusClassBrand<'2xx'>)>);
} else {
	expectType<number>(fromNetwork);
}
if (isError(fromNetwork)) {
	expectType<HttpStatus<'4xx' | '5xx'>>(fromNetwork);
}

// A validated HttpStatus narrows by class in both branches.
if (isClientError(validated)) {
	expectType<HttpStatus<'4xx'>>(validated);
} else {
	expectType<Exclude<HttpStatus, HttpStatus<'4xx'>>>(validated);
	if (isServerError(validated)) {
		expectType<HttpStatus<'5xx'>>(validated);
	}
}
declare const unnamed: UnregisteredStatus;
if (isRedirect(unnamed)) {
	expectType<UnregisteredStatus<'3xx'>>(unnamed);
} else {
	expectType<UnregisteredStatus<'1xx' | '2xx' | '4xx' | '5xx'>>(unnamed);
}

// A number type of the caller's own keeps its type, intersected with the class it was proven to be in.
type Port = number & {readonly port: true};
declare const port: Port;
if (isSuccess(port)) {
	expectType<Port & UnregisteredStatus<'2xx'>>(port);
	expectAssignable<HttpStatus<'2xx'>>(port);
} else {
	expectType<Port>(port);
}

// `any` narrows like a number.
declare const loose: any; // eslint-disable-line @typescript-eslint/no-explicit-any
if (isClientError(loose)) {
	expectType<HttpStatus<'4xx'>>(loose);
}

// Generics: the true branch keeps the type parameter, intersected with the (deferred) proof, so the value stays a
// `Code`; the false branch keeps it whole. Neither is `never`.
function generic<Code extends StatusCode>(code: Code): Code {
	if (isSuccess(code)) {
		const same: Code = code;
		const named: StatusCode = code;
		expectType<StatusCode>(named);
		return same;
	}
	const rest: Code = code;
	return rest;
}
expectType<404>(generic(404));

// The unsound switch that compiled before: after isSuccess, 299 must be handled too.
function describe(status: 200 | 299 | 520): string {
	if (isSuccess(status)) {
		switch (status) {
			case 200:
				return 'ok';
			case 299:
				return 'unnamed success';
			default:
				return assertNever(status);
		}
	}
	return 'not a success';
}
describe(299);
function incomplete(status: 200 | 299 | 520): string {
	if (isSuccess(status)) {
		switch (status) {
			case 200:
				return 'ok';
			default:
				// @ts-expect-error -- 299 passes isSuccess at run time and is not handled
				return assertNever(status);
		}
	}
	return 'not a success';
}
incomplete(200);

// Guards work as callbacks, with precise element types.
expectType<Status2xx[]>(STATUS_CODES.filter(isSuccess));
expectType<Status4xx | undefined>(STATUS_CODES.find(isClientError));
declare const seen: number[];
expectType<Array<HttpStatus<'5xx'>>>(seen.filter(isServerError));
expectType<boolean>(seen.some(isError));
if (seen.every(isSuccess)) {
	expectType<Array<HttpStatus<'2xx'>>>(seen);
}

// Every named code of a class lies in its range, and the classes partition StatusCode.
expectType<true>({} as IsEqual<Status2xx, Extract<StatusCode, IntClosedRange<200, 299>>>);
expectType<true>({} as IsEqual<Status4xx, Extract<StatusCode, IntClosedRange<400, 499>>>);
expectType<true>({} as IsEqual<Status5xx, Extract<StatusCode, IntClosedRange<500, 599>>>);

// Guards take numbers.
expectError(isSuccess('200'));
expectError(isClientError(null));

// Each guard's own answer type is StatusIn at its class, written out (the generator copies StatusIn's text): the two
// agree for every kind of input a guard is given.
declare const tag: unique symbol;
type Tagged = {readonly [tag]: 'AppStatus'};
declare enum Upstream {
	NotFound = 404,
	ClientClosedRequest = 499,
}
type Agree<Input> = [
	IsEqual<InformationalIn<Input>, StatusIn<Input, '1xx'>>,
	IsEqual<SuccessIn<Input>, StatusIn<Input, '2xx'>>,
	IsEqual<RedirectIn<Input>, StatusIn<Input, '3xx'>>,
	IsEqual<ClientErrorIn<Input>, StatusIn<Input, '4xx'>>,
	IsEqual<ServerErrorIn<Input>, StatusIn<Input, '5xx'>>,
	IsEqual<ErrorIn<Input>, StatusIn<Input, '4xx' | '5xx'>>,
];
type AllAgree = [true, true, true, true, true, true];
expectType<AllAgree>({} as Agree<number>);
expectType<AllAgree>({} as Agree<typeof loose>);
expectType<AllAgree>({} as Agree<unknown>);
expectType<AllAgree>({} as Agree<never>);
expectType<AllAgree>({} as Agree<StatusCode>);
expectType<AllAgree>({} as Agree<HttpStatus>);
expectType<AllAgree>({} as Agree<103 | 200 | 301 | 404 | 503>);
expectType<AllAgree>({} as Agree<200 | 299 | 404 | 520 | 600 | undefined>);
expectType<AllAgree>({} as Agree<Upstream>);
expectType<AllAgree>({} as Agree<number & Tagged>);
expectType<AllAgree>({} as Agree<(200 | 299) & Tagged>);
expectType<AllAgree>({} as Agree<UnregisteredStatus<'4xx' | '5xx'> | UnregisteredStatus<'2xx'>>);
expectType<AllAgree>({} as Agree<'404' | null>);
