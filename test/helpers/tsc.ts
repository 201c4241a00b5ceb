// Run TypeScript 7's compiler over a project folder the way a user would, and report everything it did: a test
// asserts the exit status and both streams, so a compiler that is missing or crashes (which writes to stderr and
// nothing to stdout) fails the test instead of passing as "no errors".
import {spawnSync} from 'node:child_process';
import {dirname, join} from 'node:path';

/** What one compiler run did. */
export type CompilerRun = {readonly status: number | null; readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string};

/** The compilers the package supports, by the folder each is installed in under node_modules. */
export const COMPILERS = {'TypeScript 5.0': 'typescript5', 'TypeScript 6': 'typescript', 'TypeScript 7': 'typescript7'} as const;

/**
 * Type-check a project (a folder with a tsconfig.json, or a tsconfig file) with one of the installed compilers,
 * TypeScript 7's by default.
 *
 * @param root the repository root, where node_modules is.
 * @param project the folder holding the tsconfig.json, or the tsconfig file.
 * @param compiler the folder of the compiler under node_modules.
 */
export function compileProject(root: string, project: string, compiler: (typeof COMPILERS)[keyof typeof COMPILERS] = 'typescript7'): CompilerRun {
	const run = spawnSync(process.execPath, [join(root, 'node_modules', compiler, 'bin', 'tsc'), '-p', project], {
		encoding: 'utf8',
		timeout: 120_000,
		// Run where the project is, so that messages name its files as a user sees them there.
		cwd: project.endsWith('.json') ? dirname(project) : project,
	});
	return {status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr};
}

/** A clean run: exit status 0, no signal, nothing printed. */
export const cleanRun: CompilerRun = {status: 0, signal: null, stdout: '', stderr: ''};
