import {expectError, expectType} from 'tsd';
import type {IsEqual} from 'type-fest';
import {
	isClientError,
	STATUS_CODES,
	type HttpStatus,
	type UnregisteredStatus,
	REASON_PHRASES,
	reasonPhrase,
	type ReasonPhrase,
	type Status4xx,
} from '../dist/index.js';

expectType<'Not Found'>(reasonPhrase(404));
expectType<'Content Too Large'>(reasonPhrase(413));
expectType<"I'm a teapot">(reasonPhrase(418));
expectType<'OK' | 'Created'>(reasonPhrase(200 as 200 | 201));
// A plain number may be unregistered.
expectType<string | undefined>(reasonPhrase(299 as number));

expectType<'Not Found'>({} as ReasonPhrase<404>);
expectType<'Unprocessable Content'>({} as ReasonPhrase<422>);
expectType<true>({} as IsEqual<ReasonPhrase, (typeof REASON_PHRASES)[keyof typeof REASON_PHRASES]>);
expectType<'OK' | 'Not Found'>({} as ReasonPhrase<200 | 404>);
expectType<'Service Unavailable'>(REASON_PHRASES[503]);

// The table is readonly.
expectError((REASON_PHRASES[404] = 'Lost'));

// An unnamed literal or a branded unnamed status has no phrase; a validated status may have one.
expectType<undefined>(reasonPhrase(299));
expectType<'Not Found' | undefined>(reasonPhrase(404 as 404 | 499));
expectType<undefined>(reasonPhrase({} as UnregisteredStatus));
expectType<ReasonPhrase | undefined>(reasonPhrase({} as HttpStatus));
declare const fromNetwork: number;
if (isClientError(fromNetwork)) {
	expectType<ReasonPhrase<Status4xx> | undefined>(reasonPhrase(fromNetwork));
}

// As a callback, it maps named codes to their literal phrases.
expectType<ReasonPhrase[]>(STATUS_CODES.map(reasonPhrase));
expectType<Array<string | undefined>>([200, 299].map(reasonPhrase));
