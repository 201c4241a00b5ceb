// @ts-check
// The generated tables as the CommonJS build loads them (tsdown.config.ts). The committed modules build the code lists
// and the record of phrases from the phrase array when they load, so that a bundle of the ES module, which a bundler
// shakes, carries each code and phrase once (test/budgets/budgets.test.ts, scenario e). `require()` loads the whole
// CommonJS file and nothing shakes it, so there each table is written out, built by nothing at load: the same values
// (the package tests compare both builds), less work on every `require()`.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {validateRegistry} from './registry-schema.mjs';
import {renderResponseSets, validateResponseSets} from './render-response-sets.mjs';
import {renderReasonPhrases, renderStatusCodes} from './render.mjs';

/**
 * The source of each generated table module in its written-out form, by its path relative to the repository root.
 *
 * @param {string} root the repository root.
 * @returns {Record<string, string>} module sources, by path.
 */
export function literalTables(root) {
	const registry = validateRegistry(JSON.parse(readFileSync(join(root, 'data/registry.json'), 'utf8')));
	const sets = validateResponseSets(JSON.parse(readFileSync(join(root, 'data/response-sets.json'), 'utf8')), registry);
	return {
		'src/generated/status-codes.ts': renderStatusCodes(registry, true),
		'src/generated/reason-phrases.ts': renderReasonPhrases(registry, true),
		'src/generated/response-sets.ts': renderResponseSets(registry, sets, true),
	};
}
