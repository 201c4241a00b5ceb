// toHaveStatus through jest's assertion types, as `setupFilesAfterEnv: ['typed-http-status-matchers/jest']` users see it:
// the `expect` of @jest/globals (the expect package's Matchers), its asymmetric form, and @types/jest's global
// namespace, which the module extends when it is there.
// First, as a user's setup file would come: the augmentation must not depend on the runner's types loading before it.
import '../dist/jest.js';
import {expect} from '@jest/globals';
import {expectAssignable, expectError, expectType} from 'tsd';
import {HTTP_201_CREATED, type StatusCode} from 'typed-http-status';
import type {StatusMatchers} from '../dist/index.js';

declare const response: {status: number; text: string};
declare const named: StatusCode;

expectType<void>(expect(response).toHaveStatus(HTTP_201_CREATED));
expectType<void>(expect(response).toHaveStatus(named));
expectType<void>(expect(response).toHaveStatus(299));
expectType<void>(expect(response).toHaveStatus('5xx'));
expectType<void>(expect(response).toHaveStatus([200, 204]));
expectType<void>(expect(response).not.toHaveStatus('4xx'));
expectType<Promise<void>>(expect(Promise.resolve(response)).resolves.toHaveStatus(201));
expectType<void>(expect.toHaveStatus('2xx'));
expectAssignable<StatusMatchers<void>>(expect(response));

expectError(expect(response).toHaveStatus('4XX'));
expectError(expect(response).toHaveStatus(600));
expectError(expect(response).toHaveStatus(404 as number));
expectError(expect(response).toHaveStatus([]));
expectError(expect(response).not.toHaveStatus([201, 700]));

// @types/jest's global namespace, merged with the same signatures.
declare const globalMatchers: jest.Matchers<void, typeof response>;
expectType<void>(globalMatchers.toHaveStatus(201));
expectError(globalMatchers.toHaveStatus('4XX'));
