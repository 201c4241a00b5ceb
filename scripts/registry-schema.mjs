// @ts-check
/**
 * The schema of the data in data/: what an entry of registry.json, a row of registry-exceptions.json and the
 * vocabulary of vocabulary.json (classes and standings) may hold, and the naming rules derived from them.
 * One module for the generator (scripts/generate.mjs), the checks (scripts/check-conformance.mjs) and the tests.
 */
import {readFileSync} from 'node:fs';

/** @typedef {'standard' | 'temporary' | 'obsoleted' | 'unused' | 'unregistered'} Standing */
/** @typedef {'1xx' | '2xx' | '3xx' | '4xx' | '5xx'} ClassName */
/**
 * @typedef {object} Entry
 * @property {number} code
 * @property {string} phrase
 * @property {Standing} standing
 * @property {string | null} reference
 * @property {string} meaning
 * @property {string} [constant]      overrides the name derived from the phrase (the part after `HTTP_<code>_`)
 * @property {string[]} [deprecated]  older names kept as `@deprecated` aliases
 * @property {string} [note]
 */
/** @typedef {'phrase' | 'unassigned' | 'constant' | 'alias' | 'node'} Kind */
/** @typedef {{kind: Kind, code: number, ours: string, theirs: string | null, reason: string}} Exception */

/** @type {{classes: Array<{class: ClassName, title: string, section: string}>, standings: Array<{standing: Standing, words: string}>}} */
const vocabulary = JSON.parse(readFileSync(new URL('../data/vocabulary.json', import.meta.url), 'utf8'));

/** The five classes of RFC 9110 §15, with their titles, from data/vocabulary.json. */
export const CLASS_TITLES = /** @type {Readonly<Record<ClassName, string>>} */ (
	Object.freeze(Object.fromEntries(vocabulary.classes.map(({class: name, title}) => [name, title])))
);

/** The RFC 9110 section of each class, from data/vocabulary.json. */
export const CLASS_SECTIONS = /** @type {Readonly<Record<ClassName, string>>} */ (
	Object.freeze(Object.fromEntries(vocabulary.classes.map(({class: name, section}) => [name, section])))
);

/** The standings a registry entry may have, with the words the docs use for each, from data/vocabulary.json. */
export const STANDINGS = /** @type {Readonly<Record<Standing, string>>} */ (
	Object.freeze(Object.fromEntries(vocabulary.standings.map(({standing, words}) => [standing, words])))
);

/** A reference to an RFC, optionally to one section: `RFC 9110`, `RFC 9110 §15.5.5`. Anything else names a draft. */
const RFC_REFERENCE = /^RFC (\d+)(?: §([\d.]+))?$/;

/**
 * An RFC reference's number and section; `undefined` for a draft's name.
 * @param {string} reference
 * @returns {{rfc: string, section: string | undefined} | undefined}
 */
export function parseRfcReference(reference) {
	const match = RFC_REFERENCE.exec(reference);
	return match?.[1] === undefined ? undefined : {rfc: match[1], section: match[2]};
}

/**
 * The constant name for an entry: `HTTP_<code>_<PHRASE_IN_UPPER_SNAKE>`, or the entry's override.
 * @param {Pick<Entry, 'code' | 'phrase' | 'constant'>} entry
 */
export function constantName(entry) {
	const suffix =
		entry.constant ??
		entry.phrase
			.replaceAll("'", '')
			.toUpperCase()
			.replaceAll(/[^A-Z0-9]+/g, '_')
			.replaceAll(/^_|_$/g, '');
	return `HTTP_${entry.code}_${suffix}`;
}

/** @param {number} code */
export function classOf(code) {
	return /** @type {ClassName} */ (`${Math.floor(code / 100)}xx`);
}

/**
 * Check the registry's shape and order; throws an Error naming the first problem.
 * @param {unknown} data
 * @returns {Entry[]}
 */
export function validateRegistry(data) {
	if (!Array.isArray(data) || data.length === 0) {
		throw new Error('registry: expected a non-empty array of entries');
	}
	const names = new Set();
	let previous = 0;
	for (const entry of data) {
		const at = `registry entry ${JSON.stringify(entry?.code)}`;
		if (!Number.isInteger(entry?.code) || entry.code < 100 || entry.code > 599) {
			throw new Error(`${at}: code must be an integer from 100 to 599`);
		}
		if (entry.code <= previous) {
			throw new Error(`${at}: codes must be unique and in ascending order (after ${previous})`);
		}
		previous = entry.code;
		for (const field of ['phrase', 'meaning']) {
			if (typeof entry[field] !== 'string' || entry[field].trim() === '' || entry[field].includes('*/')) {
				throw new Error(`${at}: ${field} must be a non-empty string without "*/"`);
			}
		}
		if (!Object.hasOwn(STANDINGS, entry.standing)) {
			throw new Error(`${at}: standing must be one of ${Object.keys(STANDINGS).join(', ')}`);
		}
		if ((entry.reference === null) !== (entry.standing === 'unregistered')) {
			throw new Error(`${at}: reference is null exactly when the standing is "unregistered"`);
		}
		for (const name of [constantName(entry), ...(entry.deprecated ?? [])]) {
			if (!new RegExp(`^HTTP_${entry.code}_[A-Z0-9]+(?:_[A-Z0-9]+)*$`).test(name) || names.has(name)) {
				throw new Error(`${at}: constant name ${name} is malformed or taken`);
			}
			names.add(name);
		}
	}
	return data;
}

/** The kinds of difference data/registry-exceptions.json may list. */
export const KINDS = Object.freeze(/** @type {const} */ (['phrase', 'unassigned', 'constant', 'alias', 'node']));

/** The one rule for an exception's reason: a sentence of at least this many words, saying why. */
export const REASON_MIN_WORDS = 5;

/** @param {unknown} reason */
export const isReason = reason => typeof reason === 'string' && reason.trim().split(/\s+/).length >= REASON_MIN_WORDS;

/**
 * Check the exceptions table's shape: each row a known kind, a code, `ours`, `theirs` and a reason; no duplicates.
 * @param {unknown} data the parsed data/registry-exceptions.json
 * @returns {Exception[]}
 */
export function validateExceptions(data) {
	const rows = /** @type {{exceptions?: unknown}} */ (data)?.exceptions;
	if (!Array.isArray(rows)) {
		throw new Error('registry-exceptions.json: expected {"exceptions": [...]}');
	}
	const seen = new Set();
	for (const row of rows) {
		const at = `registry-exceptions.json row ${JSON.stringify(row)}`;
		if (!KINDS.includes(row?.kind) || !Number.isInteger(row.code) || typeof row.ours !== 'string') {
			throw new Error(`${at}: needs a kind (${KINDS.join(', ')}), an integer code and a string "ours"`);
		}
		if (!(typeof row.theirs === 'string' || (row.theirs === null && row.kind === 'node'))) {
			throw new Error(`${at}: "theirs" must be a string (or null for a code Node does not name)`);
		}
		if (!isReason(row.reason)) {
			throw new Error(`${at}: every exception needs a reason of at least ${REASON_MIN_WORDS} words`);
		}
		const key = `${row.kind} ${row.code} ${row.ours}`;
		if (seen.has(key)) {
			throw new Error(`${at}: listed twice`);
		}
		seen.add(key);
	}
	return rows;
}
