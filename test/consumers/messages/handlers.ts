// Functions whose return types are inferred: the declarations a consumer emits for them must name our types.
import {HTTP_200_OK, HTTP_404_NOT_FOUND, isClientError, isSuccess, parseStatus, statusClass, type StatusCode} from 'typed-http-status';

export function route(found: boolean) {
	return found ? HTTP_200_OK : HTTP_404_NOT_FOUND;
}
export function validate(input: string) {
	return parseStatus(input);
}
export function clientErrorOf(status: number) {
	return isClientError(status) ? status : undefined;
}
export function same(status: StatusCode) {
	return status;
}
export function family(input: string) {
	return statusClass(parseStatus(input));
}
// What is left once isSuccess rules the successes out of a StatusCode: the other classes, by name.
export function failure(status: StatusCode) {
	return isSuccess(status) ? undefined : status;
}
// A generic narrowed by a class guard: the guard's own answer type, by its name.
export function successOf<Code extends number>(status: Code) {
	return isSuccess(status) ? status : undefined;
}
