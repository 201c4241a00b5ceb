#!/usr/bin/env node
// @ts-check
// `npm run test:jest`: runs the jest project of test/jest/ against the built package (build first: `npm test`
// does). When scripts/run-checks.mjs sets CHECK_REPORT, jest also writes its JSON results there, whose
// numPassedTests and numFailedTests join the closing count, as vitest's do.
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const jest = fileURLToPath(new URL('../../../../node_modules/jest/bin/jest.js', import.meta.url));
const config = fileURLToPath(new URL('jest.config.cjs', import.meta.url));
const report = process.env['CHECK_REPORT'];
const args = [jest, '--config', config, '--ci', ...(report ? ['--json', '--outputFile', report] : []), ...process.argv.slice(2)];
const result = spawnSync(process.execPath, args, {stdio: 'inherit'});
process.exitCode = result.status ?? 1;
