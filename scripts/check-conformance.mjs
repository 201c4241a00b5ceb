#!/usr/bin/env node
// @ts-check
// `npm run registry:check`: the one conformance check of data/registry.json, run by `npm test` as test:registry.
// Compares it with the IANA snapshot (data/iana-http-status-codes.csv) and with the committed snapshot of Node's
// http.STATUS_CODES for the running major (data/node-status-codes.json; the running Node's own table is compared
// with that snapshot and reported apart, never as a failure). Every assigned IANA code must be named with IANA's phrase, standing and reference;
// no code IANA lists as Unassigned may be claimed as registered; every difference, from IANA, from the constant
// name the phrase gives, or from Node, must be a row of data/registry-exceptions.json, and every row there must
// still match a real difference. Prints what it applied and what is wrong; exits 1 on any problem, 2 when a
// data file cannot be read or has the wrong shape.
// Usage: node scripts/check-conformance.mjs [--root <dir>] [--record-node]   (<dir> holds data/; the default is
// this checkout; --record-node first writes the running Node major's table into data/node-status-codes.json)
import {readFileSync, writeFileSync} from 'node:fs';
import {STATUS_CODES as NODE_STATUS_CODES} from 'node:http';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseDescription, parseIanaCsv, parseIanaReferences, referenceMatches} from './iana-csv.mjs';
import {constantName, validateExceptions, validateRegistry} from './registry-schema.mjs';

/** @typedef {import('./registry-schema.mjs').Entry} Entry */
/** @typedef {import('./registry-schema.mjs').Exception} Exception */
/** @typedef {import('./registry-schema.mjs').Kind} Kind */
/** @typedef {import('./iana-csv.mjs').IanaRow} IanaRow */

/** The files the checks read, under a root directory (injectable, so tests work on copies). @param {string} root */
export function dataPaths(root) {
	return {
		registry: join(root, 'data/registry.json'),
		snapshot: join(root, 'data/iana-http-status-codes.csv'),
		meta: join(root, 'data/iana-snapshot.json'),
		exceptions: join(root, 'data/registry-exceptions.json'),
		node: join(root, 'data/node-status-codes.json'),
	};
}

/**
 * A record of which exception rows a check used: `excused(...)` says whether a difference is listed, and
 * remembers the row, so that rows matching no difference any more can be reported.
 * @param {Exception[]} exceptions
 */
function exceptionLedger(exceptions) {
	/** @type {Set<Exception>} */
	const applied = new Set();
	/** @param {Kind} kind @param {number} code @param {string} ours @param {string | null} theirs */
	const excused = (kind, code, ours, theirs) => {
		const row = exceptions.find(row => row.kind === kind && row.code === code && row.ours === ours && row.theirs === theirs);
		if (row) {
			applied.add(row);
		}
		return row !== undefined;
	};
	return {excused, applied};
}

/** @typedef {ReturnType<typeof exceptionLedger>['excused']} Excused */

/**
 * The codes of one IANA row that the registry names, when IANA lists them as Unassigned.
 * @param {IanaRow} row @param {Entry[]} registry @param {Excused} excused @param {string[]} problems
 */
function checkUnassigned(row, registry, excused, problems) {
	for (const entry of registry.filter(entry => entry.code >= row.first && entry.code <= row.last)) {
		if (entry.standing !== 'unregistered' || entry.reference !== null) {
			problems.push(`${entry.code}: IANA lists ${row.value} as Unassigned, but the registry claims it as '${entry.standing}' (${entry.reference})`);
		} else if (!excused('unassigned', entry.code, entry.phrase, 'Unassigned')) {
			problems.push(`${entry.code}: named "${entry.phrase}" although IANA lists ${row.value} as Unassigned, and not listed in the exceptions`);
		}
	}
}

/**
 * One assigned IANA code against its registry entry: phrase, standing, reference, expiry.
 * @param {IanaRow} row @param {Entry} entry @param {Excused} excused @param {string[]} problems
 */
function checkAssigned(row, entry, excused, problems) {
	const said = parseDescription(row.description);
	if (entry.phrase !== said.phrase && !excused('phrase', entry.code, entry.phrase, said.phrase)) {
		problems.push(`${entry.code}: phrase "${entry.phrase}", IANA says "${said.phrase}"`);
	}
	if (entry.standing !== said.standing) {
		problems.push(`${entry.code}: standing '${entry.standing}', IANA's description "${row.description}" makes it '${said.standing}'`);
	}
	if (entry.reference === null || !referenceMatches(entry.reference, parseIanaReferences(row.reference))) {
		problems.push(`${entry.code}: reference ${JSON.stringify(entry.reference)} does not match IANA's ${row.reference || '(none)'}`);
	}
	if (said.expires && !entry.note?.includes(said.expires)) {
		problems.push(`${entry.code}: IANA's temporary registration expires ${said.expires}; the registry's note does not say so`);
	}
}

/**
 * An entry's constant name and aliases against the name its phrase gives.
 * @param {Entry} entry @param {Excused} excused @param {string[]} problems
 */
function checkNames(entry, excused, problems) {
	const name = constantName(entry);
	const {constant: _override, ...phraseOnly} = entry;
	const derived = constantName(phraseOnly);
	if (name !== derived && !excused('constant', entry.code, name, derived)) {
		problems.push(`${entry.code}: constant ${name} is not the name its phrase gives (${derived}), and not listed in the exceptions`);
	}
	for (const alias of entry.deprecated ?? []) {
		if (!excused('alias', entry.code, alias, name)) {
			problems.push(`${entry.code}: alias ${alias} of ${name} is not listed in the exceptions`);
		}
	}
}

/**
 * The registry against a table shaped like Node's http.STATUS_CODES, both ways.
 * @param {Entry[]} registry @param {Record<string, string | undefined>} node @param {Excused} excused @param {string[]} problems
 */
function checkNode(registry, node, excused, problems) {
	for (const entry of registry) {
		const theirs = node[entry.code] ?? null;
		if (theirs !== entry.phrase && !excused('node', entry.code, entry.phrase, theirs)) {
			problems.push(`${entry.code}: Node's http.STATUS_CODES says ${JSON.stringify(theirs)}, we say "${entry.phrase}", and it is not listed in the exceptions`);
		}
	}
	const ours = new Set(registry.map(entry => entry.code));
	for (const [code, phrase] of Object.entries(node)) {
		if (!ours.has(Number(code))) {
			problems.push(`${code}: Node's http.STATUS_CODES names it ("${phrase}"), the registry does not`);
		}
	}
}

/**
 * Compare the registry with the IANA rows, the constant names and (when given) Node's table.
 * @param {{registry: Entry[], iana: IanaRow[], exceptions: Exception[], node?: Record<string, string | undefined>}} input
 * @returns {{problems: string[], applied: Exception[]}}
 */
export function checkRegistry({registry, iana, exceptions, node}) {
	/** @type {string[]} */
	const problems = [];
	const {excused, applied} = exceptionLedger(exceptions);
	const byCode = new Map(registry.map(entry => [entry.code, entry]));
	for (const row of iana) {
		const entry = byCode.get(row.first);
		if (parseDescription(row.description).standing === 'unassigned') {
			checkUnassigned(row, registry, excused, problems);
		} else if (row.first !== row.last || !entry) {
			problems.push(`${row.value}: IANA assigns "${row.description}", the registry does not name it`);
		} else {
			checkAssigned(row, entry, excused, problems);
		}
	}
	for (const entry of registry) {
		checkNames(entry, excused, problems);
	}
	if (node) {
		checkNode(registry, node, excused, problems);
	}
	for (const row of exceptions) {
		if (!applied.has(row) && (row.kind !== 'node' || node)) {
			problems.push(`exception ${row.kind} ${row.code} ${JSON.stringify(row.ours)} → ${JSON.stringify(row.theirs)} matches no difference any more: remove it`);
		}
	}
	return {problems, applied: exceptions.filter(row => applied.has(row))};
}

/**
 * The Node table the check uses: the committed snapshot of the running Node major, or else of the newest major
 * recorded, so that the result depends on committed data only.
 * @param {Record<string, unknown>} snapshots the parsed data/node-status-codes.json
 * @param {string} major the running Node's major version
 * @returns {{major: string, table: Record<string, string>}}
 */
export function nodeSnapshot(snapshots, major) {
	const majors = Object.keys(snapshots).filter(key => /^\d+$/.test(key));
	const chosen = majors.includes(major) ? major : majors.sort((a, b) => Number(b) - Number(a))[0];
	if (chosen === undefined) {
		throw new Error('node-status-codes.json: expected at least one snapshot, keyed by Node major');
	}
	return {major: chosen, table: /** @type {Record<string, string>} */ (snapshots[chosen])};
}

/**
 * The differences between two tables shaped like http.STATUS_CODES, one line each, in code order.
 * @param {Record<string, string | undefined>} snapshot
 * @param {Record<string, string | undefined>} live
 */
export function nodeTableChanges(snapshot, live) {
	const codes = [...new Set([...Object.keys(snapshot), ...Object.keys(live)])].sort((a, b) => Number(a) - Number(b));
	return codes
		.filter(code => snapshot[code] !== live[code])
		.map(code => `${code}: snapshot ${JSON.stringify(snapshot[code] ?? null)}, running Node ${JSON.stringify(live[code] ?? null)}`);
}

/**
 * Run the check on the files under `root` and print the result. The registry is checked against the committed
 * Node snapshot; the running Node's own table is compared with that snapshot separately, and a difference there
 * is reported as news about Node, not as a problem of the registry.
 * @param {{root: string, log?: (line: string) => void, node?: Record<string, string | undefined>, nodeVersion?: string}} options
 * @returns {number} the exit code: 0 when everything conforms
 */
export function runCheck({root, log = console.log, node = NODE_STATUS_CODES, nodeVersion = process.versions.node}) {
	const paths = dataPaths(root);
	const registry = validateRegistry(JSON.parse(readFileSync(paths.registry, 'utf8')));
	const iana = parseIanaCsv(readFileSync(paths.snapshot, 'utf8'));
	const meta = JSON.parse(readFileSync(paths.meta, 'utf8'));
	const exceptions = validateExceptions(JSON.parse(readFileSync(paths.exceptions, 'utf8')));
	const running = nodeVersion.split('.')[0] ?? '';
	const snapshot = nodeSnapshot(JSON.parse(readFileSync(paths.node, 'utf8')), running);
	const {problems, applied} = checkRegistry({registry, iana, exceptions, node: snapshot.table});
	log(
		`registry:check: ${registry.length} named codes against ${iana.length} IANA rows (snapshot retrieved ${meta.retrieved}) and Node ${snapshot.major}'s http.STATUS_CODES (data/node-status-codes.json)`,
	);
	for (const row of applied) {
		log(`  exception  ${row.kind.padEnd(10)} ${row.code}  ${JSON.stringify(row.ours)} (${row.theirs === null ? 'none' : JSON.stringify(row.theirs)})`);
	}
	for (const problem of problems) {
		log(`  PROBLEM    ${problem}`);
	}
	log(
		problems.length === 0
			? `ok: conforms, with ${applied.length} documented exceptions`
			: `${problems.length} problem(s); fix data/registry.json (then npm run generate) or data/registry-exceptions.json`,
	);
	const changes = nodeTableChanges(snapshot.table, node);
	if (running !== snapshot.major || changes.length > 0) {
		log(
			`note: the running Node ${nodeVersion} is checked against the snapshot of Node ${snapshot.major}; its own http.STATUS_CODES ${changes.length === 0 ? 'is the same' : `differs in ${changes.length} code(s):`}`,
		);
		for (const change of changes) {
			log(`  node       ${change}`);
		}
		log(`  (not a failure: record Node ${running}'s table with npm run registry:check -- --record-node, then update the "node" exceptions)`);
	}
	return problems.length === 0 ? 0 : 1;
}

/**
 * Add the running Node major's http.STATUS_CODES to data/node-status-codes.json (replacing that major's).
 * @param {string} root
 * @returns {string} the major recorded
 */
export function recordNode(root, node = NODE_STATUS_CODES, nodeVersion = process.versions.node) {
	const path = dataPaths(root).node;
	const {about, ...snapshots} = JSON.parse(readFileSync(path, 'utf8'));
	const major = nodeVersion.split('.')[0] ?? '';
	const all = {...snapshots, [major]: node};
	const blocks = Object.keys(all)
		.sort((a, b) => Number(a) - Number(b))
		.map(
			key =>
				`${JSON.stringify(key)}: {\n${Object.entries(all[key])
					.map(([code, phrase]) => `\t${JSON.stringify(code)}: ${JSON.stringify(phrase)}`)
					.join(',\n')}\n}`,
		);
	writeFileSync(path, `{\n"about": ${JSON.stringify(about)},\n${blocks.join(',\n')}\n}\n`);
	return major;
}

/** The checkout's root, and `--root <dir>` from the arguments. @param {string[]} argv */
export function rootFrom(argv) {
	const at = argv.indexOf('--root');
	return at >= 0 && argv[at + 1] ? (argv[at + 1] ?? '') : join(dirname(fileURLToPath(import.meta.url)), '..');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	try {
		const root = rootFrom(process.argv.slice(2));
		if (process.argv.includes('--record-node')) {
			console.log(`registry:check: recorded Node ${recordNode(root)}'s http.STATUS_CODES in data/node-status-codes.json`);
		}
		process.exitCode = runCheck({root});
	} catch (error) {
		console.error(`registry:check: cannot read the data: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 2;
	}
}
