import {STATUS_REGISTRY} from './generated/status-registry.ts';
import type {StatusCode} from './status-code.ts';
import type {StatusInfo} from './status-record.ts';

export type {Standing, StatusInfo} from './status-record.ts';

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
	// `>>> 0` is the integer check; every slot below 600 is an own element, so no lookup reaches a prototype.
	return typeof code === 'number' && code >>> 0 === code && code < 600 ? BY_CODE[code] : undefined;
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
