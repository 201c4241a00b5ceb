// @ts-check
// Where the bundle scenarios live: bench/scenarios/bundle/<package>/<scenario>.(mjs|ts).
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** The five bundle scenarios, (a) to (e): see bench/README.md. */
export const SCENARIOS = /** @type {const} */ (['a', 'b', 'c', 'd', 'e']);

/** @typedef {(typeof SCENARIOS)[number]} Scenario */

/** What each scenario does. */
export const SCENARIO_TITLES = {
	a: '(a) one constant',
	b: '(b) one constant + class check of a runtime code',
	c: '(c) reason phrase of a runtime code',
	d: '(d) namespace import, two constants',
	e: '(e) everything',
};

/**
 * The scenario file of a package, if it has one (Hono has no phrases, so no scenario c).
 *
 * @param {string} folder the package's folder under bench/scenarios/bundle (`bare` for the baselines).
 * @param {string} scenario which scenario.
 * @returns {string | undefined} its absolute path.
 */
export function scenarioFile(folder, scenario) {
	for (const extension of ['mjs', 'ts']) {
		const file = fileURLToPath(new URL(`../scenarios/bundle/${folder}/${scenario}.${extension}`, import.meta.url));
		if (existsSync(file)) {
			return file;
		}
	}
	return undefined;
}
