import {expectAssignable, expectError, expectNotAssignable, expectType} from 'tsd';
import {isStatusCode, STATUS_CODES, type StatusCode, type StatusName} from '../dist/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// StatusCode is the union of literal codes, derived from STATUS_CODES.
expectType<true>({} as Equal<StatusCode, (typeof STATUS_CODES)[number]>);
expectAssignable<StatusCode>(404);
expectAssignable<StatusCode>(509);
expectNotAssignable<StatusCode>(299);
expectNotAssignable<StatusCode>(600);
expectNotAssignable<StatusCode>(404 as number);
expectType<false>({} as Equal<StatusCode, number>);

// STATUS_CODES is a readonly tuple.
expectError(STATUS_CODES.push(999));
expectType<100>(STATUS_CODES[0]);

// isStatusCode narrows unknown input to the registered literals.
declare const input: unknown;
if (isStatusCode(input)) {
	expectType<StatusCode>(input);
}

// StatusName lists the constant names, deprecated aliases included.
expectAssignable<StatusName>('HTTP_404_NOT_FOUND');
expectAssignable<StatusName>('HTTP_422_UNPROCESSABLE_ENTITY');
expectNotAssignable<StatusName>('HTTP_404_NOTFOUND');
expectNotAssignable<StatusName>('isSuccess');
