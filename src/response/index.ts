// The subpath `typed-http-status/response`: builders of the platform's own `Response` whose statuses are checked at
// compile time and at run time, and guards that narrow received responses. Web APIs only (`Response`, `Headers`,
// `URL`, `JSON`), so it runs wherever `Response` exists: Node.js, Deno, Bun, workerd, browsers.
export type {HeadersInput, ResponseOptions, Sent, TypedResponse} from './typed-response.ts';
export {empty, json, redirect, text} from './builders.ts';
export {problem, type ProblemDetails, type ProblemFields} from './problem.ts';
export {hasStatus, statusOf, type HasStatus, type WithStatus} from './client.ts';
export {
	isClientErrorResponse,
	isErrorResponse,
	isInformationalResponse,
	isRedirectResponse,
	isServerErrorResponse,
	isSuccessResponse,
	type ResponseIn,
} from './response-guards.ts';
