// toHaveStatus through vitest's own assertion types, as `setupFiles: ['typed-http-status-matchers/vitest']` users see it:
// the arguments it accepts, the ones that must not compile, and StatusExpectation on its own.
// First, as a user's setup file would come: the augmentation must not depend on the runner's types loading before it.
import '../dist/vitest.js';
import {expectAssignable, expectError, expectType} from 'tsd';
import {expect, type Assertion} from 'vitest';
import type {IsEqual} from 'type-fest';
import {HTTP_201_CREATED, HTTP_404_NOT_FOUND, parseStatus, type HttpStatus, type StatusClass, type StatusCode} from 'typed-http-status';
import {matchers, toHaveStatus, type StatusExpectation, type StatusMatchers} from '../dist/index.js';

declare const response: Response;
declare const named: StatusCode;
declare const validated: HttpStatus;
declare const family: StatusClass;

// Accepted: a named constant, a named union, a validated HttpStatus, a number literal from 100 to 599 (named or not),
// a class, and a list of any of those, written inline or kept `as const`.
expectType<void>(expect(response).toHaveStatus(HTTP_201_CREATED));
expectType<void>(expect(response).toHaveStatus(named));
expectType<void>(expect(response).toHaveStatus(validated));
expectType<void>(expect(response).toHaveStatus(parseStatus('299')));
expectType<void>(expect(response).toHaveStatus(201));
expectType<void>(expect(response).toHaveStatus(299));
expectType<void>(expect(response).toHaveStatus(599));
expectType<void>(expect(response).toHaveStatus('4xx'));
expectType<void>(expect(response).toHaveStatus(family));
expectType<void>(expect(response).toHaveStatus([200, 204]));
expectType<void>(expect(response).toHaveStatus([HTTP_201_CREATED, 299, validated]));
const allowed = [200, 201] as const;
expectType<void>(expect(response).toHaveStatus(allowed));
expectType<void>(expect(response).not.toHaveStatus(HTTP_404_NOT_FOUND));
expectType<void>(expect.soft(response).toHaveStatus('2xx'));
expectType<Promise<void>>(expect(Promise.resolve(response)).resolves.toHaveStatus(201));
expectAssignable<StatusMatchers<void>>(expect(response));
expectAssignable<{toHaveStatus: unknown}>({} as Assertion<Response>);
expectType<void>(expect({status: 201}).toHaveStatus(201)); // any received value: the check is at run time

// Rejected: a typo in a class, a code string, a literal outside 100–599, a fraction, a plain number, an empty list,
// a list with a bad member, and anything else.
expectError(expect(response).toHaveStatus('4XX'));
expectError(expect(response).toHaveStatus('404'));
expectError(expect(response).toHaveStatus('xx'));
expectError(expect(response).toHaveStatus(600));
expectError(expect(response).toHaveStatus(99));
expectError(expect(response).toHaveStatus(0));
expectError(expect(response).toHaveStatus(-404));
expectError(expect(response).toHaveStatus(404.5));
expectError(expect(response).toHaveStatus(404 as number));
expectError(expect(response).toHaveStatus([]));
expectError(expect(response).toHaveStatus([200, 600]));
expectError(expect(response).toHaveStatus([200, '2xx']));
expectError(expect(response).toHaveStatus([200 as number]));
expectError(expect(response).toHaveStatus(null));
expectError(expect(response).toHaveStatus({status: 200}));
expectError(expect(response).not.toHaveStatus('5XX'));
expectError(expect(response).toHaveStatus());

// StatusExpectation: what each argument is checked against.
expectType<true>({} as IsEqual<StatusExpectation<'4xx'>, '4xx'>);
expectType<true>({} as IsEqual<StatusExpectation<'4XX'>, StatusClass>);
expectType<true>({} as IsEqual<StatusExpectation<299>, 299>);
expectType<true>({} as IsEqual<StatusExpectation<600>, HttpStatus>);
expectType<true>({} as IsEqual<StatusExpectation<number>, HttpStatus>);
expectType<true>({} as IsEqual<StatusExpectation<readonly [200, 204]>, readonly [200, 204]>);
expectType<true>({} as IsEqual<StatusExpectation<readonly [200, 600]>, readonly HttpStatus[]>);
expectType<true>({} as IsEqual<StatusExpectation<readonly []>, readonly [HttpStatus, ...HttpStatus[]]>);

// The matcher object, for expect.extend.
expect.extend(matchers);
expect.extend({toHaveStatus});
