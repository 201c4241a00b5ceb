// Section 4 of docs/performance.md: how long `import()` and `require()` of each package take in a fresh Node.js
// process, against empty modules. Each sample is its own process (the module cache would otherwise answer), timed
// inside it with performance.now() around the one import; the modules take turns, sample after sample, so that a slow
// spell of the shared machine falls on all of them rather than on one. typed-http-status is loaded as users install
// it: the tarball that would be published (scripts/stage.mjs), unpacked into node_modules, so that Node.js reads the
// published package.json rather than the repository's, which the other sections' link points at.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {packPackage} from '../../scripts/stage.mjs';
import {benchModules, root} from '../lib/link.mjs';
import {table} from '../lib/markdown.mjs';
import {median} from '../lib/median.mjs';

const SAMPLES = 81;

/** The packages timed, ours first. */
const PACKAGES = ['typed-http-status', 'http-status-codes', 'http-status', 'statuses'];

/**
 * One sample: the milliseconds one `import()` or `require()` takes in a fresh process.
 *
 * @param {string} dir where to run (the folder of the section's node_modules).
 * @param {'import' | 'require'} how which loader.
 * @param {string} specifier what to load.
 * @returns {number} milliseconds.
 */
function sample(dir, how, specifier) {
	const code =
		how === 'import'
			? `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`
			: `const t = performance.now(); require(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
	const run = spawnSync(process.execPath, how === 'import' ? ['--input-type=module', '-e', code] : ['-e', code], {cwd: dir, encoding: 'utf8'});
	if (run.status !== 0) {
		throw new Error(`${how} ${specifier} failed: ${run.stderr}`);
	}
	return Number(run.stdout);
}

/**
 * Whether a package resolves through an `exports` map (else through `main`, or index.js).
 *
 * @param {string} folder the package's folder.
 * @returns {boolean} true for an `exports` map.
 */
function hasExportsMap(folder) {
	return /** @type {{exports?: unknown}} */ (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))).exports !== undefined;
}

/**
 * Time every package's loading and write the section.
 *
 * @param {{dir: string}} link the folder made by linkPackage, in which the section makes a folder of its own.
 * @returns {string} the section's Markdown.
 */
export function startupSection(link) {
	const dir = join(link.dir, 'startup');
	const installed = join(dir, 'node_modules', 'typed-http-status');
	mkdirSync(installed, {recursive: true});
	execFileSync('tar', ['-xzf', packPackage(root, dir), '-C', installed, '--strip-components=1']); // what npm install unpacks: the package has no dependency
	for (const peer of PACKAGES.slice(1)) {
		symlinkSync(join(benchModules, peer), join(dir, 'node_modules', peer), 'dir');
	}
	writeFileSync(join(dir, 'empty.mjs'), '');
	writeFileSync(join(dir, 'empty.cjs'), '');
	// Two empty packages, one found through `main`, one through an `exports` map shaped like typed-http-status's: the
	// floor of each way of resolving a package by name. Node.js builds its `exports` resolver the first time it needs
	// one, which costs more than many a whole package: that is Node's, paid once by the first package that has a map.
	const floors = {main: 'empty-by-main', exports: 'empty-by-exports'};
	for (const [kind, name] of Object.entries(floors)) {
		const folder = join(dir, 'node_modules', name);
		mkdirSync(folder, {recursive: true});
		const manifest =
			kind === 'main'
				? {name, version: '0.0.0', main: './index.cjs'}
				: {name, version: '0.0.0', exports: {'.': {import: {default: './index.mjs'}, require: {default: './index.cjs'}}}};
		writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest));
		writeFileSync(join(folder, 'index.cjs'), '');
		writeFileSync(join(folder, 'index.mjs'), '');
	}
	/** @type {Array<{name: string, specifier: string, floor?: string}>} */
	const modules = [
		{name: 'an empty module', specifier: './empty'},
		{name: 'an empty package, by `main`', specifier: floors.main},
		{name: 'an empty package, by an `exports` map', specifier: floors.exports},
		...PACKAGES.map(name => ({
			name,
			specifier: name,
			floor: hasExportsMap(join(dir, 'node_modules', name)) ? floors.exports : floors.main,
		})),
	];
	/** @type {Map<string, {import: number[], require: number[]}>} */
	const times = new Map(modules.map(module => [module.specifier, {import: [], require: []}]));
	for (let index = 0; index < SAMPLES; index++) {
		for (const how of /** @type {const} */ (['import', 'require'])) {
			for (const {specifier} of modules) {
				const file = specifier === './empty' ? `./empty.${how === 'import' ? 'mjs' : 'cjs'}` : specifier;
				times.get(specifier)?.[how].push(sample(dir, how, file));
			}
		}
	}
	/** @param {string} specifier @param {'import' | 'require'} how */
	const medianOf = (specifier, how) => median(times.get(specifier)?.[how] ?? []);
	/** @param {{specifier: string, floor?: string}} module @param {'import' | 'require'} how */
	const own = (module, how) => (module.floor === undefined ? Number.NaN : medianOf(module.specifier, how) - medianOf(module.floor, how));
	const rows = modules.map(module => {
		const cells = [module.name];
		for (const how of /** @type {const} */ (['import', 'require'])) {
			const values = [...(times.get(module.specifier)?.[how] ?? [])].sort((left, right) => left - right);
			cells.push(`${medianOf(module.specifier, how).toFixed(2)} (${values[0]?.toFixed(2)}–${values.at(-1)?.toFixed(2)})`);
			const over = own(module, how);
			cells.push(module.floor === undefined ? '—' : `${over >= 0 ? '+' : '−'}${Math.abs(over).toFixed(2)}`);
		}
		return cells;
	});
	const ours = modules.find(module => module.name === 'typed-http-status');
	const statuses = modules.find(module => module.name === 'statuses');
	const verdict = (/** @type {'import' | 'require'} */ how) => {
		const mine = ours === undefined ? Number.NaN : own(ours, how);
		const theirs = statuses === undefined ? Number.NaN : own(statuses, how);
		return `${how}: ${mine.toFixed(2)} ms against statuses' ${theirs.toFixed(2)} ms, **${mine <= theirs ? 'met' : 'not met'}** in this run`;
	};
	return `## 4. Startup

\`await import(name)\` and \`require(name)\` in a fresh \`node\` process (${SAMPLES} processes each, the modules taking turns), timed
inside the process around the one call; milliseconds, median (min–max). typed-http-status is this checkout's build as
users install it: the tarball that would be published, unpacked into \`node_modules\`, with the published
\`package.json\`, which Node.js reads and parses whole when it resolves the package (docs/build.md, "The published
manifest"); it resolves through its exports map (\`import\` → the ESM build, \`require\` → the CommonJS build). The
other packages are the versions below, as npm installed them. Hono is left out: its status module is types only,
erased before anything runs.

"Own" is a package's median over the median of an empty package that Node.js finds the same way (through an
\`exports\` map, as typed-http-status and http-status; or through \`main\`, as http-status-codes and statuses): what the
package's own files cost to read, compile and run. Node.js builds its \`exports\` resolver the first time a process needs
it, which is what the empty package with a map costs over the one without: a cost of Node's, paid once by whichever
package with a map comes first (most do).

${table(['module', 'import(): ms', 'import(): own', 'require(): ms', 'require(): own'], rows, false)}
Budget: typed-http-status's own cost at most statuses'. ${verdict('require')}; ${verdict('import')}.

What \`require()\` of typed-http-status compiles and runs is shaped for it (docs/build.md, "The form of the CommonJS
files"): the exports are one object literal with a null prototype and each number in place of its constant, where
tsdown writes a \`const\` and an \`exports.NAME = NAME\` store per export; the code lists and the record of phrases are written out, where the ES
build, which bundlers shake, builds them from the phrase array when it loads so that a bundle carries each code once;
the built-ins are read without the pure calls that let a bundler drop them; and the file is ASCII, which Node.js reads
into a string of one byte a character.
`;
}
