import {editDistance} from './edit-distance.ts';
import {quoteText} from '../escape-text.ts';

/** What the command line was asked to do. */
export type CliRequest =
	| {readonly action: 'help'}
	| {readonly action: 'version'}
	| {readonly action: 'lookup'; readonly json: boolean; readonly query: string | undefined}
	| {readonly action: 'usage-error'; readonly message: string};

const OPTIONS: Readonly<Record<string, 'json' | 'help' | 'version'>> = {
	'--json': 'json',
	'--help': 'help',
	'-h': 'help',
	'--version': 'version',
};

/**
 * Read the command-line arguments: the options `--json`, `--help` (`-h`) and `--version`, and the words of the
 * query, joined by spaces (so `not found` needs no quotes). `--` ends the options. Any other argument that
 * starts with `-`, or a query with nothing but spaces, is a usage error.
 *
 * @example
 * ```ts
 * parseArguments(['not', 'found', '--json']);
 * //=> {action: 'lookup', json: true, query: 'not found'}
 * ```
 */
export function parseArguments(args: readonly string[]): CliRequest {
	const seen = new Set<string>();
	const words: string[] = [];
	let optionsEnded = false;
	for (const arg of args) {
		if (optionsEnded || !arg.startsWith('-')) {
			words.push(arg);
		} else if (arg === '--') {
			optionsEnded = true;
		} else if (Object.hasOwn(OPTIONS, arg)) {
			seen.add(OPTIONS[arg]!);
		} else {
			return {action: 'usage-error', message: `unknown option ${quoteText(arg)}${closestOption(arg)}`};
		}
	}
	if (seen.has('help')) {
		return {action: 'help'};
	}
	if (seen.has('version')) {
		return {action: 'version'};
	}
	const query = words.join(' ').trim();
	if (words.length > 0 && query === '') {
		return {action: 'usage-error', message: 'the query is empty'};
	}
	return {action: 'lookup', json: seen.has('json'), query: words.length > 0 ? query : undefined};
}

function closestOption(arg: string): string {
	// Only long options are suggested, and only for an argument within two typos (so also two characters) of one.
	const option = Object.keys(OPTIONS).find(name => name.length > 2 && Math.abs(name.length - arg.length) <= 2 && editDistance(arg, name) <= 2);
	return option === undefined ? '' : ` (did you mean ${option}?)`;
}
