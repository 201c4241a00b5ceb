import {expectError, expectType} from 'tsd';
import {assertNever, type Status3xx, type Status4xx} from '../dist/index.js';

// Exhaustive: every 3xx code is handled, so the default branch sees `never` and compiles.
function redirects(status: Status3xx): string {
	switch (status) {
		case 300:
		case 301:
		case 302:
		case 303:
		case 304:
		case 305:
		case 306:
		case 307:
		case 308: {
			return 'redirect';
		}
		default: {
			return assertNever(status);
		}
	}
}
expectType<string>(redirects(301));

// Not exhaustive: 418 and the rest of Status4xx are missing, so assertNever does not compile.
function clientErrors(status: Status4xx): string {
	switch (status) {
		case 404: {
			return 'missing';
		}
		default: {
			expectError(assertNever(status));
			return 'other';
		}
	}
}
expectType<string>(clientErrors(404));

expectType<never>(assertNever(0 as never));
