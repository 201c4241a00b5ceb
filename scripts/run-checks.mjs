#!/usr/bin/env node
// @ts-check
// `npm test`: builds, then runs every `test:*` script of package.json in the order written there, going on
// after a failure so that every problem is reported, and ends with one line: `tests: N passed, N failed`.
//
// Counting: a step that writes a vitest JSON report to $CHECK_REPORT (vitest.config.ts does when it is set)
// contributes vitest's own test counts; any other step (tsc, tsd, publint, ...) counts as one check.
// Usage: npm test                 every step
//        npm test -- unit types   only the steps whose names contain one of the words
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const filters = process.argv.slice(2);
const steps = ['build', ...Object.keys(scripts).filter(name => name.startsWith('test:'))].filter(
	name => name === 'build' || filters.length === 0 || filters.some(word => name.includes(word)),
);
const reports = mkdtempSync(join(tmpdir(), 'typed-http-status-checks-'));
const results = [];
for (const step of steps) {
	const report = join(reports, `${step.replaceAll(':', '-')}.json`);
	const started = performance.now();
	console.log(`\n▶ npm run ${step}`);
	const run = spawnSync('npm', ['run', '--silent', step], {stdio: 'inherit', env: {...process.env, CHECK_REPORT: report}});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const ok = run.status === 0;
	let passed = ok ? 1 : 0;
	let failed = ok ? 0 : 1;
	if (existsSync(report)) {
		/** @type {{numPassedTests: number, numFailedTests: number}} */
		const json = JSON.parse(readFileSync(report, 'utf8'));
		passed = json.numPassedTests;
		failed = json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1);
	}
	results.push({step, ok, passed, failed, seconds});
	if (step === 'build' && !ok) {
		break;
	}
}
rmSync(reports, {recursive: true, force: true});

console.log('\nstep                      result   passed  failed   seconds');
for (const {step, ok, passed, failed, seconds} of results) {
	console.log(`${step.padEnd(25)} ${(ok ? 'ok' : 'FAILED').padEnd(8)} ${String(passed).padStart(6)}  ${String(failed).padStart(6)}  ${seconds.padStart(8)}`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = results.every(result => result.ok) && failed === 0 ? 0 : 1;
