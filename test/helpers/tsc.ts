// Run TypeScript 7's compiler over a project folder the way a user would, and report everything it did: a test
// asserts the exit status and both streams, so a compiler that is missing or crashes (which writes to stderr and
// nothing to stdout) fails the test instead of passing as "no errors".
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';

/** What one compiler run did. */
export type CompilerRun = {readonly status: number | null; readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string};

/**
 * Type-check the project in `folder` (its tsconfig.json) with `node_modules/typescript7`.
 *
 * @param root the repository root, where node_modules is.
 * @param folder the folder holding the tsconfig.json.
 */
export function compileProject(root: string, folder: string): CompilerRun {
	const run = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript7', 'bin', 'tsc'), '-p', folder], {encoding: 'utf8', timeout: 120_000});
	return {status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr};
}

/** A clean run: exit status 0, no signal, nothing printed. */
export const cleanRun: CompilerRun = {status: 0, signal: null, stdout: '', stderr: ''};
