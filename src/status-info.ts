import {inRange} from './status-range.ts';
import {STATUS_REGISTRY} from './generated/status-registry.ts';
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

/**
 * Look up everything known about a named code; `undefined` for an unnamed number or any other value (never throws).
 *
 * @example
 * ```ts
 * import {statusInfo} from 'typed-http-status/registry';
 * statusInfo(418)?.standing;
 * //=> 'unused'
 * statusInfo(299);
 * //=> undefined
 * ```
 */
export function statusInfo(code: StatusCode): StatusInfo;
export function statusInfo(code: number): StatusInfo | undefined;
export function statusInfo(code: number): StatusInfo | undefined {
	return inRange(code, 100, 599) ? BY_CODE[code] : undefined;
}

// Every record by its code, with every slot from 0 to 599 set, built once when the module loads: a lookup reads
// one own element, never Array.prototype.find or anything else a later change to a built-in could replace.
const BY_CODE: ReadonlyArray<StatusInfo | undefined> = /* @__PURE__ */ (() => {
	const byCode = new Array<StatusInfo | undefined>(600).fill(undefined);
	for (const info of STATUS_REGISTRY) {
		byCode[info.code] = info;
	}
	return byCode;
})();

export {STATUS_REGISTRY} from './generated/status-registry.ts';
