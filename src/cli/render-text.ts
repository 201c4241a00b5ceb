import {CLASSES} from './classes.ts';
import {painter, type Paint} from './colour.ts';
import type {Answer} from './resolve-query.ts';
import type {SearchMatch} from './search-statuses.ts';
import {quoteText} from '../escape-text.ts';
import {statusClass, type HttpStatus, type StatusClass} from '../index.ts';
import {STATUS_CLASS_GUARDS, STATUS_CLASS_TITLES, STATUS_REGISTRY, statusInfo, type Standing, type StatusInfo} from '../registry.ts';

const STANDINGS: Readonly<Record<Standing, string>> = {
	standard: 'standard: in the IANA registry',
	temporary: 'temporary: a temporary IANA registration',
	obsoleted: 'obsoleted: in the IANA registry, marked obsoleted',
	unused: 'unused: registered as "(Unused)" in the IANA registry',
	unregistered: 'unregistered: not in the IANA registry',
};

/** What to write for an answer: text for standard output, or for standard error when it is an error. */
export interface TextOutput {
	readonly stdout: string;
	readonly stderr: string;
}

function field(label: string, value: string): string {
	return `  ${label.padEnd(10)} ${value}\n`;
}

function classLine(family: StatusClass, paint: Paint): string {
	return `${paint(family, family)} ${STATUS_CLASS_TITLES[family]}`;
}

function statusBlock(code: HttpStatus, paint: Paint): string {
	const family = statusClass(code);
	const info = statusInfo(code);
	if (info === undefined) {
		return `${paint(family, String(code))} is a valid status code (100 to 599), but not a named one: it has no registered phrase and no constant to import.\n${field('class', classLine(family, paint))}${field('guard', STATUS_CLASS_GUARDS[family])}`;
	}
	return [
		`${paint(family, String(code))} ${info.phrase}\n`,
		field('class', classLine(family, paint)),
		field('standing', STANDINGS[info.standing]),
		field('reference', info.reference ?? 'none: not in the IANA registry'),
		field('import', info.constant),
		...info.deprecated.map(name => field('', `${name} (deprecated alias)`)),
		field('guard', STATUS_CLASS_GUARDS[family]),
		field('meaning', info.meaning),
		info.note === undefined ? '' : field('note', info.note),
	].join('');
}

/**
 * One aligned line per status: code, phrase padded to the longest, constant, and in brackets a standing other
 * than `'standard'` and the `tag`, if any.
 *
 * @example
 * ```ts
 * statusLines([{status: statusInfo(418), tag: 'a tag'}], painter(false));
 * //=> "  418  I'm a teapot  HTTP_418_IM_A_TEAPOT  (unused; a tag)\n"
 * ```
 */
export function statusLines(statuses: ReadonlyArray<{readonly status: StatusInfo; readonly tag?: string | undefined}>, paint: Paint): string {
	const width = Math.max(...statuses.map(({status}) => status.phrase.length));
	return statuses
		.map(({status, tag}) => {
			const tags = [...(status.standing === 'standard' ? [] : [status.standing]), ...(tag === undefined ? [] : [tag])];
			const suffix = tags.length === 0 ? '' : `  (${tags.join('; ')})`;
			return `  ${paint(status.class, String(status.code))}  ${status.phrase.padEnd(width)}  ${status.constant}${suffix}\n`;
		})
		.join('');
}

function classBlock(family: StatusClass, paint: Paint): string {
	const statuses = STATUS_REGISTRY.filter(status => status.class === family);
	return `${classLine(family, paint)}: ${statuses.length} named codes\n${statusLines(
		statuses.map(status => ({status})),
		paint,
	)}`;
}

function matchTag({field: which, name}: SearchMatch): string | undefined {
	return which === 'deprecated' ? `matched deprecated alias ${name}` : undefined;
}

/**
 * The text the command line writes for an answer; colours come from `paint`. An error goes to standard
 * error, with its suggestions, never coloured.
 *
 * @example
 * ```ts
 * renderText({kind: 'class', class: '1xx'}, painter(false)).stdout.split('\n')[0];
 * //=> '1xx Informational: 5 named codes'
 * ```
 */
export function renderText(answer: Answer, paint: Paint): TextOutput {
	switch (answer.kind) {
		case 'all': {
			return {stdout: CLASSES.map(family => classBlock(family, paint)).join('\n'), stderr: ''};
		}
		case 'class': {
			return {stdout: classBlock(answer.class, paint), stderr: ''};
		}
		case 'status': {
			return {stdout: statusBlock(answer.code, paint), stderr: ''};
		}
		case 'search': {
			const [first, ...rest] = answer.matches;
			if (rest.length === 0) {
				const tag = matchTag(first!);
				return {stdout: `${statusBlock(first!.status.code, paint)}${tag === undefined ? '' : field('search', tag)}`, stderr: ''};
			}
			const lines = statusLines(
				answer.matches.map(match => ({status: match.status, tag: matchTag(match)})),
				paint,
			);
			return {stdout: `${answer.matches.length} matches for ${quoteText(answer.query)}, best first:\n${lines}`, stderr: ''};
		}
		case 'error': {
			const suggestions =
				answer.suggestions.length === 0
					? ''
					: `did you mean:\n${statusLines(
							answer.suggestions.map(status => ({status})),
							painter(false),
						)}`;
			return {stdout: '', stderr: `typed-http-status: ${answer.message}\n${suggestions}`};
		}
	}
}
