// Section of docs/performance.md: typed-http-status/openapi at GitHub's scale. The program that computes
// OperationStatus and OperationResult for every operation of GitHub's REST API (@octokit/openapi-types) and checks
// a sample of key lists against the description (@octokit/openapi), against the same program written with
// TypeScript alone: Types, Instantiations and check time (the median of RUNS), under TypeScript 6 and 7.
import * as budget from '../lib/budgets.mjs';
import {signed, table} from '../lib/markdown.mjs';
import {checkCost, compilers} from '../lib/typecheck.mjs';
import {githubPrograms} from '../scenarios/typecheck/openapi-github.mjs';
import {median} from '../lib/median.mjs';

/** Runs per program and compiler, alternating the two programs; the median check time counts (the machine is shared). */
const RUNS = 5;

/**
 * @param {{dir: string, modules: string}} link the folder made by linkPackage.
 * @returns {string} the section's Markdown.
 */
export function openapiSection(link) {
	const programs = githubPrograms(link);
	const rows = [];
	const verdicts = [];
	for (const compiler of /** @type {Array<keyof typeof compilers>} */ (Object.keys(compilers))) {
		// Alternate the two programs, so that a burst of load on the shared machine falls on both.
		const plainRuns = [];
		const ourRuns = [];
		for (let run = 0; run < RUNS; run++) {
			plainRuns.push(checkCost({compiler, dir: link.dir, source: programs.plain, skipLibCheck: true}));
			ourRuns.push(checkCost({compiler, dir: link.dir, source: programs.ours, skipLibCheck: true}));
		}
		/** @param {import('../lib/typecheck.mjs').CheckCost[]} runs */
		const middle = runs => ({...runs[0], checkSeconds: median(runs.map(run => run.checkSeconds))});
		const plain = middle(plainRuns);
		const ours = middle(ourRuns);
		const ratio = ours.checkSeconds / plain.checkSeconds;
		for (const {name, cost} of [
			{name: 'TypeScript alone', cost: plain},
			{name: 'typed-http-status/openapi', cost: ours},
		]) {
			rows.push([
				`${compiler}, ${name}`,
				cost.types.toLocaleString('en-US'),
				`${cost.instantiations.toLocaleString('en-US')}${cost === ours ? ` (${signed(ours.instantiations - plain.instantiations)})` : ''}`,
				`${(cost.checkSeconds * 1000).toFixed(0)} ms`,
			]);
		}
		verdicts.push([
			`${compiler}: check time ≤ ${budget.OPENAPI_CHECK_RATIO} × TypeScript alone`,
			`${ratio.toFixed(2)} ×`,
			ratio <= budget.OPENAPI_CHECK_RATIO ? 'met' : `**not met**, by ${((ratio - budget.OPENAPI_CHECK_RATIO) * 100).toFixed(0)} points`,
		]);
	}
	return `## typed-http-status/openapi at GitHub's scale

GitHub's REST API as @octokit/openapi-types types it (${programs.operations.toLocaleString('en-US')} operations): the program computes
\`OperationStatus\` and \`OperationResult\` (status and body) for every operation and checks ${programs.sampled} key lists that
\`typed-http-status openapi\` printed from @octokit/openapi's description against \`DeclaredKeys\` and the description's own keys
(bench/scenarios/typecheck/openapi-github.mjs, run by \`npm run bench\`); the same program written with TypeScript alone gets the same
information the way openapi-fetch's users do: each declared status's body by indexed access
(\`operations[id]['responses'][status]['content'][media type]\`), the keys with \`keyof\`. \`skipLibCheck: true\`; check time is the median of ${RUNS} runs of each, the two programs alternating.

${table(['program', 'Types', 'Instantiations', 'Check time'], rows)}
${table(['budget', 'measured', 'verdict'], verdicts, false)}
`;
}
