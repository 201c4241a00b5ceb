// Section 3 of docs/performance.md: what a consumer program costs the type checker with each package, against
// the same program written with plain numbers, under TypeScript 6 and 7, with skipLibCheck on and off.
import {dirname, relative} from 'node:path';
import statuses from 'statuses';
import * as budget from '../lib/budgets.mjs';
import {root} from '../lib/link.mjs';
import {signed, table} from '../lib/markdown.mjs';
import {phrases, registry} from '../lib/codes.mjs';
import {checkCost, checkProgram, compilers} from '../lib/typecheck.mjs';
import {atScaleProgram, FILES, HANDLERS_PER_FILE, IDIOMS} from '../scenarios/typecheck/at-scale.mjs';
import {honoProgram} from '../scenarios/typecheck/hono.mjs';
import {httpStatusCodesProgram} from '../scenarios/typecheck/http-status-codes.mjs';
import {httpStatusProgram} from '../scenarios/typecheck/http-status.mjs';
import {plainProgram} from '../scenarios/typecheck/plain.mjs';
import {statusesProgram} from '../scenarios/typecheck/statuses.mjs';
import {typedHttpStatusProgram} from '../scenarios/typecheck/typed-http-status.mjs';
import {median} from '../lib/median.mjs';

/**
 * The declaration files a program loaded, short: `dist/index.d.ts`, or `http-status-codes/build/cjs/*.d.ts (5)`.
 *
 * @param {readonly string[]} files absolute paths.
 * @returns {string} a table cell.
 */
function loadedFiles(files) {
	const short = files.map(file => relative(root, file).replace(/^bench\/node_modules\//, ''));
	if (short.length === 0) {
		return '—';
	}
	return short.length === 1 ? `\`${short[0]}\`` : `\`${dirname(short[0])}/*.d.ts\` (${short.length})`;
}

/**
 * Check every consumer program and write the section.
 *
 * @param {{dir: string}} link the folder made by linkPackage (with the peers linked).
 * @returns {string} the section's Markdown.
 */
export function typecheckSection(link) {
	const programs = {
		'plain numbers': plainProgram(phrases),
		'typed-http-status': typedHttpStatusProgram(registry.map(entry => entry.code).filter(code => code >= 500)),
		'http-status-codes': httpStatusCodesProgram(),
		'http-status': httpStatusProgram(),
		statuses: statusesProgram(/** @type {Record<number, string>} */ (statuses.message)),
		hono: honoProgram(phrases),
	};
	const sections = [];
	/** @type {string[][]} */
	const verdictRows = [];
	for (const compiler of /** @type {Array<keyof typeof compilers>} */ (Object.keys(compilers))) {
		for (const skipLibCheck of [true, false]) {
			const costs = Object.fromEntries(Object.entries(programs).map(([name, source]) => [name, checkCost({compiler, dir: link.dir, source, skipLibCheck})]));
			const plain = costs['plain numbers'];
			const rows = Object.entries(costs).map(([name, cost]) => [
				name,
				`${cost.types.toLocaleString('en-US')} (${signed(cost.types - plain.types)})`,
				`${cost.instantiations.toLocaleString('en-US')} (${signed(cost.instantiations - plain.instantiations)})`,
				`${cost.files} (${signed(cost.files - plain.files)})`,
				`${(cost.checkSeconds * 1000).toFixed(0)} ms`,
				loadedFiles(cost.loaded),
			]);
			sections.push(
				`### ${compiler}, \`skipLibCheck: ${skipLibCheck}\`\n\n${table(['program', 'Types', 'Instantiations', 'Files', 'Check time', 'declarations loaded'], rows)}`,
			);
			if (compiler === 'tsc 6' && skipLibCheck) {
				const ours = costs['typed-http-status'];
				const types = ours.types - plain.types;
				const instantiations = ours.instantiations - plain.instantiations;
				verdictRows.unshift(
					[
						`≤ +${budget.INSTANTIATIONS_OVER_PLAIN} Instantiations`,
						signed(instantiations),
						instantiations <= budget.INSTANTIATIONS_OVER_PLAIN ? 'met' : `**not met**, by ${instantiations - budget.INSTANTIATIONS_OVER_PLAIN}`,
					],
					[
						`≤ +${budget.TYPES_OVER_PLAIN} Types`,
						signed(types),
						types <= budget.TYPES_OVER_PLAIN ? 'met' : `**not met**, by ${types - budget.TYPES_OVER_PLAIN}`,
					],
					[
						"only the package's own declarations loaded",
						ours.loaded.map(file => relative(root, file)).join(', '),
						ours.loaded.length === 1 ? 'met' : '**not met**',
					],
				);
			}
			if (!skipLibCheck) {
				const ours = costs['typed-http-status'].instantiations;
				const peer = costs['http-status-codes'].instantiations;
				verdictRows.push([
					`${compiler}, \`skipLibCheck: false\`: ≤ ${budget.LIB_CHECK_RATIO}× the Instantiations of http-status-codes`,
					`${ours.toLocaleString('en-US')}, ${(ours / peer).toFixed(2)}× ${peer.toLocaleString('en-US')}`,
					ours <= budget.LIB_CHECK_RATIO * peer ? 'met' : `**not met**, by ${(ours - budget.LIB_CHECK_RATIO * peer).toLocaleString('en-US')}`,
				]);
			}
		}
	}
	const verdict = table(['budget (tsc 6 over plain numbers, unless named)', 'measured', 'verdict'], verdictRows, false);
	const scale = atScaleSection(link);
	return `## 3. Consumer type-check cost

${scale}

One generated consumer program per package (\`bench/scenarios/typecheck/\`; each file's header names the idioms):
50 handlers returning typed statuses, 50 responders narrowing them by class, looking up phrases and sending 5xx
codes through one retry \`switch\` (exhaustive where the package has class types). The baseline is the same
program with plain numbers, inline range checks and a local phrase table. Each is checked as an ES module
(\`strict\`, \`module: nodenext\`, \`lib: es2022\`, \`types: []\`) with \`tsc --extendedDiagnostics --listFiles\`.
Types, Instantiations and Files are exact and the same on every run; check time is one noisy run, shown only
for scale. The signed figures are over the plain-number program.

${verdict}
How typed-http-status stays within budget: the class types (\`Status4xx\` …) are derived from \`StatusCode\` by
matching all codes at once (\`\${StatusCode}\` intersected with \`4\${string}\`, then read back as numbers from the code table), not one
conditional type per code, which alone would cost every consumer about 1,300 more instantiations; a trailing
\`| never\` keeps each type's name at no measurable cost. Each guard has one generic signature whose parameter is
\`Code | SuccessIn<Code>\` (for \`isSuccess\`), its own predicate as the extra member: the compiler accepts the predicate
at once, where relating it to \`number\` computed every answer for every guard (about 1,000 instantiations each with
\`skipLibCheck: false\`), at a cost of about 300 instantiations in this program over a deferred \`number\` member. The
predicate is \`StatusIn\` at the guard's class, written out by the generator with the class in place (\`SuccessIn\`,
\`ErrorIn\` …), so that no answer instantiates the class; and \`StatusIn\` asks its questions about the value itself,
one conditional after another, rather than reading a table of answers at the kind \`InputKind\` finds (together 62
fewer instantiations in the program at scale). The answer is read through \`infer Answer extends
HttpStatusByClass['2xx']\`, so that inferring \`Code\` at a call meets a bare \`Answer\` and computes no constraint of
the answers (84 fewer instantiations in this program). That bound, the class's statuses, is read from a table with one
entry per class, as \`UnregisteredStatus\` reads its brands: a conditional type distributed over the classes was
instantiated anew for every guard and every answer (62 more instantiations in this program, 88 more in the one at
scale).
What remains over the plain program is the string forms of the codes the class types go through, the literal phrase
types and the narrowed unions of both branches. With \`skipLibCheck: false\` the compiler also checks the package's
declarations; the answer tables are written so that checking them builds none of their per-code entries (the digits
of a code are inferred one by one, not matched against a \`Digit\` union that a template type expands a hundredfold),
and \`statusClass\`'s tables read the class of a code they already know is named without \`ClassOf\`'s
\`StatusCode\` constraint, whose proof cost about 350 instantiations there.

${sections.join('\n')}`;
}

/**
 * How many times each program of the at-scale comparison is checked, interleaved, for its median check time. TypeScript
 * 6 reports check time in hundredths of a second, and with 5 runs the median of http-status-codes' form read 380 ms in
 * one bench and 450 ms in the next, an hour apart, which moved the ratio by 0.19× while ours moved by 10 ms. With 11,
 * the ratios still ranged from 1.23× to 1.31× (TypeScript 6) and from 1.32× to 1.64× (TypeScript 7, whose four checkers
 * take 20 to 40 ms, read in whole milliseconds) over four benches in a day whose builds differed by a few percent in
 * instantiations; 21 runs narrow the spread of the median. They do not remove it for TypeScript 7: with one build
 * (2026-12-03), five runs of this section in an hour read 1.18×, 1.21×, 1.61×, 1.64× and 1.17×. The table shows each
 * form's fastest and slowest run beside the median.
 */
const RUNS = 21;

/**
 * The 300-handler program in three forms, checked by each compiler: Instantiations (exact) and the median check time
 * of RUNS interleaved runs (bare, http-status-codes, typed-http-status, then the other way round, …), so that a busy
 * machine slows each form alike.
 *
 * @param {{dir: string}} link the folder made by linkPackage (with the peers linked).
 * @returns {string} the subsection's Markdown.
 */
function atScaleSection(link) {
	const forms = /** @type {const} */ (['bare', 'http-status-codes', 'typed-http-status']);
	const rows = [];
	const verdicts = [];
	/** @type {Partial<Record<keyof typeof compilers, number>>} */
	const oursMeasured = {};
	for (const compiler of /** @type {Array<keyof typeof compilers>} */ (Object.keys(compilers))) {
		/** @type {Record<string, {instantiations: number, times: number[]}>} */
		const measured = {};
		for (let run = 0; run < RUNS; run++) {
			// Every other run goes the other way round, so that no form is always the first checked after a pause.
			for (const form of run % 2 === 0 ? forms : [...forms].reverse()) {
				const cost = checkProgram({compiler, dir: link.dir, files: atScaleProgram(form), skipLibCheck: true});
				const entry = (measured[form] ??= {instantiations: cost.instantiations, times: []});
				entry.times.push(cost.checkSeconds);
			}
		}
		const bare = measured['bare'];
		const peer = measured['http-status-codes'];
		const ours = measured['typed-http-status'];
		if (bare === undefined || peer === undefined || ours === undefined) {
			continue;
		}
		for (const form of forms) {
			const entry = measured[form];
			if (entry === undefined) {
				continue;
			}
			rows.push([
				compiler,
				form,
				`${entry.instantiations.toLocaleString('en-US')} (${signed(entry.instantiations - bare.instantiations)})`,
				`${(median(entry.times) * 1000).toFixed(0)} ms`,
				`${(Math.min(...entry.times) * 1000).toFixed(0)} ms – ${(Math.max(...entry.times) * 1000).toFixed(0)} ms`,
				`${(median(entry.times) / median(peer.times)).toFixed(2)}×`,
			]);
		}
		oursMeasured[compiler] = ours.instantiations;
		const over = ours.instantiations - bare.instantiations;
		const ratio = median(ours.times) / median(peer.times);
		const limit = budget.AT_SCALE_INSTANTIATIONS_OVER_BARE;
		verdicts.push(
			`${compiler}: ${signed(over)} Instantiations, ${over <= limit ? '**met**' : `**not met**, by ${(over - limit).toLocaleString('en-US')}`}; ` +
				`check time ${ratio.toFixed(2)}×, ${ratio <= budget.AT_SCALE_CHECK_RATIO ? '**met**' : '**not met**'}.`,
		);
	}
	return `### At scale: ${FILES * HANDLERS_PER_FILE} handlers in ${FILES} files

The same program three ways (\`bench/scenarios/typecheck/at-scale.mjs\`): bare numbers, http-status-codes, and this
package's constants, guards on \`number\` and on unions, an exhaustive \`switch\`, \`hasStatus\` and the builders of
\`typed-http-status/response\`; \`lib: es2022, dom\`, \`skipLibCheck: true\`. Check time is the median of ${RUNS}
interleaved runs. TypeScript 7 checks this program in a few tens of milliseconds, read in whole milliseconds, and its runs spread
widely (the fastest – slowest column), so its ratio moves more from one bench to the next than TypeScript 6's. Targets: at most
+${budget.AT_SCALE_INSTANTIATIONS_OVER_BARE.toLocaleString('en-US')} Instantiations over bare numbers, and at most
${budget.AT_SCALE_CHECK_RATIO}× the check time of http-status-codes. ${verdicts.join(' ')}

${table(['compiler', 'program', 'Instantiations', 'Check time (median)', 'fastest – slowest', 'vs http-status-codes'], rows)}

${atScaleBreakdown(link, oursMeasured)}`;
}

/**
 * Where the at-scale program's Instantiations go: for each idiom, how many fewer the program costs with that idiom
 * alone written the bare way (its constants kept), under TypeScript 6, 7, and 7 with one checker.
 *
 * @param {{dir: string}} link the folder made by linkPackage.
 * @param {Partial<Record<keyof typeof compilers, number>>} measured the whole program's Instantiations under each
 * compiler with its default checkers, as the section already measured them.
 * @returns {string} the breakdown's Markdown.
 */
function atScaleBreakdown(link, measured) {
	/** @type {Array<{label: string, compiler: keyof typeof compilers, checkers?: number}>} */
	const columns = [
		{label: 'tsc 6', compiler: 'tsc 6'},
		{label: 'tsc 7', compiler: 'tsc 7'},
		{label: 'tsc 7, one checker', compiler: 'tsc 7', checkers: 1},
	];
	const count = (/** @type {(typeof columns)[number]} */ column, /** @type {ReadonlyArray<(typeof IDIOMS)[number]>} */ bare) =>
		checkProgram({compiler: column.compiler, dir: link.dir, files: atScaleProgram('typed-http-status', bare), skipLibCheck: true, checkers: column.checkers})
			.instantiations;
	const counts = columns.map(column => {
		const whole = (column.checkers === undefined ? measured[column.compiler] : undefined) ?? count(column, []);
		const each = IDIOMS.map(idiom => whole - count(column, [idiom]));
		const all = whole - count(column, IDIOMS);
		return {each, shared: all - each.reduce((sum, saved) => sum + saved, 0), all};
	});
	const cell = (/** @type {number} */ value) => value.toLocaleString('en-US');
	const rows = [
		...IDIOMS.map((idiom, index) => [
			idiom === 'isSuccess' ? '`isSuccess`, its `switch` and `assertNever`' : `\`${idiom}\``,
			...counts.map(column => cell(column.each[index] ?? Number.NaN)),
		]),
		['shared by several idioms', ...counts.map(column => cell(column.shared))],
		['**every idiom**', ...counts.map(column => `**${cell(column.all)}**`)],
	];
	return `Where the Instantiations go: how many fewer the program costs with one idiom written the bare way instead (a range
check, \`===\`, \`new Response\`; the constants kept), and with every idiom bare. TypeScript 7 shares the 30 files among
4 checkers by default, each with caches of its own, and reports their sum: the first use of a type is paid once per
checker, so its counts are about four times TypeScript 6's for the guards and the builders, and TypeScript 6's with
one checker (\`--checkers 1\`). Every idiom is paid for at its first use and costs no more instantiations per call,
\`hasStatus\` included: each handler's response union is a type of its own, but its members each have a status that is
the code or another named code, so the call takes a signature computed once per code (src/response/client.ts says
why a predicate naming only the codes is sound there and nowhere else). So TypeScript 7's default count is about four
times its count with one checker, the last column. First uses are kept cheap where a cheaper spelling of the same type
exists: the builders' status types read unions of codes and of classes that the generator writes out beside each
set's tuple, not the tuple's element types and \`Exclude<StatusClass, '1xx'>\` (a program with one \`json\` call:
110 instantiations before, 35 after); \`Uninferred\` reads a one-member object, not a one-element tuple, whose
element would instantiate its \`Array\` base type for every status; and the checks ask whether a value is a part of
the named codes as \`Value | Code extends Code\`, not \`[Value] extends [Code]\`, which builds a tuple for every value
checked (21 instantiations in this program, measured while the guards read InputKind).

${table(['idiom written the bare way', ...columns.map(column => column.label)], rows)}`;
}
