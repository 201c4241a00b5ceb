// @ts-check
// The packages compared, in the order of the report's columns, with their installed versions.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {benchModules, root} from './link.mjs';

/** Package names, ours first; their folders under bench/scenarios/bundle have the same names. */
export const PACKAGES = ['typed-http-status', 'http-status-codes', 'http-status', 'statuses', 'hono'];

/** What bench/node_modules must hold (the peers, and the types statuses needs). */
export const PEERS = ['http-status-codes', 'http-status', 'statuses', '@types/statuses', 'hono'];

/**
 * The installed version of a package (ours from the repository root).
 *
 * @param {string} name the package.
 * @returns {string} its version.
 */
export function versionOf(name) {
	const file = name === 'typed-http-status' ? join(root, 'package.json') : join(benchModules, name, 'package.json');
	return JSON.parse(readFileSync(file, 'utf8')).version;
}
