// What must hold in every consumer, under every TypeScript version and module resolution the package supports.
// It compiles only if each assertion holds; test/package/package-consumers.test.ts compiles it.
import {
	assertNever,
	HTTP_404_NOT_FOUND,
	HTTP_418_IM_A_TEAPOT,
	HTTP_422_UNPROCESSABLE_ENTITY,
	isClientError,
	isStatusCode,
	isSuccess,
	parseStatus,
	reasonPhrase,
	statusClass,
	type HttpStatus,
	type ReasonPhrase,
	type Status2xx,
	type Status4xx,
	type Status5xx,
	type StatusCode,
} from 'typed-http-status';
import type {Equal} from './equal.js';

// Constants are literal types; deprecated aliases keep the code's literal.
true satisfies Equal<typeof HTTP_404_NOT_FOUND, 404>;
true satisfies Equal<typeof HTTP_422_UNPROCESSABLE_ENTITY, 422>;

// Reason phrases are literal types for named codes, and `string | undefined` for a plain number.
const notFound = reasonPhrase(HTTP_404_NOT_FOUND);
true satisfies Equal<typeof notFound, 'Not Found'>;
true satisfies Equal<ReasonPhrase<typeof HTTP_418_IM_A_TEAPOT>, "I'm a teapot">;
declare const fromNetwork: number;
const anyPhrase = reasonPhrase(fromNetwork);
true satisfies Equal<typeof anyPhrase, string | undefined>;
const family = statusClass(HTTP_404_NOT_FOUND);
true satisfies Equal<typeof family, '4xx'>;

// A guard narrows a StatusCode in both branches; the else branch is the rest of the union, never `never`.
declare const known: StatusCode;
if (isClientError(known)) {
	true satisfies Equal<typeof known, Status4xx>;
} else {
	true satisfies Equal<typeof known, Exclude<StatusCode, Status4xx>>;
}
if (isSuccess(known)) {
	true satisfies Equal<typeof known, Status2xx>;
}

// A guard does not claim that a plain number is a named literal (499 passes isClientError): it narrows it to the
// class's valid statuses, named or not.
if (isClientError(fromNetwork)) {
	true satisfies Equal<typeof fromNetwork, HttpStatus<'4xx'>>;
} else {
	true satisfies Equal<typeof fromNetwork, number>;
}

// Validation gives the branded HttpStatus; membership narrows it to the named codes.
const validated = parseStatus('404');
true satisfies Equal<typeof validated, HttpStatus>;
if (isStatusCode(validated)) {
	true satisfies Equal<typeof validated, StatusCode>;
}

// An exhaustive switch compiles with assertNever in its default branch.
export function retryable(status: Status5xx): boolean {
	switch (status) {
		case 502:
		case 503:
		case 504: {
			return true;
		}
		case 500:
		case 501:
		case 505:
		case 506:
		case 507:
		case 508:
		case 509:
		case 510:
		case 511: {
			return false;
		}
		default: {
			return assertNever(status);
		}
	}
}
