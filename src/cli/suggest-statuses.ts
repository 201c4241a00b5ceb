import {editDistance} from './edit-distance.ts';
import {normalize, searchableNames} from './search-statuses.ts';
import {STATUS_REGISTRY, type StatusInfo} from '../registry.ts';

/** The most suggestions given for one query. */
export const MAX_SUGGESTIONS = 5;

/**
 * The named codes that a query with no match was probably meant to find: those with a name, or a word of four
 * or more letters in a name, within a few typos of it (one per four characters, at least one), closest first,
 * then by code; at most {@link MAX_SUGGESTIONS}. In a query with digits, `o` for `0` and `i` or `l` for `1`
 * are no typo when they make a name exactly.
 *
 * @example
 * ```ts
 * suggestStatuses('teapt').map(status => status.code);
 * //=> [418]
 * suggestStatuses('4O4').map(status => status.code);
 * //=> [404, 414, 424]
 * ```
 */
export function suggestStatuses(query: string): StatusInfo[] {
	const wanted = normalize(query);
	// In a query with digits, a letter typed for a digit (`4O4`, `5l1`) is no typo when that makes a name exactly.
	const lookalike = /[0-9]/.test(wanted) ? wanted.replaceAll('o', '0').replaceAll(/[il]/g, '1') : undefined;
	const allowed = Math.max(1, Math.floor(wanted.length / 4));
	const found: Array<{status: StatusInfo; distance: number}> = [];
	for (const status of STATUS_REGISTRY) {
		const forms = searchableNames(status).flatMap(name => name.forms);
		const words = forms.flatMap(form => form.split(' ')).filter(word => word.length >= 4);
		let distance = Number.POSITIVE_INFINITY;
		for (const candidate of [...forms, ...words]) {
			// The distance is at least the difference in length, so most candidates need no table at all.
			if (Math.abs(candidate.length - wanted.length) <= allowed) {
				distance = Math.min(distance, candidate === lookalike ? 0 : editDistance(wanted, candidate));
			}
		}
		if (distance <= allowed) {
			found.push({status, distance});
		}
	}
	return found
		.sort((a, b) => a.distance - b.distance) // stable, so codes stay in order within a distance
		.slice(0, MAX_SUGGESTIONS)
		.map(({status}) => status);
}
