import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {parseCsv, parseDescription, parseIanaCsv, parseIanaReferences, referenceMatches} from '../../scripts/iana-csv.mjs';
import {checkRegistry, nodeSnapshot, nodeTableChanges} from '../../scripts/check-conformance.mjs';
import {isReason, validateExceptions, type Entry, type Exception} from '../../scripts/registry-schema.mjs';
import {registry} from '../helpers/values.ts';

// The registry check must fail on every kind of difference it promises to catch: each case below changes the
// real registry, snapshot or exceptions table in memory by one thing and expects the problem it should cause.
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const snapshot = read('data/iana-http-status-codes.csv');
const iana = parseIanaCsv(snapshot);
const exceptions = validateExceptions(JSON.parse(read('data/registry-exceptions.json')));

/** The registry with the entry for `code` changed. */
function edit(code: number, change: Partial<Entry>): Entry[] {
	expect(registry.some(entry => entry.code === code)).toBe(true);
	return registry.map(entry => (entry.code === code ? {...entry, ...change} : entry));
}

/** The snapshot with one line replaced. */
function ianaWith(line: string, replacement: string) {
	expect(snapshot).toContain(line);
	return parseIanaCsv(snapshot.replace(line, replacement));
}

const problems = (input: Partial<Parameters<typeof checkRegistry>[0]>) => checkRegistry({registry, iana, exceptions, ...input}).problems;

describe('registry:check', () => {
	test.each<[string, () => string[], string]>([
		['a changed phrase', () => problems({registry: edit(404, {phrase: 'Not There'})}), '404: phrase "Not There", IANA says "Not Found"'],
		[
			'an old phrase IANA no longer uses',
			() => problems({registry: edit(413, {phrase: 'Payload Too Large'})}),
			'413: phrase "Payload Too Large", IANA says "Content Too Large"',
		],
		[
			'a missing code',
			() => problems({registry: registry.filter(entry => entry.code !== 451)}),
			'451: IANA assigns "Unavailable For Legal Reasons", the registry does not name it',
		],
		[
			'an obsoleted code marked standard',
			() => problems({registry: edit(510, {standing: 'standard'})}),
			"510: standing 'standard', IANA's description \"Not Extended (OBSOLETED)\" makes it 'obsoleted'",
		],
		['a temporary code marked standard', () => problems({registry: edit(104, {standing: 'standard'})}), "104: standing 'standard'"],
		[
			'an unused code marked standard',
			() => problems({registry: edit(306, {standing: 'standard'})}),
			"306: standing 'standard', IANA's description \"(Unused)\" makes it 'unused'",
		],
		['a standard code marked unused', () => problems({registry: edit(305, {standing: 'unused'})}), "305: standing 'unused'"],
		[
			'a reference to another RFC',
			() => problems({registry: edit(429, {reference: 'RFC 6586 §4'})}),
			'429: reference "RFC 6586 §4" does not match IANA\'s [RFC6585]',
		],
		[
			'a reference to another section',
			() => problems({registry: edit(404, {reference: 'RFC 9110 §15.5.4'})}),
			'404: reference "RFC 9110 §15.5.4" does not match',
		],
		[
			'a reference to another draft',
			() => problems({registry: edit(104, {reference: 'draft-ietf-httpbis-resumable-upload-04'})}),
			'104: reference "draft-ietf-httpbis-resumable-upload-04"',
		],
		['a registered code without reference', () => problems({registry: edit(200, {reference: null})}), '200: reference null does not match'],
		[
			'a temporary code whose note misses the expiry date',
			() => problems({registry: edit(104, {note: 'Temporary.'})}),
			"104: IANA's temporary registration expires 2026-11-13",
		],
		[
			'an unassigned code claimed as standard',
			() =>
				problems({
					registry: [...registry, {code: 299, phrase: 'Mostly OK', standing: 'standard' as const, reference: 'RFC 9110 §15.3', meaning: 'x'}].sort(
						(a, b) => a.code - b.code,
					),
				}),
			"299: IANA lists 227-299 as Unassigned, but the registry claims it as 'standard'",
		],
		[
			'an unassigned code named without an exception',
			() =>
				problems({registry: [...registry, {code: 599, phrase: 'Network Connect Timeout', standing: 'unregistered' as const, reference: null, meaning: 'x'}]}),
			'599: named "Network Connect Timeout" although IANA lists 512-599 as Unassigned',
		],
		[
			'a constant name that is not the phrase’s',
			() => problems({registry: edit(200, {constant: 'FINE'})}),
			'200: constant HTTP_200_FINE is not the name its phrase gives (HTTP_200_OK)',
		],
		[
			'an alias not in the table',
			() => problems({registry: edit(404, {deprecated: ['HTTP_404_MISSING']})}),
			'404: alias HTTP_404_MISSING of HTTP_404_NOT_FOUND is not listed',
		],
		[
			'an exception that no longer matches',
			() => problems({exceptions: [...exceptions, {kind: 'phrase', code: 404, ours: 'Not Found', theirs: 'Missing', reason: 'an exception for nothing'}]}),
			'exception phrase 404 "Not Found" → "Missing" matches no difference any more',
		],
		[
			'a code IANA now assigns but we call unregistered',
			() => problems({iana: ianaWith('509,Unassigned,', '509,Bandwidth Limit Exceeded,[RFC9999]')}),
			"509: standing 'unregistered'",
		],
		[
			'a phrase Node has and the table does not list',
			() => problems({node: {...nodeLike(), 404: 'Not found'}}),
			'404: Node\'s http.STATUS_CODES says "Not found", we say "Not Found"',
		],
		[
			'a code Node names and we do not',
			() => problems({node: {...nodeLike(), 599: 'Network Connect Timeout Error'}}),
			"599: Node's http.STATUS_CODES names it",
		],
	])('fails on %s', (_label, run, message) => {
		expect(run().join('\n')).toContain(message);
	});

	test('checks Node only when given its table: node exceptions are not stale without one', () => {
		expect(checkRegistry({registry, iana, exceptions}).problems).toEqual([]);
		expect(problems({node: nodeLike()})).toEqual([]);
		expect(problems({node: {...nodeLike(), 413: 'Content Too Large'}})).toEqual([
			'exception node 413 "Content Too Large" → "Payload Too Large" matches no difference any more: remove it',
		]);
	});
});

describe("Node's table, per major", () => {
	const snapshots = {'20': {'200': 'OK'}, '22': {'200': 'Okay'}, about: 'text'};
	test.each([
		['20', '20'],
		['22', '22'],
		['24', '22'],
		['18', '22'],
	])('running Node %s is checked against the snapshot of Node %s', (running, used) => {
		expect(nodeSnapshot(snapshots, running).major).toBe(used);
	});
	test('a file without a snapshot is an error', () => {
		expect(() => nodeSnapshot({about: 'text'}, '20')).toThrow('expected at least one snapshot');
	});
	test('the changes between a snapshot and the running table, both ways', () => {
		expect(nodeTableChanges({'200': 'OK', '413': 'Payload Too Large'}, {'200': 'OK', '413': 'Content Too Large', '599': 'x'})).toEqual([
			'413: snapshot "Payload Too Large", running Node "Content Too Large"',
			'599: snapshot null, running Node "x"',
		]);
	});
});

/** Our registry as Node's table would be if it differed only where the exceptions table says. */
function nodeLike(): Record<string, string | undefined> {
	const table: Record<string, string | undefined> = {};
	for (const entry of registry) {
		const row = exceptions.find(exception => exception.kind === 'node' && exception.code === entry.code);
		if (!row) {
			table[entry.code] = entry.phrase;
		} else if (row.theirs !== null) {
			table[entry.code] = row.theirs;
		}
	}
	return table;
}

describe('data/registry-exceptions.json', () => {
	const row: Exception = {kind: 'phrase', code: 418, ours: "I'm a teapot", theirs: '(Unused)', reason: 'because RFC 2324 says so'};
	test.each<[string, unknown, string]>([
		['no table', [], 'expected {"exceptions": [...]}'],
		['an unknown kind', {exceptions: [{...row, kind: 'spelling'}]}, 'needs a kind'],
		['a fractional code', {exceptions: [{...row, code: 418.5}]}, 'needs a kind'],
		['no reason', {exceptions: [{...row, reason: ''}]}, 'every exception needs a reason of at least 5 words'],
		['a four-word reason', {exceptions: [{...row, reason: 'because RFC 2324 said'}]}, 'every exception needs a reason of at least 5 words'],
		['a null "theirs" outside Node', {exceptions: [{...row, theirs: null}]}, '"theirs" must be a string'],
		['a row listed twice', {exceptions: [row, row]}, 'listed twice'],
	])('is rejected with %s', (_label, data, message) => {
		expect(() => validateExceptions(data)).toThrow(message);
	});

	test.each([
		['because RFC 2324 says so', true],
		['  one two  three four five ', true],
		['one two three four', false],
		['', false],
		[undefined, false],
	])('the one rule for a reason: %j is one: %s', (reason, expected) => {
		expect(isReason(reason)).toBe(expected);
	});
});

describe('reading the IANA CSV', () => {
	test('parses quoted fields, doubled quotes and CRLF or LF line ends alike', () => {
		expect(parseCsv('a,"b, c","say ""hi"""\r\n1,,3\n4,5,6')).toEqual([
			['a', 'b, c', 'say "hi"'],
			['1', '', '3'],
			['4', '5', '6'],
		]);
		expect(parseIanaCsv(snapshot.replaceAll('\r\n', '\n'))).toEqual(iana);
	});

	test('reads the snapshot as 75 rows covering 100-599', () => {
		expect(iana.length).toBe(75);
		expect(iana[0]).toEqual({value: '100', first: 100, last: 100, description: 'Continue', reference: '[RFC9110, Section 15.2.1]'});
		expect(iana.at(-1)).toEqual({value: '512-599', first: 512, last: 599, description: 'Unassigned', reference: ''});
	});

	test.each([
		['another header', 'Code,Phrase,Reference\r\n100,Continue,[RFC9110]\r\n', 'expected the header'],
		['an HTML page', '<!DOCTYPE html>\n<html></html>\n', 'expected the header'],
		['an unclosed quote', 'Value,Description,Reference\r\n100,"Continue,[RFC9110]\r\n', 'not closed'],
		['a missing field', 'Value,Description,Reference\r\n100,Continue\r\n', 'expected 3 fields'],
		['a bad value', 'Value,Description,Reference\r\n1OO,Continue,\r\n', 'expected a code or a range'],
		['a backwards range', 'Value,Description,Reference\r\n100,Continue,\r\n199-101,Unassigned,\r\n', 'expected a code or a range'],
		['a gap', 'Value,Description,Reference\r\n100,Continue,\r\n102-599,Unassigned,\r\n', 'does not continue'],
		['an overlap', 'Value,Description,Reference\r\n100-150,Unassigned,\r\n150-599,Unassigned,\r\n', 'does not continue'],
		['a range past 599', 'Value,Description,Reference\r\n100-600,Unassigned,\r\n', 'does not continue'],
		['an empty description', 'Value,Description,Reference\r\n100-599, ,\r\n', 'has no description'],
		['rows that stop early', 'Value,Description,Reference\r\n100-499,Unassigned,\r\n', 'end at 499'],
	])('rejects %s', (_label, text, message) => {
		expect(() => parseIanaCsv(text)).toThrow(message);
	});

	test.each([
		['Not Found', {phrase: 'Not Found', standing: 'standard'}],
		['(Unused)', {phrase: '(Unused)', standing: 'unused'}],
		['Unassigned', {phrase: 'Unassigned', standing: 'unassigned'}],
		['Not Extended (OBSOLETED)', {phrase: 'Not Extended', standing: 'obsoleted'}],
		[
			'Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13)',
			{phrase: 'Upload Resumption Supported', standing: 'temporary', expires: '2026-11-13'},
		],
		['Something (TEMPORARY - registered 2030-01-01)', {phrase: 'Something', standing: 'temporary'}],
	])('reads the description %j by IANA’s conventions', (description, expected) => {
		expect(parseDescription(description)).toEqual(expected);
	});

	test('splits references and matches ours by document and, where IANA gives one, section', () => {
		const references = parseIanaReferences('[RFC2774][status-change-http-experiments-to-historic]');
		expect(references).toEqual([
			{document: 'RFC2774', section: undefined},
			{document: 'status-change-http-experiments-to-historic', section: undefined},
		]);
		expect(parseIanaReferences('')).toEqual([]);
		expect(referenceMatches('RFC 2774 §7', references)).toBe(true);
		expect(referenceMatches('RFC 2775 §7', references)).toBe(false);
		const section = parseIanaReferences('[RFC9110, Section 15.5.5]');
		expect(referenceMatches('RFC 9110 §15.5.5', section)).toBe(true);
		expect(referenceMatches('RFC 9110', section)).toBe(false);
		expect(referenceMatches('RFC 9110 §15.5.50', section)).toBe(false);
		expect(referenceMatches('RFC 91100 §15.5.5', section)).toBe(false);
		expect(referenceMatches('draft-ietf-httpbis-resumable-upload-05', parseIanaReferences('[draft-ietf-httpbis-resumable-upload-05]'))).toBe(true);
	});
});
