// Section 2 of docs/performance.md: guards, phrase lookups and validation, timed with tinybench in this one
// process. Timings are noisy on a shared machine: reported as median (min–max) with ratios within the run, and
// never asserted in CI.
import httpStatus from 'http-status';
import * as httpStatusCodes from 'http-status-codes';
import statuses from 'statuses';
import {Bench} from 'tinybench';
import * as budget from '../lib/budgets.mjs';
import {importPackage} from '../lib/link.mjs';
import {table} from '../lib/markdown.mjs';
import {versionOf} from '../lib/peers.mjs';
import {phrases, registry} from '../lib/codes.mjs';
import {COUNT, drawn, SEED, shuffledCodes} from '../scenarios/runtime/data.mjs';
import {parseTasks} from '../scenarios/runtime/parse.mjs';
import {phraseTasks} from '../scenarios/runtime/phrase.mjs';
import {median} from '../lib/median.mjs';

/**
 * The classify tasks, from a fresh instance of their module: each group of inputs gets function literals of its own, so
 * that V8 compiles them for that group's inputs alone. Created once, the sorted group ran the code V8 had optimised
 * for the random order, and any call in it (even of a function that is exactly the inline check) cost 1.4 to 2.5
 * times the inline loop there; with fresh literals that cost goes.
 *
 * @param {string} group the group's name, which keys its module instance.
 * @returns {Promise<typeof import('../scenarios/runtime/classify.mjs').classifyTasks>} the task factory.
 */
async function freshClassifyTasks(group) {
	/** @type {typeof import('../scenarios/runtime/classify.mjs')} */
	const module = await import(new URL(`../scenarios/runtime/classify.mjs?group=${group}`, import.meta.url).href);
	return module.classifyTasks;
}

/** Rounds per group: in each, every task takes one sample, in turn (the order turned by one task each round), so that a
 * slow spell of the shared machine falls on the tasks of a round alike rather than on one task's samples; and the
 * warm-up runs of each task, before the first round. */
const ROUNDS = 40;
const WARMUP = 3;

/**
 * Run one group of tasks and tabulate it. A task's ratio is the median, over the rounds, of its sample divided by its
 * inline task's sample of the same round: side by side in time, so that the machine's load, which changes from one
 * second to the next, divides out.
 *
 * @param {{name: string, inline: string, run: () => void}[]} tasks the group.
 * @returns {Promise<{rows: string[][], ratios: Map<string, number>, medians: Map<string, number>}>} the table rows, each task's
 *   ratio, and its median in milliseconds.
 */
async function runGroup(tasks) {
	/** @type {Map<string, number[]>} */
	const samples = new Map(tasks.map(task => [task.name, []]));
	for (let round = 0; round < ROUNDS; round++) {
		const turn = round % tasks.length;
		const bench = new Bench({iterations: 1, time: 0, warmup: round === 0, warmupIterations: WARMUP, warmupTime: 0, throws: true, retainSamples: true});
		for (const task of [...tasks.slice(turn), ...tasks.slice(0, turn)]) {
			bench.add(task.name, task.run);
		}
		await bench.run();
		for (const task of bench.tasks) {
			const {result} = task;
			if (result.state !== 'completed' || result.latency.samples === undefined) {
				throw new Error(`${task.name}: ${result.state}`);
			}
			samples.get(task.name)?.push(...result.latency.samples);
		}
	}
	/** @param {string} name */
	const samplesOf = name => {
		const found = samples.get(name);
		if (found === undefined || found.length !== ROUNDS) {
			throw new Error(`${name}: not one sample per round`);
		}
		return found;
	};
	const ratios = new Map();
	const rows = tasks.map(({name, inline}) => {
		const times = samplesOf(name);
		const base = samplesOf(inline);
		const ratio = median(times.map((time, round) => time / (base[round] ?? Number.NaN)));
		ratios.set(name, ratio);
		const range = `${median(times).toFixed(2)} (${Math.min(...times).toFixed(2)}–${Math.max(...times).toFixed(2)})`;
		return [name, range, name === inline ? '1.00 (itself)' : `${ratio.toFixed(2)}× ${inline}`];
	});
	return {rows, ratios, medians: new Map(tasks.map(({name}) => [name, median(samplesOf(name))]))};
}

/**
 * @param {{getReasonPhrase: (code: number) => string}} library http-status-codes.
 * @param {number} code a code.
 * @returns {boolean} whether http-status-codes has a phrase for it (it throws otherwise).
 */
function knownTo(library, code) {
	try {
		return typeof library.getReasonPhrase(code) === 'string';
	} catch {
		return false;
	}
}

/**
 * Time everything and write the section.
 *
 * @param {{dir: string}} link the folder made by linkPackage.
 * @returns {Promise<string>} the section's Markdown.
 */
export async function runtimeSection(link) {
	const typed = await importPackage(link);
	const sink = {value: 0};
	const shuffled = shuffledCodes();
	const sorted = [...shuffled].sort((left, right) => left - right);
	// Codes that every package names, so that every lookup and every validation succeeds.
	const byCode = /** @type {Record<number, unknown>} */ (/** @type {unknown} */ (httpStatus));
	const known = registry
		.map(entry => entry.code)
		.filter(code => statuses.message[code] !== undefined && typeof byCode[code] === 'string' && knownTo(httpStatusCodes, code));
	const registered = drawn(known);
	const plain = {...phrases};
	const strings = registered.map(String);

	const classifyShuffled = await runGroup((await freshClassifyTasks('shuffled'))(typed, httpStatus, shuffled, sink));
	const classifySorted = await runGroup((await freshClassifyTasks('sorted'))(typed, httpStatus, sorted, sink));
	const phrase = await runGroup(phraseTasks({typed, httpStatusCodes, statuses, httpStatus}, plain, registered, sink));
	const parse = await runGroup(parseTasks({typed, statuses}, registered, strings, sink));

	const guards = ['isInformational', 'isSuccess', 'isRedirect', 'isClientError', 'isServerError', 'isError'];
	const worstGuard = Math.max(...guards.map(name => classifySorted.ratios.get(name) ?? Number.POSITIVE_INFINITY));
	const phraseRatio = phrase.ratios.get('reasonPhrase') ?? Number.POSITIVE_INFINITY;
	const frozenRatio = phrase.ratios.get('REASON_PHRASES[c] (the frozen table)') ?? Number.POSITIVE_INFINITY;
	const head = ['task', `ms per ${COUNT.toLocaleString('en-US')}: median (min–max)`, 'ratio: median over rounds'];
	return `## 2. Runtime

tinybench ${versionOf('tinybench')}, one process; each task of a group has ${WARMUP} warm-up runs, then the group runs ${ROUNDS} rounds in
which every task takes one sample, in turn (the order turned by one each round); each sample walks
${COUNT.toLocaleString('en-US')} inputs and adds its result to a sink (total ${sink.value.toExponential(3)}), so no loop is optimised away. Inputs
come from a seeded generator (mulberry32, seed ${SEED}): integers 0–700 for the guards, once in random order and
once sorted; for phrases and validation, the ${known.length} codes that typed-http-status and every peer name, in random order. Every task is its own function, so
V8 keeps separate type feedback for each, and the two classify groups each load their own copy of the task module
(\`bench/scenarios/runtime/classify.mjs\`), so that neither runs code V8 optimised for the other's inputs. The machine is shared, so only ratios within this one run mean much,
and a ratio is taken within each round (a task's sample over its baseline's of the same round, a few milliseconds apart),
then the median over the rounds: a slow spell of the machine then slows both sides of a ratio alike. They are not checked in CI.

Budgets (sorted input, median ratio): every guard ≤ ${budget.GUARD_RATIO.toFixed(2)}× its inline check: worst is
${worstGuard.toFixed(2)}×, **${worstGuard <= budget.GUARD_RATIO ? 'met' : 'not met'}** in this run; \`reasonPhrase\` ≤ ${budget.PHRASE_RATIO.toFixed(2)}× a plain object:
${phraseRatio.toFixed(2)}×, **${phraseRatio <= budget.PHRASE_RATIO ? 'met' : 'not met'}** in this run.

What a guard does over the inline range: \`typeof code === 'number'\` first and \`(code | 0) === code\` last, written in
its body by the generator (\`scripts/render-checks.mjs\`: one source, no shared helper, no built-in), which is what makes \`isClientError(404.5)\` false and keeps any object's
\`valueOf\` from running. V8 inlines the guard, and for the small integers of these arrays it folds both checks away,
so on sorted input, where every branch is predicted and any extra work would show, guard and inline tie.

Why \`reasonPhrase\` does not read \`REASON_PHRASES\` directly: the table is frozen with a null prototype, and V8
keeps such an object's elements as a dictionary, so indexing it costs several times a plain object (the
\`REASON_PHRASES[c]\` row below: ${frozenRatio.toFixed(2)}× in this run). So \`reasonPhrase\` reads the generated array literal
the table is built from (\`PHRASES_FROM_100\`, index \`code - 100\`, \`undefined\` for a code without a phrase; an array indexed by the code
itself, 100 more \`undefined\` slots, measured no faster): a packed
array whose elements are all strings or \`undefined\` (with a \`0\` among them, every read had to tell a number from a
string first), which only the library can see, so a table left unfrozen by a replaced \`Object.freeze\`
and changed later changes no answer: ${phraseRatio.toFixed(2)}× in this run. The array is given a null prototype as the module
loads (\`Reflect.setPrototypeOf\`), so a number that is no index of it (404.5, 99, 600) reads \`undefined\` from the array
alone, and \`reasonPhrase\` checks only that it was given a number (\`typeof\`, so an object's \`valueOf\` never runs):
with the range and integer checks as well, it measured 1.04× to 1.16× the plain object in the runs of the day it was
changed, and 0.90× to 1.06× without them. Where a program replaced \`Reflect.setPrototypeOf\` before the import, the
array keeps its prototype and the checks are made, so no read reaches a prototype either way. (${((((phrase.medians.get('reasonPhrase') ?? 0) - (phrase.medians.get('plain object') ?? 0)) * 1e6) / COUNT).toFixed(1)} ns per lookup over the object in this run.)

### Classify, sorted input

${table(head, classifySorted.rows, false)}
### Classify, random order

${table(head, classifyShuffled.rows, false)}
### Reason phrase of registered codes, against a plain object literal

${table(head, phrase.rows, false)}
### Validation: \`parseStatus\` against \`statuses(code)\`

${table(head, parse.rows, false)}`;
}
