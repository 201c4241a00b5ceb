// @ts-check
// What a language server's checker pays for one file after an edit, in process and warm: a new program over the same
// source files (parsed once and reused, as tsserver reuses every file the edit did not touch), a new checker, the
// file's semantic diagnostics. Everything the checker builds on first use (the package's declared types, its answer
// tables, lib.dom's `Response`) is built again each time, as it is after every edit; the compiler's own code is warm.
// TypeScript 6's API, the checker tsserver runs.
import {writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {root} from './link.mjs';
import {median} from './median.mjs';
import {PROGRAM_OPTIONS, writeConsumerManifest} from './typecheck.mjs';

/** @type {typeof import('typescript')} */
const ts = createRequire(join(root, 'package.json'))('typescript');

/** The options of the at-scale program and of the editor's file, which the editor section checks with `skipLibCheck`. */
const converted = ts.convertCompilerOptionsFromJson({...PROGRAM_OPTIONS, skipLibCheck: true}, root);
if (converted.errors.length > 0) {
	throw new Error(
		`bench/lib/first-use.mjs: TypeScript refuses the programs' options: ${ts.flattenDiagnosticMessageText(converted.errors[0]?.messageText, '\n')}`,
	);
}
const {options} = converted;

/**
 * Time the first check of each file on a fresh checker, `rounds` times, the files in turn (the order reversed every
 * other round), and return each file's median over the rounds after the first `warmup`.
 *
 * @param {object} options
 * @param {string} options.dir a folder that resolves typed-http-status and its peers (see link.mjs); the files are
 *   written into it, beside a package.json that makes them ES modules.
 * @param {Record<string, string>} options.files a name (a file name without `.ts`) to its source.
 * @param {number} options.rounds timed rounds.
 * @param {number} options.warmup the rounds that warm the compiler's code, not counted.
 * @returns {Record<string, number>} milliseconds, the median, per name.
 */
export function firstUseTimes({dir, files, rounds, warmup}) {
	writeConsumerManifest(dir);
	/** @type {Map<string, import('typescript').SourceFile | undefined>} */
	const parsed = new Map();
	const host = ts.createCompilerHost(options);
	const read = host.getSourceFile.bind(host);
	host.getSourceFile = (name, language) => {
		if (!parsed.has(name)) {
			parsed.set(name, read(name, language));
		}
		return parsed.get(name);
	};
	const paths = Object.fromEntries(
		Object.entries(files).map(([name, source]) => {
			const path = join(dir, `${name}.ts`);
			writeFileSync(path, source);
			return [name, path];
		}),
	);
	/** @param {string} name @returns {number} milliseconds. */
	const check = name => {
		const path = paths[name] ?? '';
		const program = ts.createProgram([path], options, host);
		const started = performance.now();
		const diagnostics = program.getSemanticDiagnostics(program.getSourceFile(path));
		const elapsed = performance.now() - started;
		if (diagnostics.length > 0) {
			throw new Error(`${name} does not compile: ${ts.flattenDiagnosticMessageText(diagnostics[0]?.messageText, '\n')}`);
		}
		return elapsed;
	};
	const names = Object.keys(files);
	/** @type {Record<string, number[]>} */
	const times = Object.fromEntries(names.map(name => [name, []]));
	for (let round = 0; round < warmup + rounds; round++) {
		for (const name of round % 2 === 0 ? names : [...names].reverse()) {
			const elapsed = check(name);
			if (round >= warmup) {
				times[name]?.push(elapsed);
			}
		}
	}
	return Object.fromEntries(names.map(name => [name, median(times[name] ?? [])]));
}
