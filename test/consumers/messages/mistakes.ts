// Typical mistakes, each on a line of its own; test/package-consumers.test.ts compiles this file with each supported
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
