// @ts-check
// Consumer type-check cost: write a consumer program into a folder (see link.mjs) as an ES module package, then
// run `tsc --extendedDiagnostics --listFiles` on it, from TypeScript 6 (the root `typescript`) or 7 (the root
// `typescript7`, the native compiler), and read Types, Instantiations, Files and Check time from its report.
import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {root} from './link.mjs';

/** The two compilers, by the name the report uses. */
export const compilers = {
	'tsc 6': join(root, 'node_modules/typescript/bin/tsc'),
	'tsc 7': join(root, 'node_modules/typescript7/bin/tsc'),
};

/** @typedef {keyof typeof compilers} Compiler */

/**
 * @typedef {object} CheckCost
 * @property {number} types the "Types" line of --extendedDiagnostics.
 * @property {number} instantiations the "Instantiations" line.
 * @property {number} files the "Files" line: every file the compiler loaded, TypeScript's own lib files included.
 * @property {number} checkSeconds the "Check time" line, in seconds (noisy; reported, never asserted).
 * @property {string[]} loaded the files loaded that are not TypeScript's lib files nor the program's own.
 */

/**
 * The compiler options of a program checkProgram checks (the at-scale program and the editor's file), as tsconfig.json
 * spells them, but `skipLibCheck`, which each caller chooses. bench/lib/first-use.mjs checks the editor's file with
 * the same.
 */
export const PROGRAM_OPTIONS = Object.freeze({
	strict: true,
	target: 'es2022',
	lib: ['es2022', 'dom'],
	module: 'nodenext',
	moduleResolution: 'nodenext',
	types: [],
	noEmit: true,
});

/**
 * Write the package.json that makes a folder's `.ts` files ES modules of a private package.
 *
 * @param {string} dir the folder.
 */
export function writeConsumerManifest(dir) {
	writeFileSync(join(dir, 'package.json'), `${JSON.stringify({name: 'consumer', private: true, type: 'module'})}\n`);
}

/**
 * Type-check `source` as `consumer.ts` in `dir`, a folder made by `linkPackage`.
 *
 * @param {object} options what to check and how.
 * @param {Compiler} options.compiler which TypeScript.
 * @param {string} options.dir the folder; consumer.ts, tsconfig.json and package.json are written into it.
 * @param {string} options.source the consumer program.
 * @param {boolean} options.skipLibCheck the compiler option of that name.
 * @returns {CheckCost} what the compiler reported.
 */
export function checkCost({compiler, dir, source, skipLibCheck}) {
	writeConsumerManifest(dir);
	writeFileSync(join(dir, 'consumer.ts'), source);
	const compilerOptions = {
		strict: true,
		target: 'es2022',
		lib: ['es2022'],
		module: 'nodenext',
		moduleResolution: 'nodenext',
		types: [],
		noEmit: true,
		skipLibCheck,
	};
	writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify({compilerOptions, files: ['consumer.ts']}, null, '\t')}\n`);
	const run = spawnSync(process.execPath, [compilers[compiler], '-p', dir, '--extendedDiagnostics', '--listFiles'], {encoding: 'utf8'});
	if (run.status !== 0) {
		throw new Error(`${compiler} found errors in the consumer program in ${dir}:\n${run.stdout}${run.stderr}`);
	}
	const lines = run.stdout.split('\n').map(line => line.trim());
	/** @param {string} name */
	const stat = name => {
		const line = lines.find(text => text.startsWith(`${name}:`));
		if (line === undefined) {
			throw new Error(`${compiler} printed no "${name}" line:\n${run.stdout}`);
		}
		return Number.parseFloat(line.slice(name.length + 1).trim());
	};
	const loaded = lines.filter(line => line.startsWith('/') && !/\/lib\.[\w.]+\.d\.ts$/.test(line) && line !== join(dir, 'consumer.ts'));
	return {
		types: stat('Types'),
		instantiations: stat('Instantiations'),
		files: stat('Files'),
		checkSeconds: stat('Check time'),
		loaded,
	};
}

/**
 * Type-check a program of several files in `dir` (a folder made by `linkPackage`), with the DOM's `Response`.
 *
 * @param {object} options what to check and how.
 * @param {Compiler} options.compiler which TypeScript.
 * @param {string} options.dir the folder; the files, tsconfig.json and package.json are written into it.
 * @param {Record<string, string>} options.files file name to source.
 * @param {boolean} options.skipLibCheck the compiler option of that name.
 * @param {number | undefined} [options.checkers] for TypeScript 7, how many checkers share the files (its own default, 4, when
 * omitted). Each checker has its own caches, so each pays the first use of a type again, and the Instantiations line
 * is their sum; with one, the count is TypeScript 6's.
 * @returns {CheckCost} what the compiler reported.
 */
export function checkProgram({compiler, dir, files, skipLibCheck, checkers}) {
	writeConsumerManifest(dir);
	for (const [name, source] of Object.entries(files)) {
		writeFileSync(join(dir, name), source);
	}
	const compilerOptions = {...PROGRAM_OPTIONS, skipLibCheck};
	writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify({compilerOptions, files: Object.keys(files)}, null, '\t')}\n`);
	const extra = checkers === undefined ? [] : ['--checkers', String(checkers)];
	const run = spawnSync(process.execPath, [compilers[compiler], '-p', dir, '--extendedDiagnostics', ...extra], {encoding: 'utf8'});
	if (run.status !== 0) {
		throw new Error(`${compiler} found errors in the program in ${dir}:\n${run.stdout.slice(0, 4000)}${run.stderr}`);
	}
	const lines = run.stdout.split('\n').map(line => line.trim());
	/** @param {string} name */
	const stat = name =>
		Number.parseFloat(
			lines
				.find(text => text.startsWith(`${name}:`))
				?.slice(name.length + 1)
				.trim() ?? 'NaN',
		);
	return {types: stat('Types'), instantiations: stat('Instantiations'), files: stat('Files'), checkSeconds: stat('Check time'), loaded: []};
}
