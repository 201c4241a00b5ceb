#!/usr/bin/env node
// @ts-check
// The `typed-http-status` command (docs/cli.md). All the logic is in src/cli/ (its entry is src/cli/index.ts), built
// to dist/cli.js by `npm run build` (which `npm ci` runs as `prepare`); this file only connects it to the process.
import {readFileSync} from 'node:fs';

/** @type {{version: string}} */
const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** @type {typeof import('../src/cli/index.ts')} dist/cli.js is built from src/cli/index.ts */
let cli;
try {
	cli = /** @type {typeof import('../src/cli/index.ts')} */ (await import('../dist/cli.js'));
} catch (error) {
	if (/** @type {{code?: unknown}} */ (error).code !== 'ERR_MODULE_NOT_FOUND') {
		throw error;
	}
	process.stderr.write('typed-http-status: dist/cli.js is missing; build the package first with `npm ci` or `npm run build`\n');
	process.exit(1);
}
cli.runInProcess(process.argv.slice(2), {
	stdout: process.stdout,
	stderr: process.stderr,
	env: process.env,
	version,
	readFile: path => readFileSync(path, 'utf8'),
	setExitCode: code => {
		process.exitCode = code;
	},
});
