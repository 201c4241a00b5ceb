// @ts-check
// Section of docs/performance.md: what the editor costs. One file of ten handlers from the at-scale program
// (bench/scenarios/typecheck/at-scale.mjs), in its three forms, open in the language server an editor runs
// (TypeScript 6's tsserver; TypeScript 7's `tsc --lsp`): after a one-character edit, how long until the file's
// semantic diagnostics come back, median of RUNS edits, the three forms interleaved. Then, in process, what
// TypeScript 6's checker pays for the same file on a fresh program, in each form, with each idiom alone and with its
// first handler alone, which says where the time over http-status-codes goes.
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import * as budget from '../lib/budgets.mjs';
import {openInEditor, servers} from '../lib/editor.mjs';
import {firstUseTimes} from '../lib/first-use.mjs';
import {table} from '../lib/markdown.mjs';
import {median} from '../lib/median.mjs';
import {checkProgram} from '../lib/typecheck.mjs';
import {atScaleProgram, firstFile, HANDLERS_PER_FILE, IDIOMS} from '../scenarios/typecheck/at-scale.mjs';

/**
 * Timed edits per form and server (each followed by a diagnostics request); the median counts. Single edits range from
 * 14 to 96 ms on this machine, and with 15 the ratio to http-status-codes ranged from 1.31× to 1.61× (tsserver) and
 * from 1.47× to 1.64× (tsc 7's language server) over three benches in a day whose builds differed by a few percent in
 * instantiations. With 31, two benches of the same build still read tsc 7's language server at 1.27× and 1.62× (5 ms
 * against 7 ms an edit, where a scheduling delay of a millisecond moves the median). The edits are a small part of
 * the section's time: it took 23 to 28 s with 61 edits, 26 s with 31.
 */
const RUNS = 61;

/** The forms of the program, in the order each round edits them. */
const FORMS = /** @type {const} */ (['bare', 'http-status-codes', 'typed-http-status']);

/** The text every form contains once, in its first handler, whose digit each edit replaces: `input > 0`. */
const EDITED = 'input > 0';

/** Timed rounds of the first-use measurement, and the rounds before them that warm the compiler's code. */
const FIRST_USE_ROUNDS = 60;
const FIRST_USE_WARMUP = 10;

/** @param {number} ms @returns {string} a table cell. */
const milliseconds = ms => `${ms.toFixed(0)} ms`;

/**
 * Open the first file of each form in `server`, warm it, then time RUNS rounds of edit-and-diagnose.
 *
 * @param {import('../lib/editor.mjs').Server} server which language server.
 * @param {string} dir a folder that resolves typed-http-status and http-status-codes (see link.mjs).
 * @returns {Promise<Record<(typeof FORMS)[number], number[]>>} milliseconds per timed edit, per form.
 */
async function measure(server, dir) {
	/** @type {Array<{form: (typeof FORMS)[number], session: import('../lib/editor.mjs').EditorSession, at: number}>} */
	const open = [];
	try {
		for (const form of FORMS) {
			const [name, text] = Object.entries(atScaleProgram(form))[0] ?? ['', ''];
			const folder = join(dir, `editor-${form}`);
			mkdirSync(folder, {recursive: true});
			// Writes the file, its package.json and its tsconfig.json (the at-scale options), and fails if tsc finds an error.
			checkProgram({compiler: 'tsc 6', dir: folder, files: {[name]: text}, skipLibCheck: true});
			const at = text.indexOf(EDITED) + EDITED.length - 1;
			if (at < EDITED.length - 1) {
				throw new Error(`the ${form} file has no \`${EDITED}\` to edit`);
			}
			const session = await openInEditor(server, join(folder, name), text);
			open.push({form, session, at});
			// Warm: the first diagnostics load the program; one untimed edit lets the server settle into its edit path.
			await session.diagnostics();
			session.change(at, at + 1, '1');
			await session.diagnostics();
		}
		/** @type {Record<string, number[]>} */
		const times = Object.fromEntries(FORMS.map(form => [form, []]));
		for (let run = 0; run < RUNS; run++) {
			for (const {form, session, at} of open) {
				const started = performance.now();
				session.change(at, at + 1, String((run + 2) % 10));
				const diagnostics = await session.diagnostics();
				times[form]?.push(performance.now() - started);
				if (diagnostics.length > 0) {
					throw new Error(`${server} reports errors in the ${form} file after an edit: ${diagnostics.map(diagnostic => diagnostic.message).join('; ')}`);
				}
			}
		}
		return /** @type {Record<(typeof FORMS)[number], number[]>} */ (times);
	} finally {
		await Promise.all(open.map(({session}) => session.close()));
	}
}

/**
 * Measure the editor's answer time for each form under each server, and write the section.
 *
 * @param {{dir: string}} link the folder made by linkPackage (with the peers linked).
 * @returns {Promise<string>} the section's Markdown.
 */
export async function tsserverSection(link) {
	const rows = [];
	const verdicts = [];
	for (const server of /** @type {Array<import('../lib/editor.mjs').Server>} */ (Object.keys(servers))) {
		const times = await measure(server, link.dir);
		const bare = median(times.bare);
		const peer = median(times['http-status-codes']);
		for (const form of FORMS) {
			const middle = median(times[form]);
			rows.push([
				server,
				form,
				milliseconds(middle),
				`${milliseconds(Math.min(...times[form]))} – ${milliseconds(Math.max(...times[form]))}`,
				`${(middle / bare).toFixed(2)}×`,
				`${(middle / peer).toFixed(2)}×`,
			]);
		}
		const ratio = median(times['typed-http-status']) / peer;
		const over = median(times['typed-http-status']) - budget.EDITOR_DIAGNOSTICS_RATIO * peer;
		verdicts.push([
			`${server}: ≤ ${budget.EDITOR_DIAGNOSTICS_RATIO}× http-status-codes`,
			`${ratio.toFixed(2)}×`,
			ratio <= budget.EDITOR_DIAGNOSTICS_RATIO
				? 'met'
				: `**not met**, by ${(ratio - budget.EDITOR_DIAGNOSTICS_RATIO).toFixed(2)}× (${over < 10 ? `${over.toFixed(1)} ms` : milliseconds(over)} per edit)`,
		]);
	}
	const firstUse = firstUseTable(link.dir);
	return `## In the editor: diagnostics after an edit

What a user waits for while typing: one file of ${HANDLERS_PER_FILE} handlers, the first of the at-scale program's three forms (bare
numbers, http-status-codes, this package; \`bench/scenarios/typecheck/at-scale.mjs\`, the same options, \`skipLibCheck: true\`), alone in
its project and open in the language server an editor runs: TypeScript 6's tsserver (\`node_modules/typescript/lib/tsserver.js\`,
its stdio protocol: \`change\`, then \`semanticDiagnosticsSync\`) and TypeScript 7's language server (\`tsc --lsp --stdio\` of
\`typescript7\`, which has no tsserver: \`textDocument/didChange\`, then \`textDocument/diagnostic\`, which adds the syntactic
diagnostics). Each edit replaces one digit of the first handler (\`${EDITED}\` becomes \`input > 2\`, …), and the time is from sending
the edit to receiving the diagnostics (none: every form compiles). Each server is warmed first (the diagnostics once, then one untimed edit);
the figure is the median of ${RUNS} edits per form, the three forms edited in turn, each in its own server process, so that a burst of
load on the shared machine falls on all three. Target: at most ${budget.EDITOR_DIAGNOSTICS_RATIO}× the time of http-status-codes.

${table(['server', 'program', 'after an edit (median)', 'fastest – slowest', 'vs bare', 'vs http-status-codes'], rows)}
${table(['budget', 'measured', 'verdict'], verdicts, false)}
### What the checker pays after an edit, by idiom

The same file checked in process by TypeScript 6's checker (the one tsserver runs; \`bench/lib/first-use.mjs\`): a new
program over the same parsed files and a new checker each time, as after an edit, so that every type the file uses is
built again, while the compiler's own code is warm. The forms are the three above, this package's form with every idiom
written the bare way (its constants kept), and with one idiom at a time in this package's form and the rest bare, so
that the difference from every-idiom-bare is what that idiom alone costs, its share of what the idioms build in common
included; and the file with its first handler alone, in http-status-codes' form and in this package's, the one compared
with the other. Median of ${FIRST_USE_ROUNDS} rounds after ${FIRST_USE_WARMUP} that warm up, the forms in turn. Reported, not a budget: it says where the
time over http-status-codes goes.

${table(['program', 'first check (median)', 'over every idiom bare', 'vs http-status-codes'], firstUse.rows)}
${firstUse.split}
`;
}

/**
 * Time the editor file's first check on a fresh checker, in each form and with each idiom alone.
 *
 * @param {string} dir a folder that resolves typed-http-status and http-status-codes (see link.mjs).
 * @returns {{rows: string[][], split: string}} the table's rows, and how the time over http-status-codes splits
 *   between the first handler and the others.
 */
function firstUseTable(dir) {
	/** @type {Array<[string, string, string]>} name, label, source */
	const forms = [
		['bare', 'bare', firstFile('bare')],
		['peer', 'http-status-codes', firstFile('http-status-codes')],
		['none', 'typed-http-status, every idiom bare', firstFile('typed-http-status', IDIOMS)],
		...IDIOMS.map(
			idiom =>
				/** @type {[string, string, string]} */ ([
					`only-${idiom}`,
					`typed-http-status, \`${idiom}\` alone`,
					firstFile(
						'typed-http-status',
						IDIOMS.filter(other => other !== idiom),
					),
				]),
		),
		['all', 'typed-http-status', firstFile('typed-http-status')],
		['peer-first', 'http-status-codes, its first handler alone', firstFile('http-status-codes', [], 1)],
		['all-first', 'typed-http-status, its first handler alone', firstFile('typed-http-status', [], 1)],
	];
	const folder = join(dir, 'first-use');
	mkdirSync(folder, {recursive: true});
	const times = firstUseTimes({
		dir: folder,
		files: Object.fromEntries(forms.map(([name, , source]) => [name, source])),
		rounds: FIRST_USE_ROUNDS,
		warmup: FIRST_USE_WARMUP,
	});
	const none = times['none'] ?? Number.NaN;
	const peer = times['peer'] ?? Number.NaN;
	const peerFirst = times['peer-first'] ?? Number.NaN;
	/** @param {number} ms */
	const fine = ms => `${ms.toFixed(1)} ms`;
	const rows = forms.map(([name, label]) => {
		const ms = times[name] ?? Number.NaN;
		const over = ms - none;
		const own = name === 'bare' || name.startsWith('peer') || name === 'all-first';
		// The first handler alone is compared with http-status-codes' first handler alone.
		const base = name.endsWith('-first') ? peerFirst : peer;
		return [label, fine(ms), own ? '' : `${over >= 0 ? '+' : '−'}${fine(Math.abs(over))}`, `${(ms / base).toFixed(2)}×`];
	});
	// The file with its first handler alone pays the first use of every idiom; each of the nine others adds the cost
	// of its calls. So the time over http-status-codes splits into the first handler's and the others'.
	const all = times['all'] ?? Number.NaN;
	const allFirst = times['all-first'] ?? Number.NaN;
	const further = HANDLERS_PER_FILE - 1;
	const share = (allFirst - peerFirst) / (all - peer);
	const split = `With its first handler alone, the file takes ${fine(allFirst)} in this package's form and ${fine(peerFirst)} in http-status-codes': the first handler, which pays the first use of every idiom, carries ${(share * 100).toFixed(0)} % of the ${fine(all - peer)} over http-status-codes. Each of the ${further} other handlers adds ${((all - allFirst) / further).toFixed(2)} ms in this package's form and ${((peer - peerFirst) / further).toFixed(2)} ms in http-status-codes'.`;
	return {rows, split};
}
