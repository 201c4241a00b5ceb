import type {StatusClass} from '../status-class.ts';

/** Colours text by status class, or leaves it as it is. */
export type Paint = (family: StatusClass, text: string) => string;

// ANSI foreground colours: blue, green, cyan, yellow, red; `39` resets to the default foreground only.
const CODES: Readonly<Record<StatusClass, number>> = {'1xx': 34, '2xx': 32, '3xx': 36, '4xx': 33, '5xx': 31};

/**
 * Whether to colour the output: only when it goes to a terminal and `NO_COLOR` is unset or empty
 * (https://no-color.org).
 *
 * @example
 * ```ts
 * wantsColour({write: () => true, isTTY: true}, {NO_COLOR: '1'});
 * //=> false
 * ```
 */
export function wantsColour(output: {readonly isTTY?: boolean | undefined}, env: Readonly<Record<string, string | undefined>>): boolean {
	return output.isTTY === true && (env['NO_COLOR'] ?? '') === '';
}

/**
 * A {@link Paint} that colours by class with ANSI escapes when `colour` is true, and one that changes nothing otherwise.
 *
 * @example
 * ```ts
 * painter(true)('4xx', '418');
 * //=> '\u001B[33m418\u001B[39m'
 * ```
 */
export function painter(colour: boolean): Paint {
	return colour ? (family, text) => `\u001B[${CODES[family]}m${text}\u001B[39m` : (_family, text) => text;
}
