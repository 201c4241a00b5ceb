// Section 4 of docs/performance.md: how long `import()` and `require()` of each package take in a fresh Node.js
// process, against an empty module. Each sample is its own process (the module cache would otherwise answer),
// timed inside it with performance.now() around the one import.
import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {table} from '../lib/markdown.mjs';

const SAMPLES = 15;

/**
 * @param {string} dir where to run (the linked folder).
 * @param {'import' | 'require'} how which loader.
 * @param {string} specifier what to load.
 * @returns {number[]} milliseconds, one per fresh process, sorted.
 */
function samples(dir, how, specifier) {
	const code =
		how === 'import'
			? `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`
			: `const t = performance.now(); require(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
	const times = [];
	for (let index = 0; index < SAMPLES; index++) {
		const run = spawnSync(process.execPath, how === 'import' ? ['--input-type=module', '-e', code] : ['-e', code], {cwd: dir, encoding: 'utf8'});
		if (run.status !== 0) {
			throw new Error(`${how} ${specifier} failed: ${run.stderr}`);
		}
		times.push(Number(run.stdout));
	}
	return times.sort((left, right) => left - right);
}

/**
 * Time every package's loading and write the section.
 *
 * @param {{dir: string}} link the folder made by linkPackage (with the peers linked).
 * @returns {string} the section's Markdown.
 */
export function startupSection(link) {
	writeFileSync(join(link.dir, 'empty.mjs'), '');
	writeFileSync(join(link.dir, 'empty.cjs'), '');
	const rows = [];
	for (const [name, specifier] of [
		['an empty module', './empty'],
		['typed-http-status', 'typed-http-status'],
		['http-status-codes', 'http-status-codes'],
		['http-status', 'http-status'],
		['statuses', 'statuses'],
	]) {
		const cells = [name];
		for (const how of /** @type {const} */ (['import', 'require'])) {
			const file = specifier === './empty' ? `./empty.${how === 'import' ? 'mjs' : 'cjs'}` : specifier;
			const times = samples(link.dir, how, file);
			const median = times[Math.floor(times.length / 2)];
			cells.push(`${median.toFixed(2)} (${times[0].toFixed(2)}–${times[times.length - 1].toFixed(2)})`);
		}
		rows.push(cells);
	}
	return `## 4. Startup

\`await import(name)\` and \`require(name)\` in a fresh \`node\` process (${SAMPLES} processes each), timed inside the process
around the one call; milliseconds, median (min–max). typed-http-status resolves through its exports map
(\`import\` → the ESM build, \`require\` → the CommonJS build). Hono is left out: its status module is types only,
erased before anything runs.

${table(['module', 'import(): ms', 'require(): ms'], rows, false)}`;
}
