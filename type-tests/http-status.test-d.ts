import {expectAssignable, expectNotAssignable, expectType} from 'tsd';
import {isHttpStatus, parseStatus, type HttpStatus, type StatusCode, type UnregisteredStatus} from '../dist/index.js';

// parseStatus returns the branded type.
expectType<HttpStatus>(parseStatus('404'));
expectType<HttpStatus>(parseStatus(404 as unknown));

// A plain number is not assignable to the brand: only validation produces one.
expectNotAssignable<HttpStatus>(599 as number);
expectNotAssignable<UnregisteredStatus>(599);
expectNotAssignable<UnregisteredStatus>(599 as number);
// Named codes are HttpStatus as they are; every HttpStatus is a number.
expectAssignable<HttpStatus>(404);
expectAssignable<HttpStatus>(0 as StatusCode);
expectAssignable<number>(parseStatus(404));

// isHttpStatus narrows unknown input.
declare const input: unknown;
if (isHttpStatus(input)) {
	expectType<HttpStatus>(input);
}
declare const status: number;
if (isHttpStatus(status)) {
	expectAssignable<number>(status);
	expectAssignable<HttpStatus>(status);
}
