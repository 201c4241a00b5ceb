/// <reference lib="dom" />
// typed-http-status/response and the response-semantics sets, compiled by every supported TypeScript (5.0, 6, 7)
// under each module resolution: the narrowing that must hold, and (each `@ts-expect-error` on a real error) what
// `Response` rejects at run time rejected at compile time. The web types come from lib.dom, as in a browser or a
// Worker; Node.js users get `Response` from @types/node.
import {
	HTTP_201_CREATED,
	HTTP_204_NO_CONTENT,
	HTTP_300_MULTIPLE_CHOICES,
	HTTP_304_NOT_MODIFIED,
	HTTP_404_NOT_FOUND,
	HTTP_103_EARLY_HINTS,
	STATUS_CODES,
	isContentfulStatus,
	isNullBodyStatus,
	isRetryableStatus,
	type ContentfulStatus,
	type HttpStatus,
	type NullBodyStatus,
	type RetryableStatus,
	type StatusCode,
	type UnregisteredStatus,
} from 'typed-http-status';
import {
	empty,
	hasStatus,
	isClientErrorResponse,
	isSuccessResponse,
	json,
	problem,
	redirect,
	statusOf,
	text,
	type ProblemFields,
	type TypedResponse,
} from 'typed-http-status/response';
import type {Equal} from './equal.js';

// The sets narrow both branches; a plain number narrows to an exact list's own type, and to the valid statuses of a range.
export function sets(known: StatusCode, received: number, mixed: 200 | 204 | 299): void {
	if (isNullBodyStatus(known)) {
		true satisfies Equal<typeof known, NullBodyStatus>;
	} else {
		true satisfies Equal<typeof known, Exclude<StatusCode, NullBodyStatus>>;
	}
	if (isRetryableStatus(received)) {
		true satisfies Equal<typeof received, RetryableStatus>;
	}
	if (isContentfulStatus(mixed)) {
		true satisfies Equal<typeof mixed, 200 | (299 & UnregisteredStatus<'2xx'>)>;
	} else {
		true satisfies Equal<typeof mixed, 204 | 299>; // 299 stays: the else branch of a guard only removes what the true branch holds whole
	}
	if (isContentfulStatus(received)) {
		true satisfies Equal<typeof received, ContentfulStatus | UnregisteredStatus<'2xx' | '3xx' | '4xx' | '5xx'>>;
	}
	true satisfies Equal<ReturnType<typeof STATUS_CODES.filter<RetryableStatus>>, RetryableStatus[]>;
	const retried: RetryableStatus[] = STATUS_CODES.filter(isRetryableStatus);
	void retried;
}

// A handler's return type carries its statuses.
export function handler(found: boolean): TypedResponse<200> | TypedResponse<404> {
	return found ? json({ok: true}) : problem(HTTP_404_NOT_FOUND, {detail: 'no such note'});
}
true satisfies Equal<ReturnType<typeof handler>['status'], 200 | 404>;
true satisfies Equal<ReturnType<typeof json<201>>['status'], 201>;
// problem takes optional members (exactOptionalPropertyTypes: `| undefined` where it accepts undefined) and spreads.
declare const maybe: string | undefined;
export const described = problem(HTTP_404_NOT_FOUND, {detail: maybe, instance: maybe, ...{retryable: false}}, {statusText: maybe});
// A value typed ProblemFields is taken: the type itself holds no reserved member.
export const fromFields = (fields: ProblemFields): TypedResponse<404> => problem(HTTP_404_NOT_FOUND, fields);
true satisfies Equal<typeof described, TypedResponse<404>>;

export function builders(): Response[] {
	return [json({}, HTTP_201_CREATED), text('x'), empty(HTTP_204_NO_CONTENT), empty(HTTP_304_NOT_MODIFIED), redirect('/login')];
}

export function rejected(): void {
	// @ts-expect-error -- a body with 204, which Response rejects
	json({}, HTTP_204_NO_CONTENT);
	// @ts-expect-error -- a body with 304
	text('x', HTTP_304_NOT_MODIFIED);
	// @ts-expect-error -- any 1xx, which Response rejects
	empty(HTTP_103_EARLY_HINTS);
	// @ts-expect-error -- 300 is not a redirect status for Response.redirect or fetch
	redirect('/x', HTTP_300_MULTIPLE_CHOICES);
	// @ts-expect-error -- problem is for error statuses
	problem(HTTP_201_CREATED);
	// @ts-expect-error -- problem sets the status itself
	problem(HTTP_404_NOT_FOUND, {status: 500});
	// @ts-expect-error -- even as undefined
	problem(HTTP_404_NOT_FOUND, {type: undefined});
	// @ts-expect-error -- a value whose type may hold a reserved member
	problem(HTTP_404_NOT_FOUND, {} as Record<string, unknown>);
	// @ts-expect-error -- one member of a union sets the title
	problem(HTTP_404_NOT_FOUND, Math.random() > 0.5 ? {detail: 'a'} : {title: 'Lost'});
	// @ts-expect-error -- the default status is 200, whatever the response is assigned to
	const wrong: TypedResponse<201> = json({});
	void wrong;
}

// The client side narrows the object, not just its status.
type Result = {status: 200; note: string} | {status: 404; error: string};
export function client(result: Result, response: Response): string {
	true satisfies Equal<ReturnType<typeof statusOf<number>>, HttpStatus>;
	true satisfies Equal<typeof statusOf<Response['status']>, (response: {readonly status: number}) => HttpStatus>;
	if (isClientErrorResponse(response)) {
		true satisfies Equal<typeof response.status, HttpStatus<'4xx'>>;
	}
	if (hasStatus(response, 200, 204)) {
		true satisfies Equal<typeof response.status, 200 | 204>;
	}
	if (hasStatus(response, HTTP_404_NOT_FOUND)) {
		true satisfies Equal<typeof response.status, 404>;
	}
	if (isSuccessResponse(result)) {
		true satisfies Equal<typeof result, {status: 200; note: string}>;
		return result.note;
	}
	true satisfies Equal<typeof result, {status: 404; error: string}>;
	return result.error;
}

// hasStatus with one code: both branches of a union, and a member that only overlaps the code stays in the true branch.
type Overlapping = {status: 200; a: string} | {status: 200 | 201; b: string} | {status: 404; error: string};
export function overlapping(result: Overlapping, wanted: StatusCode): string {
	if (!hasStatus(result, wanted)) {
		true satisfies Equal<typeof result, Overlapping>;
	}
	if (hasStatus(result, 200)) {
		true satisfies Equal<typeof result.status, 200>;
		return 'a' in result ? result.a : result.b;
	}
	true satisfies Equal<typeof result, {status: 200 | 201; b: string} | {status: 404; error: string}>;
	return 'b' in result ? result.b : result.error;
}
