import type {StatusClass} from '../index.ts';

/** Colours text by status class, or leaves it as it is. */
export type Paint = (family: StatusClass, text: string) => string;

// ANSI foreground colours: blue, green, cyan, yellow, red; `39` resets to the default foreground only.
const CODES: Readonly<Record<StatusClass, number>> = {'1xx': 34, '2xx': 32, '3xx': 36, '4xx': 33, '5xx': 31};

/**
 * Whether to colour the output, by the common conventions, first rule that applies: `FORCE_COLOR` set to `0` or
 * `false` turns colour off and `1`, `2`, `3` or `true` turns it on, terminal or not (other values are ignored);
 * then `NO_COLOR` set to anything but the empty string turns it off (https://no-color.org); then `TERM=dumb`
 * turns it off; otherwise colour is used when the output is a terminal.
 *
 * @example
 * ```ts
 * wantsColour({write: () => true, isTTY: true}, {NO_COLOR: '1'});
 * //=> false
 * wantsColour({write: () => true, isTTY: false}, {FORCE_COLOR: '1'});
 * //=> true
 * ```
 */
export function wantsColour(output: {readonly isTTY?: boolean | undefined}, env: Readonly<Record<string, string | undefined>>): boolean {
	const force = env['FORCE_COLOR'];
	if (force === '0' || force === 'false') {
		return false;
	}
	if (force === '1' || force === '2' || force === '3' || force === 'true') {
		return true;
	}
	return (env['NO_COLOR'] ?? '') === '' && env['TERM'] !== 'dumb' && output.isTTY === true;
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
