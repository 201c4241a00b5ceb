// @ts-check
/**
 * Reading the IANA HTTP Status Code Registry CSV (https://www.iana.org/assignments/http-status-codes/
 * http-status-codes-1.csv): columns Value, Description, Reference; a value is one code (`404`) or a range
 * (`105-199`, always "Unassigned"). Pure functions, no I/O: scripts/check-conformance.mjs and
 * scripts/update-iana-snapshot.mjs read the files.
 */
import {parseRfcReference} from './registry-schema.mjs';

/**
 * @typedef {object} IanaRow
 * @property {string} value         as written: `'404'` or `'105-199'`
 * @property {number} first         first code of the row
 * @property {number} last          last code of the row (= first for a single code)
 * @property {string} description   as written: `'Not Extended (OBSOLETED)'`
 * @property {string} reference     as written: `'[RFC9110, Section 15.5.5]'`, or `''`
 */
/**
 * @typedef {object} IanaReference
 * @property {string} document  `'RFC9110'`, `'draft-ietf-httpbis-resumable-upload-05'`, ...
 * @property {string | undefined} section  `'15.5.5'` when IANA names a section
 */

/**
 * Split CSV text into records (RFC 4180: quoted fields, `""` inside quotes, CRLF or LF line ends).
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
	/** @type {string[][]} */
	const records = [];
	/** @type {string[]} */
	let record = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text.charAt(index);
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (char === '"') {
				quoted = false;
			} else {
				field += char;
			}
		} else if (char === '"') {
			quoted = true;
		} else if (char === ',') {
			record.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[index + 1] === '\n') {
				index++;
			}
			record.push(field);
			records.push(record);
			record = [];
			field = '';
		} else {
			field += char;
		}
	}
	if (quoted) {
		throw new Error('IANA CSV: a quoted field is not closed');
	}
	if (field !== '' || record.length > 0) {
		record.push(field);
		records.push(record);
	}
	return records;
}

/**
 * Parse and check the registry CSV: the header must be IANA's, every value a code or an ascending range
 * within 100-599, rows in ascending order without overlap, covering 100-599 with no gap.
 * @param {string} text
 * @returns {IanaRow[]}
 */
export function parseIanaCsv(text) {
	const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ''));
	if (header?.join(',') !== 'Value,Description,Reference') {
		throw new Error(`IANA CSV: expected the header "Value,Description,Reference", found ${JSON.stringify(header?.join(','))}`);
	}
	/** @type {IanaRow[]} */
	const rows = [];
	let next = 100;
	for (const [line, record] of records.entries()) {
		const at = `IANA CSV line ${line + 2}`;
		if (record.length !== 3) {
			throw new Error(`${at}: expected 3 fields, found ${record.length}`);
		}
		const [value = '', description = '', reference = ''] = record;
		const match = /^(\d{3})(?:-(\d{3}))?$/.exec(value);
		const first = Number(match?.[1]);
		const last = match?.[2] === undefined ? first : Number(match[2]);
		if (!match || first > last) {
			throw new Error(`${at}: expected a code or a range of codes, found ${JSON.stringify(value)}`);
		}
		if (first !== next || last > 599) {
			throw new Error(`${at}: ${value} does not continue the rows before it (expected ${next} next, up to 599)`);
		}
		if (description.trim() === '') {
			throw new Error(`${at}: ${value} has no description`);
		}
		rows.push({value, first, last, description, reference});
		next = last + 1;
	}
	if (next !== 600) {
		throw new Error(`IANA CSV: the rows end at ${next - 1}, not 599`);
	}
	return rows;
}

/**
 * Split a Reference cell into its bracketed references: `'[RFC2774][status-change-...]'` gives two.
 * @param {string} cell
 * @returns {IanaReference[]}
 */
export function parseIanaReferences(cell) {
	return [...cell.matchAll(/\[([^\]]+)\]/g)].map(([, inner = '']) => {
		const [document = '', section] = inner.split(/,\s*Section\s+/);
		return {document: document.trim(), section: section?.trim()};
	});
}

/**
 * What a Description says, by IANA's conventions: `'(Unused)'` is an unused code; a trailing `'(OBSOLETED)'`
 * or `'(TEMPORARY - ..., expires YYYY-MM-DD)'` marks an obsoleted or temporary registration.
 * @param {string} description
 * @returns {{phrase: string, standing: 'standard' | 'temporary' | 'obsoleted' | 'unused' | 'unassigned', expires?: string}}
 */
export function parseDescription(description) {
	if (description === 'Unassigned') {
		return {phrase: description, standing: 'unassigned'};
	}
	if (description === '(Unused)') {
		return {phrase: description, standing: 'unused'};
	}
	const obsoleted = /^(.+?) \(OBSOLETED\)$/.exec(description);
	if (obsoleted?.[1]) {
		return {phrase: obsoleted[1], standing: 'obsoleted'};
	}
	const temporary = /^(.+?) \((TEMPORARY\b[^)]*)\)$/.exec(description);
	if (temporary?.[1] && temporary[2]) {
		const expires = /\bexpires (\d{4}-\d{2}-\d{2})\b/.exec(temporary[2])?.[1];
		return {phrase: temporary[1], standing: 'temporary', ...(expires ? {expires} : {})};
	}
	return {phrase: description, standing: 'standard'};
}

/**
 * Our reference (`'RFC 9110 §15.5.5'`, `'draft-...'`) in IANA's terms: `{document: 'RFC9110', section: '15.5.5'}`.
 * @param {string} reference
 * @returns {IanaReference}
 */
export function ownReference(reference) {
	const rfc = parseRfcReference(reference);
	return rfc ? {document: `RFC${rfc.rfc}`, section: rfc.section} : {document: reference, section: undefined};
}

/**
 * True when our reference names one of IANA's documents, and the same section where IANA gives one
 * (we add sections where IANA names only the RFC).
 * @param {string} ours
 * @param {IanaReference[]} theirs
 */
export function referenceMatches(ours, theirs) {
	const own = ownReference(ours);
	return theirs.some(reference => reference.document === own.document && (reference.section === undefined || reference.section === own.section));
}
