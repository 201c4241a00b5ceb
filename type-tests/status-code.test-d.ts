import {expectAssignable, expectError, expectNotAssignable, expectType} from 'tsd';
import type {IntClosedRange, IsEqual} from 'type-fest';
import * as library from '../dist/index.js';
import {isStatusCode, STATUS_CODES, type HttpStatus, type StatusCode, type StatusName, type UnregisteredStatus} from '../dist/index.js';

// StatusCode is the union of literal codes, derived from STATUS_CODES, each an integer from 100 to 599.
expectType<true>({} as IsEqual<StatusCode, (typeof STATUS_CODES)[number]>);
expectType<true>({} as IsEqual<StatusCode, Extract<StatusCode, IntClosedRange<100, 599>>>);
expectAssignable<StatusCode>(404);
expectAssignable<StatusCode>(509);
expectNotAssignable<StatusCode>(299);
expectNotAssignable<StatusCode>(600);
expectNotAssignable<StatusCode>(404 as number);
expectType<false>({} as IsEqual<StatusCode, number>);

// STATUS_CODES is a readonly tuple.
expectError(STATUS_CODES.push(999));
expectType<100>(STATUS_CODES[0]);

// isStatusCode narrows unknown input to the registered literals, and a union to its named members.
declare const input: unknown;
if (isStatusCode(input)) {
	expectType<StatusCode>(input);
} else {
	expectType<unknown>(input);
}
declare const mixed: 200 | 299 | 'x';
if (isStatusCode(mixed)) {
	expectType<200>(mixed);
} else {
	expectType<299 | 'x'>(mixed);
}
declare const validated: HttpStatus;
if (isStatusCode(validated)) {
	expectType<StatusCode>(validated);
} else {
	expectType<UnregisteredStatus>(validated);
}
declare const maybeNamed: 200 | 404 | undefined;
if (isStatusCode(maybeNamed)) {
	expectType<200 | 404>(maybeNamed);
} else {
	expectType<undefined>(maybeNamed);
}
declare const maybeCode: StatusCode | null;
if (isStatusCode(maybeCode)) {
	expectType<StatusCode>(maybeCode);
} else {
	expectType<null>(maybeCode);
}
declare const values: number[];
expectType<StatusCode[]>(values.filter(isStatusCode));

// StatusName lists the constant names, deprecated aliases included: exactly the constants the entry exports.
expectType<true>({} as IsEqual<StatusName, Extract<keyof typeof library, `HTTP_${string}`>>);
expectAssignable<StatusName>('HTTP_404_NOT_FOUND');
expectAssignable<StatusName>('HTTP_422_UNPROCESSABLE_ENTITY');
expectNotAssignable<StatusName>('HTTP_404_NOTFOUND');
expectNotAssignable<StatusName>('isSuccess');
