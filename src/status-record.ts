// The shape of one record of the registry: what the generated STATUS_REGISTRY holds and statusInfo returns. A module
// of its own, so that the generated table can name it without importing the module that reads the table.
import type {StatusClass} from './status-class.ts';
import type {StatusCode, StatusName} from './status-code.ts';

/**
 * A code's standing in the IANA HTTP Status Code Registry: `'standard'`; `'temporary'` (104); `'obsoleted'`
 * (510); `'unused'` (306 and 418, registered as "(Unused)" by RFC 9110); `'unregistered'` (509, named only
 * because Django REST framework names it).
 */
export type Standing = 'standard' | 'temporary' | 'obsoleted' | 'unused' | 'unregistered';

/**
 * Everything the package knows about one named code, as kept in `data/registry.json`.
 *
 * @example
 * ```ts
 * import {statusInfo, type StatusInfo} from 'typed-http-status/registry';
 * const info: StatusInfo = statusInfo(413);
 * info.deprecated;
 * //=> ['HTTP_413_REQUEST_ENTITY_TOO_LARGE']
 * ```
 */
export interface StatusInfo {
	/** The code. */
	readonly code: StatusCode;
	/** The reason phrase, as `reasonPhrase` from the main entry returns it. */
	readonly phrase: string;
	/** Its class, such as `'4xx'`. */
	readonly class: StatusClass;
	/** Its standing in the IANA registry. */
	readonly standing: Standing;
	/** The defining document, such as `'RFC 9110 §15.5.5'`; `null` for a code outside the IANA registry. */
	readonly reference: string | null;
	/** The constant to import for it. */
	readonly constant: StatusName;
	/** Older names, kept as `@deprecated` aliases of {@link constant}. */
	readonly deprecated: readonly StatusName[];
	/** One sentence of what it means. */
	readonly meaning: string;
	/** What else to know about its standing, where there is something. */
	readonly note?: string;
}
