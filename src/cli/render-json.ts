import {CLASSES} from './classes.ts';
import type {Answer} from './resolve-query.ts';
import type {MatchField, MatchRank} from './search-statuses.ts';
import {escapeControls} from '../escape-text.ts';
import {statusClass, type HttpStatus, type StatusClass} from '../index.ts';
import {STATUS_CLASS_GUARDS, STATUS_CLASS_TITLES, STATUS_REGISTRY, statusInfo, type Standing} from '../registry.ts';

/** One status in `--json` output; every field is always present (docs/cli.md lists them). */
export interface StatusJson {
	readonly code: number;
	readonly named: boolean;
	readonly phrase: string | null;
	readonly class: StatusClass;
	readonly classTitle: string;
	readonly standing: Standing | null;
	readonly reference: string | null;
	readonly constant: string | null;
	readonly deprecated: readonly string[];
	readonly meaning: string | null;
	readonly note: string | null;
	readonly guard: string;
}

/** One class in `--json` output. */
export interface ClassJson {
	readonly class: StatusClass;
	readonly title: string;
	readonly statuses: readonly StatusJson[];
}

/** The one JSON document that `--json` prints, told apart by `kind`. */
export type JsonDocument =
	| {readonly kind: 'all'; readonly classes: readonly ClassJson[]}
	| ({readonly kind: 'class'} & ClassJson)
	| {readonly kind: 'status'; readonly status: StatusJson}
	| {
			readonly kind: 'search';
			readonly query: string;
			readonly matches: ReadonlyArray<StatusJson & {readonly match: {readonly rank: MatchRank; readonly field: MatchField; readonly name: string}}>;
	  }
	| {readonly kind: 'error'; readonly query: string; readonly message: string; readonly suggestions: readonly StatusJson[]};

/**
 * Describe any valid status for `--json`: a named code with everything the registry has, an unnamed one
 * (`599`) with `named: false`, its class and `null` for what it lacks.
 *
 * @example
 * ```ts
 * statusJson(parseStatus(599)).classTitle;
 * //=> 'Server Error'
 * ```
 */
export function statusJson(code: HttpStatus): StatusJson {
	const family = statusClass(code);
	const info = statusInfo(code);
	return {
		code,
		named: info !== undefined,
		phrase: info?.phrase ?? null,
		class: family,
		classTitle: STATUS_CLASS_TITLES[family],
		standing: info?.standing ?? null,
		reference: info?.reference ?? null,
		constant: info?.constant ?? null,
		deprecated: info?.deprecated ?? [],
		meaning: info?.meaning ?? null,
		note: info?.note ?? null,
		guard: STATUS_CLASS_GUARDS[family],
	};
}

/**
 * Every named code of a class, in order, for `--json`.
 *
 * @example
 * ```ts
 * classJson('1xx').statuses.map(status => status.code);
 * //=> [100, 101, 102, 103, 104]
 * ```
 */
export function classJson(family: StatusClass): ClassJson {
	const statuses = STATUS_REGISTRY.filter(info => info.class === family).map(info => statusJson(info.code));
	return {class: family, title: STATUS_CLASS_TITLES[family], statuses};
}

/**
 * The `--json` document for an answer, as text ending in a newline, with every character that could drive a
 * terminal written as a `\u` escape.
 *
 * @example
 * ```ts
 * JSON.parse(renderJson({kind: 'status', code: 418})).status.phrase;
 * //=> "I'm a teapot"
 * ```
 */
export function renderJson(answer: Answer): string {
	// JSON.stringify escapes C0 controls and unpaired surrogates; escapeControls escapes the rest of the characters
	// that could drive a terminal (DEL, C1, U+2028/U+2029, bidirectional controls), line by line so that the layout's
	// newlines stay. In a JSON string a `\u` escape reads back as the same character, so the document parses the same.
	const lines = JSON.stringify(jsonDocument(answer), undefined, 2).split('\n');
	return `${lines.map(line => escapeControls(line)).join('\n')}\n`;
}

function jsonDocument(answer: Answer): JsonDocument {
	switch (answer.kind) {
		case 'all': {
			return {kind: 'all', classes: CLASSES.map(family => classJson(family))};
		}
		case 'class': {
			return {kind: 'class', ...classJson(answer.class)};
		}
		case 'status': {
			return {kind: 'status', status: statusJson(answer.code)};
		}
		case 'search': {
			const matches = answer.matches.map(({status, rank, field, name}) => ({...statusJson(status.code), match: {rank, field, name}}));
			return {kind: 'search', query: answer.query, matches};
		}
		case 'error': {
			return {kind: 'error', query: answer.query, message: answer.message, suggestions: answer.suggestions.map(status => statusJson(status.code))};
		}
	}
}
