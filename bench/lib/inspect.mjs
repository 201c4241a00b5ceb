// @ts-check
// "Inspect the output: a scenario must contain only what it uses." What typed-http-status's bundles may and may
// not contain, scenario by scenario; an empty list means the bundle is clean. Used by the bench report and by
// test/budgets/budgets.test.ts.
import {registry} from './codes.mjs';

/**
 * @param {string} text the bundle.
 * @param {string} pattern what to count.
 * @returns {number} how often `pattern` occurs in `text`.
 */
function count(text, pattern) {
	return text.split(pattern).length - 1;
}

/**
 * What is wrong with one of typed-http-status's scenario bundles.
 *
 * @param {'a' | 'b' | 'c' | 'd' | 'e'} scenario which scenario.
 * @param {string} text its bundle.
 * @param {{a: string, b: string, d: string}} bare the bundles of bare/a.mjs, bare/b.mjs and bare/d.mjs.
 * @returns {string[]} the problems found, empty when the bundle holds only what the scenario uses.
 */
export function bundleProblems(scenario, text, bare) {
	/** @type {string[]} */
	const problems = [];
	/** @param {boolean} ok @param {string} problem */
	const expect = (ok, problem) => {
		if (!ok) {
			problems.push(problem);
		}
	};
	switch (scenario) {
		case 'a':
		case 'd': {
			expect(text === bare[scenario], `not the bare program ${JSON.stringify(bare[scenario])}: ${JSON.stringify(text.slice(0, 200))}`);
			break;
		}
		case 'b': {
			expect(count(text, 'function') === 1, 'more or less than one function (the guard, its checks inline)');
			expect(
				count(text, 'typeof') === 1 && (text.match(/\((\w+)\|0\)===\1/g) ?? []).length === 1,
				'no integer check (typeof, then (x | 0) === x), or more than one',
			);
			const code = text.replaceAll(/typeof \w+=="number"/g, ''); // the guard's own type check is the one string allowed
			expect(!code.includes('"') && !code.includes("'") && !code.includes('`'), 'a string literal: some table came along');
			expect(!text.includes('freeze'), 'a frozen table came along');
			expect(text.length - bare.b.length > 0, 'shorter than the inline program');
			break;
		}
		case 'c': {
			// The phrases as one array literal by code, read by the lookup after its range and integer checks.
			expect(count(text, 'Object.freeze(') === 0 && count(text, '=["Continue",') === 1, 'not exactly one phrase list, or a frozen table');
			expect(count(text, 'function') === 1, 'not exactly one function (the lookup)');
			expect(
				registry.every(({phrase}) => text.includes(JSON.stringify(phrase))),
				'a registered phrase is missing',
			);
			const first = registry[0];
			expect(first !== undefined && !text.includes(first.meaning), "the registry's meanings came along");
			expect(!/HTTP_\d{3}/.test(text), 'a constant name came along');
			expect(count(text, 'isInteger') <= 1 && !text.includes('xx'), 'a guard or class table came along');
			break;
		}
		default: {
			break;
		}
	}
	return problems;
}
