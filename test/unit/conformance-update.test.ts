import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {runCheck} from '../../scripts/check-conformance.mjs';
import {runUpdate} from '../../scripts/update-iana-snapshot.mjs';

// `npm run iana:update` on a copy of data/ in a temporary folder, fed the fixture CSVs of test/fixtures/
// (each the snapshot with one realistic change; see test/fixtures/README.md). Never the network, never the
// real snapshot.
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'test/fixtures', name);
const data = ['registry.json', 'iana-http-status-codes.csv', 'iana-snapshot.json', 'registry-exceptions.json', 'node-status-codes.json'];
let folder = '';
let lines: string[] = [];
const log = (line: string) => lines.push(line);
const read = (path: string) => readFileSync(join(folder, path), 'utf8');
// The check's verdict: its last line before the note a Node newer than the snapshot gets (a `note:` line and the
// indented lines after it), which is not part of the verdict and differs by the Node that runs the test.
const verdict = () => {
	const note = lines.findIndex(line => line.startsWith('note: the running Node'));
	return (note === -1 ? lines : lines.slice(0, note)).at(-1);
};

beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'iana-update-'));
	mkdirSync(join(folder, 'data'));
	for (const file of data) {
		copyFileSync(join(root, 'data', file), join(folder, 'data', file));
	}
	lines = [];
});
afterEach(() => rmSync(folder, {recursive: true, force: true}));

const update = (...argv: string[]) => runUpdate({argv, root: folder, log, today: '2027-01-02'});

describe('iana:update', () => {
	test('takes an unchanged registry (with LF line ends) and records the date', () => {
		expect(update(fixture('iana-lf.csv'), '--date', '2026-12-01', '--last-updated', '2022-06-08')).toBe(0);
		expect(read('data/iana-http-status-codes.csv')).toBe(readFileSync(fixture('iana-lf.csv'), 'utf8'));
		expect(JSON.parse(read('data/iana-snapshot.json'))).toMatchObject({retrieved: '2026-12-01', lastUpdated: '2022-06-08'});
		expect(lines).toContain('no change in codes, descriptions or references');
		expect(verdict()).toBe('ok: conforms, with 12 documented exceptions');
	});

	test('shows a renewed temporary registration, and that the note must follow it', () => {
		expect(update(fixture('iana-104-renewed.csv'))).toBe(1);
		expect(JSON.parse(read('data/iana-snapshot.json'))).toMatchObject({retrieved: '2027-01-02', lastUpdated: null});
		expect(lines).toContain('1 change(s) since the last snapshot:');
		expect(lines).toContain(
			'  ~ 104 description: "Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13)" → "Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, extension registered 2026-11-13, expires 2027-11-13)"',
		);
		expect(lines).toContain("  PROBLEM    104: IANA's temporary registration expires 2027-11-13; the registry's note does not say so");
	});

	test('shows a dropped temporary registration, and that 104 may no longer be claimed', () => {
		expect(update(fixture('iana-104-dropped.csv'))).toBe(1);
		expect(lines.slice(2, 5)).toEqual([
			'  - 104 Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13) [draft-ietf-httpbis-resumable-upload-05]',
			'  + 104-199 Unassigned',
			'  - 105-199 Unassigned',
		]);
		expect(lines.join('\n')).toContain("104: IANA lists 104-199 as Unassigned, but the registry claims it as 'temporary'");
	});

	test('shows a new code and a changed reference, and what the registry now lacks', () => {
		expect(update(fixture('iana-hypothetical-427.csv'))).toBe(1);
		expect(lines).toContain('  ~ 425 reference: [RFC8470] → [RFC8470, Section 5.3]');
		expect(lines).toContain('  ~ 427 description: "Unassigned" → "Hypothetical Test Status"');
		expect(lines).toContain('  ~ 427 reference: (none) → [RFC9999]');
		expect(lines).toContain('  PROBLEM    425: reference "RFC 8470 §5.2" does not match IANA\'s [RFC8470, Section 5.3]');
		expect(lines).toContain('  PROBLEM    427: IANA assigns "Hypothetical Test Status", the registry does not name it');
	});

	test('refuses a file that is not the IANA CSV and changes nothing', () => {
		const before = read('data/iana-http-status-codes.csv');
		expect(update(fixture('iana-not-csv.html'))).toBe(2);
		expect(update(join(folder, 'missing.csv'))).toBe(2);
		expect(read('data/iana-http-status-codes.csv')).toBe(before);
		expect(read('data/iana-snapshot.json')).toBe(readFileSync(join(root, 'data/iana-snapshot.json'), 'utf8'));
		expect(lines[0]).toMatch(/iana-not-csv\.html is not the IANA registry CSV; nothing changed\. .*expected the header/);
	});

	test.each([[[]], [['--date', '2026-13']], [[fixture('iana-lf.csv'), '--date', 'yesterday']], [[fixture('iana-lf.csv'), '--last-updated', '2022']]])(
		'prints its usage for the arguments %j',
		argv => {
			expect(update(...argv)).toBe(2);
			expect(lines).toEqual([expect.stringMatching(/^usage: npm run iana:update -- <downloaded http-status-codes-1.csv>/)]);
		},
	);
});

describe('registry:check on a copy', () => {
	test("checks against the committed Node snapshot, and reports a newer Node's own table apart, without failing", () => {
		const snapshot = JSON.parse(read('data/node-status-codes.json')) as Record<string, Record<string, string>>;
		const newer = {...snapshot['20'], 413: 'Content Too Large', 103: undefined};
		expect(runCheck({root: folder, log, node: newer, nodeVersion: '99.1.0'})).toBe(0);
		expect(lines[0]).toContain("and Node 20's http.STATUS_CODES (data/node-status-codes.json)");
		expect(lines.slice(lines.indexOf('ok: conforms, with 12 documented exceptions') + 1)).toEqual([
			'note: the running Node 99.1.0 is checked against the snapshot of Node 20; its own http.STATUS_CODES differs in 2 code(s):',
			'  node       103: snapshot "Early Hints", running Node null',
			'  node       413: snapshot "Payload Too Large", running Node "Content Too Large"',
			'  (not a failure: record Node 99\'s table with npm run registry:check -- --record-node, then update the "node" exceptions)',
		]);
	});

	test('--record-node adds the running major beside the others', () => {
		const check = spawnSync(process.execPath, [join(root, 'scripts/check-conformance.mjs'), '--root', folder, '--record-node'], {encoding: 'utf8'});
		expect(check.status).toBe(0);
		const major = process.versions.node.split('.')[0]!;
		expect(check.stdout).toContain(`recorded Node ${major}'s http.STATUS_CODES`);
		expect(JSON.parse(read('data/node-status-codes.json'))).toMatchObject({[major]: {404: 'Not Found'}});
	});

	test('fails when the snapshot is replaced behind its back', () => {
		copyFileSync(fixture('iana-hypothetical-427.csv'), join(folder, 'data/iana-http-status-codes.csv'));
		expect(runCheck({root: folder, log})).toBe(1);
		expect(verdict()).toBe('2 problem(s); fix data/registry.json (then npm run generate) or data/registry-exceptions.json');
	});

	test('the command line scripts take --root and set their exit codes', () => {
		const node = (script: string, ...argv: string[]) =>
			spawnSync(process.execPath, [join(root, 'scripts', script), '--root', folder, ...argv], {encoding: 'utf8'});
		const check = node('check-conformance.mjs');
		expect([check.status, check.stderr]).toEqual([0, '']);
		expect(check.stdout).toMatch(/^registry:check: 65 named codes against 75 IANA rows \(snapshot retrieved 2026-11-25\)/);
		const updated = node('update-iana-snapshot.mjs', fixture('iana-104-renewed.csv'), '--date', '2026-11-26');
		expect(updated.status).toBe(1);
		expect(updated.stdout).toContain('1 change(s) since the last snapshot:');
		expect(readFileSync(join(root, 'data/iana-http-status-codes.csv'), 'utf8')).not.toContain('2027-11-13');
		writeFileSync(join(folder, 'data/registry-exceptions.json'), '{"exceptions": [{"kind": "phrase", "code": 418}]}');
		const broken = node('check-conformance.mjs');
		expect([broken.status, broken.stdout]).toEqual([2, '']);
		expect(broken.stderr).toContain('registry:check: cannot read the data: registry-exceptions.json row');
	});
});
