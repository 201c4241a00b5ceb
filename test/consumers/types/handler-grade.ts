// The handler-grade promises, compiled by every supported TypeScript (5.0, 6, 7) under each module resolution:
// narrowing that never drops what passes, literals that stay literal, and guards that work as callbacks.
import {
	HTTP_200_OK,
	HTTP_404_NOT_FOUND,
	STATUS_CODES,
	assertNever,
	isClientError,
	isHttpStatus,
	isSuccess,
	parseStatus,
	reasonPhrase,
	statusClass,
	type HttpStatus,
	type ReasonPhrase,
	type Status2xx,
	type Status4xx,
	type StatusClass,
	type StatusCode,
	type UnregisteredStatus,
} from 'typed-http-status';
import type {Equal} from './equal.js';

// isHttpStatus keeps every member that passes; the switch that threw on 520 does not compile.
export function gateway(status: 200 | 502 | 520): string {
	if (isHttpStatus(status)) {
		true satisfies Equal<typeof status, 200 | 502 | (520 & UnregisteredStatus<'5xx'>)>;
		switch (status) {
			case 200: {
				return 'ok';
			}
			case 502: {
				return 'bad gateway';
			}
			default: {
				// @ts-expect-error -- 520 passes isHttpStatus and is not handled
				return assertNever(status);
			}
		}
	}
	return 'invalid';
}

// A guard on a type parameter bounded by `number` gives what the class's HttpStatus takes; TypeScript 5.0 once
// reported this return as a union too complex to represent (TS2590).
export function successOf<Code extends number>(code: Code): HttpStatus<'2xx'> | undefined {
	return isSuccess(code) ? code : undefined;
}

// Constants stay literal in `let`, arrays and object literals.
let reassigned = HTTP_200_OK;
reassigned = HTTP_200_OK;
true satisfies Equal<typeof reassigned, 200>;
const codes = [HTTP_200_OK, HTTP_404_NOT_FOUND];
true satisfies Equal<typeof codes, Array<200 | 404>>;
const body = {status: HTTP_404_NOT_FOUND, error: 'missing'};
export const reply: {status: 200; user: string} | {status: 404; error: string} = body;

// A validated status narrows by class, and its class is never undefined.
const validated = parseStatus('499');
if (isClientError(validated)) {
	true satisfies Equal<typeof validated, HttpStatus<'4xx'>>;
	const family = statusClass(validated);
	true satisfies Equal<typeof family, '4xx'>;
}
const anyFamily = statusClass(validated);
true satisfies Equal<typeof anyFamily, StatusClass>;

// A plain number narrows in the true branch to the class's valid statuses, and stays a number otherwise.
declare const fromNetwork: number;
if (isSuccess(fromNetwork)) {
	true satisfies Equal<typeof fromNetwork, HttpStatus<'2xx'>>;
} else {
	true satisfies Equal<typeof fromNetwork, number>;
}

// Guards and lookups as callbacks.
const successes = STATUS_CODES.filter(isSuccess);
true satisfies Equal<typeof successes, Status2xx[]>;
const firstClientError = STATUS_CODES.find(isClientError);
true satisfies Equal<typeof firstClientError, Status4xx | undefined>;
const phrases = STATUS_CODES.map(reasonPhrase);
true satisfies Equal<typeof phrases, ReasonPhrase[]>;
declare const seen: readonly number[];
const valid = seen.filter(isHttpStatus);
true satisfies Equal<typeof valid, HttpStatus[]>;
export const named: StatusCode[] = [...successes];
