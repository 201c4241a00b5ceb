import {expectError, expectType} from 'tsd';
import {
	isClientError,
	isError,
	isInformational,
	isRedirect,
	isServerError,
	isSuccess,
	type ErrorStatus,
	type HttpStatus,
	type Status1xx,
	type Status2xx,
	type Status3xx,
	type Status4xx,
	type Status5xx,
	type StatusCode,
} from '../dist/index.js';

declare const known: StatusCode;
declare const fromNetwork: number;

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

// A plain number is never claimed to be a registered literal: 299 passes isSuccess but is no named code.
if (isSuccess(fromNetwork)) {
	expectType<number>(fromNetwork);
} else {
	expectType<number>(fromNetwork);
}
expectType<boolean>(isClientError(fromNetwork));

// A validated HttpStatus is not narrowed either, since it may be an unregistered code.
declare const validated: HttpStatus;
if (isClientError(validated)) {
	expectType<HttpStatus>(validated);
}

// Guards take numbers.
expectError(isSuccess('200'));
expectError(isClientError(null));
