// Section 1 of docs/performance.md: bundle bytes of scenarios (a)–(e) for every package, against the bare
// programs, with what typed-http-status's bundles were found to contain.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import * as budget from '../lib/budgets.mjs';
import {bundleSize} from '../lib/bundle.mjs';

/** @typedef {import('../lib/bundle.mjs').BundleSize} BundleSize */
import {bundleProblems} from '../lib/inspect.mjs';
import {bytes, signed, table} from '../lib/markdown.mjs';
import {PACKAGES} from '../lib/peers.mjs';
import {SCENARIO_TITLES, SCENARIOS, scenarioFile} from '../lib/scenarios.mjs';

/**
 * Measure every scenario and write the section.
 *
 * @param {{dir: string, modules: string}} link the folder made by linkPackage.
 * @returns {Promise<string>} the section's Markdown.
 */
export async function bundleSection(link) {
	/** @param {string} scenario */
	const bareFile = scenario => {
		const file = scenarioFile('bare', scenario);
		if (file === undefined) {
			throw new Error(`bench/scenarios/bundle/bare/${scenario} is missing`);
		}
		return file;
	};
	const bare = {
		a: await bundleSize(bareFile('a'), link.modules),
		b: await bundleSize(bareFile('b'), link.modules),
		d: await bundleSize(bareFile('d'), link.modules),
	};
	/** @type {Record<string, Record<string, BundleSize | undefined>>} */
	const sizes = {};
	for (const name of PACKAGES) {
		sizes[name] = {};
		for (const scenario of SCENARIOS) {
			const file = scenarioFile(name, scenario);
			sizes[name][scenario] = file === undefined ? undefined : await bundleSize(file, link.modules);
		}
	}
	// The subpath typed-http-status/registry (meanings, references, class titles), which (e) does not include.
	const registryFile = join(link.dir, 'registry-everything.mjs');
	writeFileSync(registryFile, "export * from 'typed-http-status/registry';\n");
	const registry = await bundleSize(registryFile, link.modules);

	/** @param {BundleSize | undefined} size @param {BundleSize | undefined} versus */
	const cell = (size, versus) =>
		size === undefined ? 'n/a' : `${bytes(size.raw)} / ${bytes(size.gzip)}${versus === undefined ? '' : ` (${signed(size.raw - versus.raw)})`}`;
	const rows = SCENARIOS.map(scenario => [
		SCENARIO_TITLES[scenario],
		...PACKAGES.map(name => cell(sizes[name]?.[scenario], scenario === 'b' ? bare.b : scenario === 'd' ? bare.d : scenario === 'a' ? bare.a : undefined)),
	]);
	/** @param {string} scenario */
	const ours = scenario => {
		const size = sizes['typed-http-status']?.[scenario];
		if (size === undefined) {
			throw new Error(`typed-http-status has no bundle for scenario ${scenario}`);
		}
		return size;
	};
	const bareTexts = {a: bare.a.text, b: bare.b.text, d: bare.d.text};
	/** @type {Array<['a' | 'b' | 'c' | 'd' | 'e', string, string, boolean]>} */
	const budgets = [
		['a', budget.bundleBudgets.a, `${bytes(ours('a').raw)} B = ${bytes(bare.a.raw)} B`, ours('a').raw === bare.a.raw],
		[
			'b',
			budget.bundleBudgets.b,
			`${signed(ours('b').raw - bare.b.raw)} B raw (${signed(ours('b').raw - bare.a.raw)} B over bare (a), which has no input to check)`,
			ours('b').raw - bare.b.raw <= budget.GUARD_OVERHEAD_RAW,
		],
		['c', budget.bundleBudgets.c, `${bytes(ours('c').gzip)} B gzip`, ours('c').gzip <= budget.PHRASE_GZIP],
		['d', budget.bundleBudgets.d, `${bytes(ours('d').raw)} B = ${bytes(bare.d.raw)} B`, ours('d').raw === bare.d.raw],
		['e', budget.bundleBudgets.e, `${bytes(ours('e').gzip)} B gzip`, ours('e').gzip <= budget.EVERYTHING_GZIP],
	];
	const verdicts = budgets.map(([letter, goal, measured, met]) => {
		const scenario = `(${letter})`;
		const problems = letter === 'e' ? [] : bundleProblems(letter, ours(letter).text, bareTexts);
		return [scenario, goal, measured, met && problems.length === 0 ? 'met' : `**not met**${problems.length > 0 ? `: ${problems.join('; ')}` : ''}`];
	});

	return `## 1. Bundle size

esbuild ${(await import('esbuild')).version}, \`bundle\`, \`minify\`, tree shaking on, ESM output, \`platform: 'neutral'\` with
\`mainFields: ['module', 'main']\` (each package's ESM build where it has one), legal comments dropped. Bytes are
raw / gzip (level 9). The bare programs (\`bench/scenarios/bundle/bare/\`) use no package: (a) \`console.log(404)\`
is ${bytes(bare.a.raw)} B; (b) the same with \`Number(process.argv[2])\` checked inline is ${bytes(bare.b.raw)} B; (d) two literals is
${bytes(bare.d.raw)} B. The signed figure is raw bytes over the bare program of the same scenario. Each scenario file's
header says which documented idiom of its package it uses; Hono has status types only, so its files are
TypeScript whose types are erased, and it has no phrase table for (c).

${table(['scenario', ...PACKAGES], rows)}
typed-http-status against its budgets (the bundles' text is inspected by \`bench/lib/inspect.mjs\`, and
\`test/budgets/budgets.test.ts\` checks all of this on every \`npm test\`):

${table(['scenario', 'budget', 'measured', 'verdict'], verdicts, false)}
What (b) adds over the inline program is the guard's own function, nothing else; the whole bundle:

\`\`\`js
${ours('b').text.trim()}
\`\`\`

(c) is the phrases as one array literal indexed by code (no keys, no frozen table), the lookup and its range check,
nothing else: no constant names, no guards, no class titles, no registry.

(e) is everything the main entry exports, kept whole by \`export *\`: ${bytes(ours('e').raw)} B raw / ${bytes(ours('e').gzip)} B gzip, ${ours('e').gzip <= budget.EVERYTHING_GZIP ? 'within' : '**over**'} the
${bytes(budget.EVERYTHING_GZIP)} B budget. The descriptive registry (\`STATUS_REGISTRY\`, \`statusInfo\`, \`STATUS_CLASS_TITLES\`: one frozen
record per code with its reference, constant names and a sentence of meaning) is the subpath
\`typed-http-status/registry\`, since it is most of the package's data: everything it exports is ${bytes(registry.raw)} B raw /
${bytes(registry.gzip)} B gzip on its own. A program that imports only the main entry never loads it.
`;
}
