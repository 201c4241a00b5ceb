// Section 3 of docs/performance.md: what a consumer program costs the type checker with each package, against
// the same program written with plain numbers, under TypeScript 6 and 7, with skipLibCheck on and off.
import {dirname, relative} from 'node:path';
import statuses from 'statuses';
import * as budget from '../lib/budgets.mjs';
import {root} from '../lib/link.mjs';
import {signed, table} from '../lib/markdown.mjs';
import {phrases, registry} from '../lib/codes.mjs';
import {checkCost, checkProgram, compilers} from '../lib/typecheck.mjs';
import {atScaleProgram, FILES, HANDLERS_PER_FILE} from '../scenarios/typecheck/at-scale.mjs';
import {honoProgram} from '../scenarios/typecheck/hono.mjs';
import {httpStatusCodesProgram} from '../scenarios/typecheck/http-status-codes.mjs';
import {httpStatusProgram} from '../scenarios/typecheck/http-status.mjs';
import {plainProgram} from '../scenarios/typecheck/plain.mjs';
import {statusesProgram} from '../scenarios/typecheck/statuses.mjs';
import {typedHttpStatusProgram} from '../scenarios/typecheck/typed-http-status.mjs';

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
	let verdict = '';
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
				verdict = table(
					['budget (tsc 6, over plain numbers)', 'measured', 'verdict'],
					[
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
					],
					false,
				);
			}
		}
	}
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
matching all codes at once (\`\${StatusCode}\` intersected with \`4\${string}\`, then \`infer\` back to numbers), not one
conditional type per code, which alone would cost every consumer about 1,300 more instantiations; a trailing
\`| never\` keeps each type's name at no measurable cost. Each guard has one generic signature whose parameter is
\`Code | StatusIn<Code, Class>\`, its own predicate as the extra member: the compiler accepts the predicate at once,
where relating it to \`number\` computed the whole answer table for every guard (about 1,000 instantiations each with
\`skipLibCheck: false\`), at a cost of about 300 instantiations in this program over a deferred \`number\` member.
What remains over the plain program is the string forms of the codes the class types go through, the literal phrase
types and the narrowed unions of both branches. With \`skipLibCheck: false\` the compiler also checks the package's
declarations; the answer tables are written so that checking them builds none of their per-code entries (the digits
of a code are inferred one by one, not matched against a \`Digit\` union that a template type expands a hundredfold).

${sections.join('\n')}`;
}

/** How many times each program of the at-scale comparison is checked, interleaved, for its median check time. */
const RUNS = 5;

/**
 * The 300-handler program in three forms, checked by each compiler: Instantiations (exact) and the median check time
 * of RUNS interleaved runs (bare, http-status-codes, typed-http-status, bare, …), so that a busy machine slows each
 * form alike.
 *
 * @param {{dir: string}} link the folder made by linkPackage (with the peers linked).
 * @returns {string} the subsection's Markdown.
 */
function atScaleSection(link) {
	const forms = /** @type {const} */ (['bare', 'http-status-codes', 'typed-http-status']);
	const rows = [];
	for (const compiler of /** @type {Array<keyof typeof compilers>} */ (Object.keys(compilers))) {
		/** @type {Record<string, {instantiations: number, times: number[]}>} */
		const measured = {};
		for (let run = 0; run < RUNS; run++) {
			for (const form of forms) {
				const cost = checkProgram({compiler, dir: link.dir, files: atScaleProgram(form), skipLibCheck: true});
				const entry = (measured[form] ??= {instantiations: cost.instantiations, times: []});
				entry.times.push(cost.checkSeconds);
			}
		}
		const median = (/** @type {number[]} */ times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
		const bare = measured['bare'];
		const peer = measured['http-status-codes'];
		for (const form of forms) {
			const entry = measured[form];
			if (entry === undefined || bare === undefined || peer === undefined) {
				continue;
			}
			rows.push([
				compiler,
				form,
				`${entry.instantiations.toLocaleString('en-US')} (${signed(entry.instantiations - bare.instantiations)})`,
				`${(median(entry.times) * 1000).toFixed(0)} ms`,
				`${(median(entry.times) / median(peer.times)).toFixed(2)}×`,
			]);
		}
	}
	return `### At scale: ${FILES * HANDLERS_PER_FILE} handlers in ${FILES} files

The same program three ways (\`bench/scenarios/typecheck/at-scale.mjs\`): bare numbers, http-status-codes, and this
package's constants, guards on \`number\` and on unions, an exhaustive \`switch\`, \`hasStatus\` and the builders of
\`typed-http-status/response\`; \`lib: es2022, dom\`, \`skipLibCheck: true\`. Check time is the median of ${RUNS}
interleaved runs. Targets: at most +${budget.AT_SCALE_INSTANTIATIONS_OVER_BARE.toLocaleString('en-US')} Instantiations
over bare numbers, and at most ${budget.AT_SCALE_CHECK_RATIO}× the check time of http-status-codes.

${table(['compiler', 'program', 'Instantiations', 'Check time (median)', 'vs http-status-codes'], rows)}`;
}
