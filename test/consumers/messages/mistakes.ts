// Typical mistakes, each on a line of its own; test/package/package-consumers.test.ts compiles this file with each supported
// compiler and pins every message, so that types are named in them (`StatusCode`, not 65 literals).
import {HTTP_200_OK, isClientError, parseStatus, type ErrorStatus, type HttpStatus, type Status4xx, type Status5xx, type StatusCode} from 'typed-http-status';

declare function respond(status: StatusCode): void;
declare const fromNetwork: number;
declare const known: StatusCode;

respond(299);
export const clientError: Status4xx = HTTP_200_OK;
export const unvalidated: HttpStatus = fromNetwork;
export const failure: ErrorStatus = HTTP_200_OK;
export const flag: boolean = known;
const validated = parseStatus('404');
if (isClientError(validated)) {
	const serverError: Status5xx = validated;
	void serverError;
}
export const everyStatus: boolean = validated;

// The response subpath and the sets: a body with a null-body status, a redirect that is not one, a problem that is
// not an error, a status given as a string.
import {HTTP_204_NO_CONTENT, isRetryableStatus} from 'typed-http-status';
import {json, problem, redirect} from 'typed-http-status/response';
json({found: false}, HTTP_204_NO_CONTENT);
redirect('/login', HTTP_200_OK);
problem(HTTP_200_OK);
isRetryableStatus('503');

// What problem sets itself, named even as undefined: refused with and without exactOptionalPropertyTypes (this
// project compiles without it). A status that may be undefined is typed with the default it then sends.
import {HTTP_201_CREATED, HTTP_404_NOT_FOUND} from 'typed-http-status';
import type {TypedResponse} from 'typed-http-status/response';
problem(HTTP_404_NOT_FOUND, {type: undefined});
declare const isNew: boolean;
export const created: TypedResponse<201> = json({id: 7}, isNew ? HTTP_201_CREATED : undefined);

// A status given as a string to hasStatus, and a member read that the narrowed response does not have: the narrowed
// type prints as the union's own member, not intersected with a mark.
import {hasStatus} from 'typed-http-status/response';
declare const reply: {status: 200; note: string} | {status: 404; error: string};
hasStatus(reply, '404');
if (hasStatus(reply, HTTP_404_NOT_FOUND)) {
	void reply.note;
}

// A generic narrowed by a class guard may be an unnamed code of the class (299), so it is no named success code.
import {isSuccess, type Status2xx} from 'typed-http-status';
export function namedSuccess<Code extends number>(status: Code): Status2xx | undefined {
	if (isSuccess(status)) {
		return status;
	}
	return undefined;
}
