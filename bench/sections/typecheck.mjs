// Section 3 of docs/performance.md: what a consumer program costs the type checker with each package, against
// the same program written with plain numbers, under TypeScript 6 and 7, with skipLibCheck on and off.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import statuses from 'statuses';
import * as budget from '../lib/budgets.mjs';
import {root} from '../lib/link.mjs';
import {signed, table} from '../lib/markdown.mjs';
import {phrases, registry} from '../lib/codes.mjs';
import {checkCost, compilers} from '../lib/typecheck.mjs';
import {honoProgram} from '../scenarios/typecheck/hono.mjs';
import {httpStatusCodesProgram} from '../scenarios/typecheck/http-status-codes.mjs';
import {httpStatusProgram} from '../scenarios/typecheck/http-status.mjs';
import {plainProgram} from '../scenarios/typecheck/plain.mjs';
import {statusesProgram} from '../scenarios/typecheck/statuses.mjs';
import {typedHttpStatusProgram} from '../scenarios/typecheck/typed-http-status.mjs';
import {alternatives} from '../scenarios/typecheck/alternatives.mjs';

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
 * Check the consumer program against patched copies of dist/index.d.ts (scenarios/typecheck/alternatives.mjs).
 *
 * @param {{dir: string}} link the linked folder; a sibling folder `alternative/` is made inside it.
 * @param {string} source the typed-http-status consumer program.
 * @param {import('../lib/typecheck.mjs').CheckCost} plain the plain-number program's cost (tsc 6, skipLibCheck).
 * @returns {string} a table, or a note when the patches no longer apply.
 */
function alternativesTable(link, source, plain) {
	const patched = alternatives(
		readFileSync(join(root, 'dist/index.d.ts'), 'utf8'),
		registry.map(entry => entry.code),
	);
	const rows = [];
	for (const [name, declarations] of Object.entries(patched)) {
		if (declarations === undefined) {
			return 'The patches of `bench/scenarios/typecheck/alternatives.mjs` no longer apply to dist/index.d.ts.\n';
		}
		const dir = join(link.dir, `alternative-${name}`);
		const module = join(dir, 'node_modules/typed-http-status');
		mkdirSync(module, {recursive: true});
		writeFileSync(
			join(module, 'package.json'),
			JSON.stringify({name: 'typed-http-status', type: 'module', exports: {'.': {types: './index.d.ts', default: './index.js'}}}),
		);
		writeFileSync(join(module, 'index.js'), '');
		writeFileSync(join(module, 'index.d.ts'), declarations);
		const cost = checkCost({compiler: 'tsc 6', dir, source, skipLibCheck: true});
		rows.push([
			name === 'before'
				? 'class types as first written: one conditional type per code'
				: 'class unions listed as literals, `StatusCode` as `keyof typeof REASON_PHRASES`',
			signed(cost.types - plain.types),
			signed(cost.instantiations - plain.instantiations),
		]);
	}
	return table(['typed-http-status declarations (tsc 6, skipLibCheck)', 'Types over plain', 'Instantiations over plain'], rows);
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
	let alternativeCosts = '';
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
				alternativeCosts = alternativesTable(link, programs['typed-http-status'], plain);
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
	return `## 3. Consumer type-check cost

One generated consumer program per package (\`bench/scenarios/typecheck/\`; each file's header names the idioms):
50 handlers returning typed statuses, 50 responders narrowing them by class, looking up phrases and sending 5xx
codes through one retry \`switch\` (exhaustive where the package has class types). The baseline is the same
program with plain numbers, inline range checks and a local phrase table. Each is checked as an ES module
(\`strict\`, \`module: nodenext\`, \`lib: es2022\`, \`types: []\`) with \`tsc --extendedDiagnostics --listFiles\`.
Types, Instantiations and Files are exact and the same on every run; check time is one noisy run, shown only
for scale. The signed figures are over the plain-number program.

${verdict}
Instantiations: the class types (\`Status4xx\` …) are derived from \`StatusCode\`, never listed. Written as one
conditional type per code, as they were first written, they cost every consumer well over the budget (first
row of the table below); \`CodesInClass\` now matches all codes at once (\`\${StatusCode}\` intersected with \`4\${string}\`, then
\`infer\` back to numbers), which is what brings the program within budget.

**Types are not within budget.** What the plain program does not have: the 65 string forms of the codes that the
class types are derived through, the literal phrase types (\`reasonPhrase(status)\` is \`'Not Found' | …\`, not
\`string\`) and the narrowed unions in both branches of each guard. The table below checks the same consumer
against patched copies of dist/index.d.ts (\`bench/scenarios/typecheck/alternatives.mjs\`): listing the class
unions as literals, generated from data/registry.json, and deriving \`StatusCode\` from \`keyof typeof
REASON_PHRASES\` instead of the \`STATUS_CODES\` tuple would meet the budget. Both go against a written design
decision ("derive types instead of listing them"; \`StatusCode\` is \`(typeof STATUS_CODES)[number]\`), so they are
left to a decision rather than made here.

${alternativeCosts}
${sections.join('\n')}`;
}
