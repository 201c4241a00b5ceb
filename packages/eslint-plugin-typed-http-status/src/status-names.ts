// What the rules know about each code, read from the package's own registry: no second list of codes or names.
import {STATUS_CLASS_GUARDS, STATUS_CLASS_TITLES, STATUS_REGISTRY} from 'typed-http-status/registry';

/** A named code as the rules use it: the code, its constant and its reason phrase. */
export interface NamedStatus {
	/** The code, such as `404`. */
	readonly code: number;
	/** The constant to import for it, such as `'HTTP_404_NOT_FOUND'`. */
	readonly constant: string;
	/** Its reason phrase, such as `'Not Found'`. */
	readonly phrase: string;
}

const byCode = new Map<number, NamedStatus>();
const byDeprecatedName = new Map<string, NamedStatus>();
const byConstant = new Map<string, NamedStatus>();
for (const info of STATUS_REGISTRY) {
	const named: NamedStatus = {code: info.code, constant: info.constant, phrase: info.phrase};
	byCode.set(info.code, named);
	byConstant.set(info.constant, named);
	for (const alias of info.deprecated) {
		byDeprecatedName.set(alias, named);
	}
}

/**
 * The named status for a code, or `undefined` for a code the registry does not name (such as 299).
 *
 * @example
 * ```ts
 * namedStatus(404)?.constant;
 * //=> 'HTTP_404_NOT_FOUND'
 * ```
 */
export function namedStatus(code: number): NamedStatus | undefined {
	return byCode.get(code);
}

/**
 * The current name behind a deprecated alias, or `undefined` when the name is not a deprecated alias.
 *
 * @example
 * ```ts
 * replacementFor('HTTP_413_REQUEST_ENTITY_TOO_LARGE')?.constant;
 * //=> 'HTTP_413_CONTENT_TOO_LARGE'
 * ```
 */
export function replacementFor(name: string): NamedStatus | undefined {
	return byDeprecatedName.get(name);
}

/** A name with the code number and the separators taken out, upper-cased: `HTTP_404_NOT_FOUND`, `NOT_FOUND` and `NotFound` all become `NOTFOUND`. */
function nameKey(name: string): string {
	return name
		.replace(/^HTTP_\d{3}_/, '')
		.replaceAll('_', '')
		.toUpperCase();
}

const byKey = new Map<string, NamedStatus>();
for (const [constant, named] of [...byConstant, ...byDeprecatedName]) {
	byKey.set(nameKey(constant), named);
}

/**
 * The named status whose constant (current or deprecated) reads like the given name once the code number,
 * separators and case are ignored, or `undefined`.
 *
 * @example
 * ```ts
 * statusNamed('NotFound')?.code;
 * //=> 404
 * ```
 */
export function statusNamed(name: string): NamedStatus | undefined {
	return byKey.get(nameKey(name));
}

/**
 * The guards of the main entry, by the first digit of their class, with the guard and title the registry gives that class.
 *
 * @example
 * ```ts
 * CLASS_GUARDS.get(4);
 * //=> {guard: 'isClientError', title: 'Client Error'}
 * ```
 */
export const CLASS_GUARDS: ReadonlyMap<number, {readonly guard: string; readonly title: string}> = new Map(
	(['1xx', '2xx', '3xx', '4xx', '5xx'] as const).map(family => [Number(family[0]), {guard: STATUS_CLASS_GUARDS[family], title: STATUS_CLASS_TITLES[family]}]),
);

/**
 * A named status as the messages show it.
 *
 * @example
 * ```ts
 * describeStatus(namedStatus(404)!);
 * //=> 'HTTP_404_NOT_FOUND (404 Not Found)'
 * ```
 */
export function describeStatus(named: NamedStatus): string {
	return `${named.constant} (${named.code} ${named.phrase})`;
}
