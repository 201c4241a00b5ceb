import {searchStatuses, type SearchMatch} from './search-statuses.ts';
import {suggestStatuses} from './suggest-statuses.ts';
import {quoteText} from '../escape-text.ts';
import {parseStatus, type HttpStatus, type StatusClass} from '../index.ts';
import type {StatusInfo} from '../registry.ts';

/** What the command line answers to a query, before it is written as text or JSON. */
export type Answer =
	| {readonly kind: 'all'}
	| {readonly kind: 'class'; readonly class: StatusClass}
	| {readonly kind: 'status'; readonly code: HttpStatus}
	| {readonly kind: 'search'; readonly query: string; readonly matches: readonly SearchMatch[]}
	| {readonly kind: 'error'; readonly query: string; readonly message: string; readonly suggestions: readonly StatusInfo[]};

/**
 * Decide what a query asks for: nothing is every code; three digits are one code (`418`, or the unnamed but
 * valid `599`); `4xx` is a class; anything else is a search. Codes outside 100–599, classes other than 1xx–5xx
 * and searches without a match are an `'error'` answer, with suggestions when a name is a few typos away.
 *
 * @example
 * ```ts
 * resolveQuery('4XX');
 * //=> {kind: 'class', class: '4xx'}
 * ```
 */
export function resolveQuery(query: string | undefined): Answer {
	if (query === undefined) {
		return {kind: 'all'};
	}
	const code = statusOf(query);
	if (code !== undefined) {
		return {kind: 'status', code};
	}
	if (/^[0-9]{3}$/.test(query)) {
		return error(query, `${query} is not an HTTP status code: status codes are 100 to 599`);
	}
	const family = /^([0-9])xx$/i.exec(query)?.[1];
	if (family !== undefined) {
		return family >= '1' && family <= '5'
			? {kind: 'class', class: `${family}xx` as StatusClass}
			: error(query, `${query} is not a status class: the classes are 1xx to 5xx`);
	}
	const matches = searchStatuses(query);
	if (matches.length > 0) {
		return {kind: 'search', query, matches};
	}
	return error(query, `no status code matches ${quoteText(query)}`, suggestStatuses(query));
}

/** The status a query names, validated as the library validates input (three digits, 100 to 599), else undefined. */
function statusOf(query: string): HttpStatus | undefined {
	let status: HttpStatus | undefined;
	try {
		status = parseStatus(query);
	} catch {
		// not a status: undefined
	}
	return status;
}

function error(query: string, message: string, suggestions: readonly StatusInfo[] = []): Answer {
	return {kind: 'error', query, message, suggestions};
}
