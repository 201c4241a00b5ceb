import {STATUS_REGISTRY, type StatusInfo} from '../registry.ts';

/** How well a search matched a name, best first: the whole name, its start, the start of a word in it, anywhere in it. */
export type MatchRank = 'exact' | 'prefix' | 'word' | 'substring';

/** Which of a status's names matched: its code, its phrase, its constant, or a deprecated alias of the constant. */
export type MatchField = 'code' | 'phrase' | 'constant' | 'deprecated';

/** One search result: the status, and the best of its names that matched. */
export interface SearchMatch {
	/** The status that matched. */
	readonly status: StatusInfo;
	/** How well it matched. */
	readonly rank: MatchRank;
	/** Which name matched. */
	readonly field: MatchField;
	/** That name as written, such as `'HTTP_422_UNPROCESSABLE_ENTITY'`. */
	readonly name: string;
}

/** A name of a status and the forms a query is compared with: a constant is compared with and without its `HTTP_418_`. */
export interface SearchableName {
	readonly field: MatchField;
	readonly name: string;
	readonly forms: readonly string[];
}

const RANKS: readonly MatchRank[] = ['exact', 'prefix', 'word', 'substring'];

/**
 * Lower-case a query or a name, drop apostrophes and turn every other run of non-alphanumerics into one space,
 * so that `NOT_FOUND`, `not-found` and `Not Found` are all `'not found'`, and `I'm a teapot` is `'im a teapot'`.
 *
 * @example
 * ```ts
 * normalize('HTTP_404_NOT_FOUND');
 * //=> 'http 404 not found'
 * ```
 */
export function normalize(text: string): string {
	return text
		.toLowerCase()
		.replaceAll(/['\u2019]/g, '')
		.replaceAll(/[^a-z0-9]+/g, ' ')
		.trim();
}

/**
 * Every name a status can be found by, in order of preference: code, phrase, constant, deprecated aliases.
 *
 * @example
 * ```ts
 * searchableNames(statusInfo(404)).map(name => name.forms);
 * //=> [['404'], ['not found'], ['http 404 not found', 'not found']]
 * ```
 */
export function searchableNames(status: StatusInfo): SearchableName[] {
	const constant = (field: MatchField, name: string): SearchableName => ({field, name, forms: [normalize(name), normalize(name.replace(/HTTP_\d+_/, ''))]});
	return [
		{field: 'code', name: String(status.code), forms: [String(status.code)]},
		{field: 'phrase', name: status.phrase, forms: [normalize(status.phrase)]},
		constant('constant', status.constant),
		...status.deprecated.map(name => constant('deprecated', name)),
	];
}

function rankOf(form: string, query: string): number {
	if (form === query) {
		return 0;
	}
	if (form.startsWith(query)) {
		return 1;
	}
	if (form.includes(` ${query}`)) {
		return 2;
	}
	return form.includes(query) ? 3 : RANKS.length;
}

/**
 * Search the named codes by code, phrase and constant name (deprecated aliases too), ignoring case and
 * punctuation; best matches first (exact, then prefix, then word, then substring), then by code. A query with
 * no letters or digits matches nothing.
 *
 * @example
 * ```ts
 * searchStatuses('found').map(match => [match.status.code, match.rank]);
 * //=> [[302, 'exact'], [404, 'word']]
 * ```
 */
export function searchStatuses(query: string): SearchMatch[] {
	const wanted = normalize(query);
	if (wanted === '') {
		return [];
	}
	const matches: SearchMatch[] = [];
	for (const status of STATUS_REGISTRY) {
		let best: {rank: number; name: SearchableName} | undefined;
		for (const name of searchableNames(status)) {
			const rank = Math.min(...name.forms.map(form => rankOf(form, wanted)));
			if (rank < (best?.rank ?? RANKS.length)) {
				best = {rank, name};
			}
		}
		if (best) {
			matches.push({status, rank: RANKS[best.rank]!, field: best.name.field, name: best.name.name});
		}
	}
	return matches.sort((a, b) => RANKS.indexOf(a.rank) - RANKS.indexOf(b.rank)); // stable: codes stay in order within a rank
}
