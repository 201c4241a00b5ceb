// What must not compile in any consumer: each `@ts-expect-error` must sit on a real error, or the compiler
// reports the directive as unused and test/package/package-consumers.test.ts fails.
import {
	assertNever,
	HTTP_404_NOT_FOUND,
	isClientError,
	isSuccess,
	reasonPhrase,
	type HttpStatus,
	type Status4xx,
	type Status5xx,
	type StatusCode,
} from 'typed-http-status';

// A switch that forgets a case (511) cannot end in assertNever.
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
		case 510: {
			return false;
		}
		default: {
			// @ts-expect-error: 511 is not handled, so `status` is not `never`
			return assertNever(status);
		}
	}
}

// @ts-expect-error: 299 is a valid status but not a named code
export const unnamed: StatusCode = 299;

// @ts-expect-error: only validation produces an HttpStatus
export const unvalidated: HttpStatus = 404 as number;

// @ts-expect-error: the phrase is a literal type, and 403's is not 'Not Found'
export const wrongPhrase: 'Not Found' = reasonPhrase(403);

// @ts-expect-error: a constant is a literal type
export const wrongConstant: 500 = HTTP_404_NOT_FOUND;

declare const known: StatusCode;
declare const fromNetwork: number;
if (isSuccess(known)) {
	// @ts-expect-error: a narrowed 2xx code is not a 4xx code
	const clientError: Status4xx = known;
	void clientError;
} else {
	// @ts-expect-error: the else branch still holds every other code, so it is not `never`
	const nothing: never = known;
	void nothing;
}
if (isClientError(fromNetwork)) {
	// @ts-expect-error: a plain number is not claimed to be a named 4xx literal (499 passes the guard)
	const named: Status4xx = fromNetwork;
	void named;
}
