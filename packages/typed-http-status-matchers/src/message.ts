import {isHttpStatus, reasonPhrase, statusClass, type StatusClass} from 'typed-http-status';
import {STATUS_CLASS_TITLES} from 'typed-http-status/registry';
import {describeValue} from './escape.ts';
import type {Expectation} from './expectation.ts';

/** How many codes of an expected list a message names; the rest are counted. */
const LISTED = 10;

/** `201 Created`, or `299` for a valid code the registry does not name. Internal. */
export function codeLabel(code: number): string {
	const phrase = reasonPhrase(code);
	return phrase === undefined ? `${code}` : `${code} ${phrase}`;
}

/** `4xx Client Error`. Internal. */
export function classLabel(statusClass: StatusClass): string {
	return `${statusClass} ${STATUS_CLASS_TITLES[statusClass]}`;
}

/** The received side: `400 Bad Request (4xx Client Error)`, or what is wrong with a number that is no status. Internal. */
export function receivedLabel(status: number): string {
	const family = statusClass(status);
	if (family === undefined) {
		return `${describeValue(status)}, which is not an HTTP status (an integer from 100 to 599)`;
	}
	return `${codeLabel(status)} (${classLabel(family)})`;
}

const FIRST_CODE: Readonly<Record<StatusClass, number>> = {'1xx': 100, '2xx': 200, '3xx': 300, '4xx': 400, '5xx': 500};

/**
 * The expected side, for the assertion or its negation: `201 Created`, `200 OK or 204 No Content`,
 * `2xx Successful (200–299)`; `not 201 Created`, `none of 200 OK, 204 No Content`, `not 2xx Successful (200–299)`.
 * A list names its first ten codes and counts the rest. Internal.
 */
export function expectedLabel(expectation: Expectation, isNot: boolean): string {
	if ('statusClass' in expectation) {
		const first = FIRST_CODE[expectation.statusClass];
		return `${isNot ? 'not ' : ''}${classLabel(expectation.statusClass)} (${first}–${first + 99})`;
	}
	const {codes} = expectation;
	if (codes.length === 1) {
		return `${isNot ? 'not ' : ''}${codeLabel(codes[0] as number)}`;
	}
	const shown = codes.length > LISTED ? LISTED : codes.length;
	let labels = '';
	for (let index = 0; index !== shown; index++) {
		const last = index === codes.length - 1;
		labels += `${index === 0 ? '' : last && !isNot ? ' or ' : ', '}${codeLabel(codes[index] as number)}`;
	}
	const more = codes.length > shown ? `, … (${codes.length} codes in all)` : '';
	return isNot ? `none of ${labels}${more}` : `${labels}${more}`;
}

/** True when the received status meets the expectation. Internal. */
export function meets(status: number, expectation: Expectation): boolean {
	if ('statusClass' in expectation) {
		return statusClass(status) === expectation.statusClass;
	}
	if (!isHttpStatus(status)) {
		return false;
	}
	const {codes} = expectation;
	for (let index = 0; index !== codes.length; index++) {
		if (codes[index] === status) {
			return true;
		}
	}
	return false;
}
