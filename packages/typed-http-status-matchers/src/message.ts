import {isHttpStatus, reasonPhrase, statusClass, type StatusClass} from 'typed-http-status';
import {STATUS_CLASS_TITLES} from 'typed-http-status/registry';
import type {Expectation} from './expectation.ts';

/** `201 Created`, or `299` for a valid code the registry does not name. Internal. */
export function codeLabel(code: number): string {
	const phrase = reasonPhrase(code);
	return phrase === undefined ? String(code) : `${code} ${phrase}`;
}

/** `4xx Client Error`. Internal. */
export function classLabel(statusClass: StatusClass): string {
	return `${statusClass} ${STATUS_CLASS_TITLES[statusClass]}`;
}

/** The received side: `400 Bad Request (4xx Client Error)`, or what is wrong with a number that is no status. Internal. */
export function receivedLabel(status: number): string {
	const family = statusClass(status);
	if (family === undefined) {
		return `${Object.is(status, -0) ? '-0' : String(status)}, which is not an HTTP status (an integer from 100 to 599)`;
	}
	return `${codeLabel(status)} (${classLabel(family)})`;
}

/**
 * The expected side, for the assertion or its negation: `201 Created`, `200 OK or 204 No Content`,
 * `2xx Successful (200–299)`; `not 201 Created`, `none of 200 OK, 204 No Content`, `not 2xx Successful (200–299)`.
 * Internal.
 */
export function expectedLabel(expectation: Expectation, isNot: boolean): string {
	if ('statusClass' in expectation) {
		const first = Number(expectation.statusClass.charAt(0)) * 100;
		return `${isNot ? 'not ' : ''}${classLabel(expectation.statusClass)} (${first}–${first + 99})`;
	}
	const labels = expectation.codes.map(code => codeLabel(code));
	if (labels.length === 1) {
		return `${isNot ? 'not ' : ''}${labels.join('')}`;
	}
	return isNot ? `none of ${labels.join(', ')}` : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/** True when the received status meets the expectation. Internal. */
export function meets(status: number, expectation: Expectation): boolean {
	if ('statusClass' in expectation) {
		return statusClass(status) === expectation.statusClass;
	}
	return isHttpStatus(status) && expectation.codes.includes(status);
}
