import {expectError, expectType} from 'tsd';
import {REASON_PHRASES, reasonPhrase, type ReasonPhrase, type StatusCode} from '../dist/index.js';

expectType<'Not Found'>(reasonPhrase(404));
expectType<'Content Too Large'>(reasonPhrase(413));
expectType<"I'm a teapot">(reasonPhrase(418));
expectType<'OK' | 'Created'>(reasonPhrase(200 as 200 | 201));
// A plain number may be unregistered.
expectType<string | undefined>(reasonPhrase(299 as number));

expectType<'Not Found'>({} as ReasonPhrase<404>);
expectType<'Unprocessable Content'>({} as ReasonPhrase<422>);
expectType<ReasonPhrase>({} as ReasonPhrase<StatusCode>);
expectType<'Service Unavailable'>(REASON_PHRASES[503]);

// The table is readonly.
expectError((REASON_PHRASES[404] = 'Lost'));
