#!/usr/bin/env node
// @ts-check
// `npm run iana:update -- <csv file> [--date YYYY-MM-DD] [--last-updated YYYY-MM-DD]`: replaces the IANA
// snapshot (data/iana-http-status-codes.csv) with a freshly downloaded copy of
// https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv, records when it was taken in
// data/iana-snapshot.json (--date, default today in UTC; --last-updated, the "Last Updated" date the registry
// page shows), prints which codes, descriptions and references changed, then what `registry:check` says of
// the registry against the new snapshot. It never touches the network: download the file yourself.
// Exits 0 when the registry conforms to the new snapshot, 1 when it needs work, 2 when the file is not
// IANA's CSV (and then changes nothing). `--root <dir>` works on another copy of data/ (the tests use one).
import {readFileSync, renameSync, writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {parseIanaCsv} from './iana-csv.mjs';
import {dataPaths, rootFrom, runCheck} from './check-conformance.mjs';

/** @typedef {import('./iana-csv.mjs').IanaRow} IanaRow */

/**
 * The changes from one snapshot to the next, one line each, in code order: `+` a new row, `-` a row gone,
 * `~` a row whose description or reference changed.
 * @param {IanaRow[]} before
 * @param {IanaRow[]} after
 * @returns {string[]}
 */
export function diffSnapshots(before, after) {
	const old = new Map(before.map(row => [row.value, row]));
	const now = new Map(after.map(row => [row.value, row]));
	const show = (/** @type {IanaRow} */ row) => `${row.value} ${row.description}${row.reference ? ` ${row.reference}` : ''}`;
	/** @type {Array<[number, string]>} */
	const lines = [];
	for (const row of before) {
		const next = now.get(row.value);
		if (!next) {
			lines.push([row.first, `- ${show(row)}`]);
			continue;
		}
		if (next.description !== row.description) {
			lines.push([row.first, `~ ${row.value} description: ${JSON.stringify(row.description)} → ${JSON.stringify(next.description)}`]);
		}
		if (next.reference !== row.reference) {
			lines.push([row.first, `~ ${row.value} reference: ${row.reference || '(none)'} → ${next.reference || '(none)'}`]);
		}
	}
	for (const row of after.filter(row => !old.has(row.value))) {
		lines.push([row.first, `+ ${show(row)}`]);
	}
	return lines.sort((a, b) => a[0] - b[0]).map(([, line]) => line);
}

/** The value after `--name` in the arguments, if any. @param {string[]} argv @param {string} name */
function option(argv, name) {
	const at = argv.indexOf(name);
	return at >= 0 ? argv[at + 1] : undefined;
}

/**
 * Replace the snapshot under `root` with the CSV file named in `argv`, and report.
 * @param {{argv: string[], root: string, log?: (line: string) => void, today?: string, node?: Record<string, string | undefined>}} options
 * @returns {number} the exit code
 */
export function runUpdate({argv, root, log = console.log, today = new Date().toISOString().slice(0, 10), node}) {
	const valued = new Set(['--root', '--date', '--last-updated']);
	const file = argv.find((arg, index) => !arg.startsWith('--') && !valued.has(argv[index - 1] ?? ''));
	const date = option(argv, '--date') ?? today;
	const lastUpdated = option(argv, '--last-updated') ?? null;
	if (!file || !/^\d{4}-\d{2}-\d{2}$/.test(date) || (lastUpdated !== null && !/^\d{4}-\d{2}-\d{2}$/.test(lastUpdated))) {
		log('usage: npm run iana:update -- <downloaded http-status-codes-1.csv> [--date YYYY-MM-DD] [--last-updated YYYY-MM-DD]');
		return 2;
	}
	const paths = dataPaths(root);
	let text;
	let after;
	try {
		text = readFileSync(file, 'utf8');
		after = parseIanaCsv(text);
	} catch (error) {
		log(`iana:update: ${file} is not the IANA registry CSV; nothing changed. ${error instanceof Error ? error.message : String(error)}`);
		return 2;
	}
	const before = parseIanaCsv(readFileSync(paths.snapshot, 'utf8'));
	const changes = diffSnapshots(before, after);
	writeFileSync(`${paths.snapshot}.tmp`, text);
	renameSync(`${paths.snapshot}.tmp`, paths.snapshot);
	const meta = JSON.parse(readFileSync(paths.meta, 'utf8'));
	writeFileSync(paths.meta, `${JSON.stringify({...meta, retrieved: date, lastUpdated}, null, '\t').replaceAll('\n\t', '\n')}\n`);
	log(`iana:update: wrote data/iana-http-status-codes.csv (${after.length} rows, retrieved ${date}) and data/iana-snapshot.json`);
	log(changes.length === 0 ? 'no change in codes, descriptions or references' : `${changes.length} change(s) since the last snapshot:`);
	for (const line of changes) {
		log(`  ${line}`);
	}
	return runCheck({root, log, ...(node ? {node} : {})});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const argv = process.argv.slice(2);
	process.exitCode = runUpdate({argv, root: rootFrom(argv)});
}
