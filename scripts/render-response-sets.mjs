// @ts-check
/**
 * Pure functions from the registry (data/registry.json) and the response-semantics sets (data/response-sets.json)
 * to src/generated/response-sets.ts: each set as a frozen, ascending tuple of literal codes, the private list each
 * set guard scans, and the sets' members as unions for the types (SetMembers). The exported lists are computed when
 * the module loads, as copies of the guards' private lists or from the phrases (each call marked pure, so that a
 * bundler drops every one a program does not use): a bundle with every export carries each code list once.
 */

import {rangeCheck} from './render-checks.mjs';
import {classOf} from './registry-schema.mjs';

/** @typedef {import('./render.mjs').Entry} Entry */
/** @typedef {{source: string, url: string, codes: number[]}} SetData */
/** @typedef {{nullBody: SetData, responseRedirect: SetData, heuristicallyCacheable: SetData, retryable: SetData}} ResponseSets */

const LISTED = /** @type {const} */ (['nullBody', 'responseRedirect', 'heuristicallyCacheable', 'retryable']);

/** The guard of each set. */
const SET_GUARDS = {
	nullBody: 'isNullBodyStatus',
	responseRedirect: 'isResponseRedirectStatus',
	heuristicallyCacheable: 'isHeuristicallyCacheable',
	retryable: 'isRetryableStatus',
};

/**
 * Check the sets' shape: the four lists, each of named codes, unique and ascending, with a source and its address.
 * Throws an Error naming the first problem.
 * @param {unknown} data
 * @param {Entry[]} registry
 * @returns {ResponseSets}
 */
export function validateResponseSets(data, registry) {
	const named = new Set(registry.map(entry => entry.code));
	const sets = /** @type {Record<string, any>} */ (data);
	if (typeof data !== 'object' || data === null || Object.keys(sets).sort().join() !== [...LISTED].sort().join()) {
		throw new Error(`response sets: expected exactly the keys ${LISTED.join(', ')}`);
	}
	for (const name of LISTED) {
		const {source, url, codes} = sets[name] ?? {};
		if (typeof source !== 'string' || source === '' || source.includes('*/') || typeof url !== 'string' || !url.startsWith('https://')) {
			throw new Error(`response set ${name}: needs a source and its https address`);
		}
		if (!Array.isArray(codes) || codes.length === 0 || codes.some((code, index) => !named.has(code) || (index > 0 && code <= codes[index - 1]))) {
			throw new Error(`response set ${name}: codes must be named codes of the registry, unique and ascending`);
		}
	}
	return /** @type {ResponseSets} */ (data);
}

/**
 * @param {string} name
 * @param {number[]} codes
 * @param {string[]} doc the JSDoc lines before the example
 * @param {string} example the example's call
 * @param {string} result what the example shows
 * @param {string} lookup the call that builds it when the module loads
 * @param {boolean} literal whether to write the list out instead (the CommonJS build's form)
 */
function tuple(name, codes, doc, example, result, lookup, literal) {
	const list = codes.join(', ');
	// A set with a private list is copied from it, the others read from the phrases, so that a bundle carries the codes once;
	// or, for the CommonJS build (`literal`), written out, so that nothing runs to build it. Either way frozen by `freeze`.
	const value = `${literal ? `freeze([${list}])` : lookup} as never`;
	return `/**
${doc.map(line => ` * ${line}`).join('\n')}
 *
 * @example
 * \`\`\`ts
 * import {${name}} from 'typed-http-status';
 * ${example}
 * //=> ${result}
 * \`\`\`
 */
export const ${name}: readonly [${list}] = /* @__PURE__ */ ${value};`;
}

/**
 * The list behind a set guard: an array literal only the package sees, so it stays as the module wrote it whatever
 * happens to the exported, frozen list. The guard scans it by index (scripts/render-checks.mjs writes the scan into the
 * guard's body), which is shorter in a bundle than a lookup record with one key per code, and for these few codes
 * faster.
 * @param {string} name
 * @param {string} list the exported list it mirrors
 * @param {string} guard the guard that reads it
 * @param {number[]} codes
 */
function privateList(name, list, guard, codes) {
	return `/**
 * The codes of \`${list}\`, read by \`${guard}\`. Not exported by the package.
 */
export const ${name}: readonly number[] = [${codes.join(', ')}];`;
}

/** The private list of each set a guard scans, by its name in the generated module. */
export const SET_LISTS = /** @type {const} */ ({
	NULL_BODY_CODES: 'nullBody',
	RESPONSE_REDIRECT_CODES: 'responseRedirect',
	HEURISTICALLY_CACHEABLE_CODES: 'heuristicallyCacheable',
	RETRYABLE_CODES: 'retryable',
});

/**
 * src/generated/response-sets.ts.
 * @param {Entry[]} registry
 * @param {ResponseSets} sets
 * @param {boolean} [literal] each exported list written out, built by nothing at load: the form the CommonJS build
 * loads (tsdown.config.ts), which no bundler shakes, while the committed file builds them from the phrases and the
 * private lists, so that a bundle of the ES module carries each code once.
 */
export function renderResponseSets(registry, sets, literal = false) {
	const final = registry.map(entry => entry.code).filter(code => code >= 200);
	const contentful = final.filter(code => !sets.nullBody.codes.includes(code));
	/** @param {SetData} set */
	const cite = set => `Source: {@link ${set.url} | ${set.source}}.`;
	const blocks = [
		tuple(
			'FINAL_STATUSES',
			final,
			[
				'Every named final status (2xx–5xx), ascending; frozen. A final response ends the exchange (RFC 9110 §15),',
				'and `new Response` accepts exactly the statuses 200–599.',
			],
			'FINAL_STATUSES.length;',
			String(final.length),
			'namedCodes(code => code >= 200)',
			literal,
		),
		tuple(
			'NULL_BODY_STATUSES',
			sets.nullBody.codes,
			['The null body statuses: a response with one of these has no body, and `new Response` throws when given one; frozen.', cite(sets.nullBody)],
			'NULL_BODY_STATUSES;',
			`[${sets.nullBody.codes.join(', ')}]`,
			'copyOf(NULL_BODY_CODES)',
			literal,
		),
		tuple(
			'CONTENTFUL_STATUSES',
			contentful,
			[
				'Every named final status that is not a null body status: a `Response` with one of these may have a body; frozen.',
				`Source: {@link ${sets.nullBody.url} | Fetch Standard}, and RFC 9110 §15.`,
			],
			'CONTENTFUL_STATUSES.includes(200);',
			'true',
			'namedCodes(isContentfulCode)',
			literal,
		),
		tuple(
			'RESPONSE_REDIRECT_STATUSES',
			sets.responseRedirect.codes,
			['The redirect statuses: the ones `Response.redirect` accepts and `fetch` follows; frozen. (The 3xx class is wider.)', cite(sets.responseRedirect)],
			'RESPONSE_REDIRECT_STATUSES;',
			`[${sets.responseRedirect.codes.join(', ')}]`,
			'copyOf(RESPONSE_REDIRECT_CODES)',
			literal,
		),
		tuple(
			'HEURISTICALLY_CACHEABLE_STATUSES',
			sets.heuristicallyCacheable.codes,
			[
				'The heuristically cacheable statuses: a cache may reuse a response with one of these without explicit freshness',
				'information (RFC 9111 §4.2.2); frozen.',
				cite(sets.heuristicallyCacheable),
			],
			'HEURISTICALLY_CACHEABLE_STATUSES.includes(404);',
			'true',
			'copyOf(HEURISTICALLY_CACHEABLE_CODES)',
			literal,
		),
		tuple(
			'RETRYABLE_STATUSES',
			sets.retryable.codes,
			[
				'The statuses that widely used fetch clients retry by default: a convention, not a standard; frozen. Wait as long as',
				'`Retry-After` asks when the response has one (RFC 9110 §10.2.3).',
				cite(sets.retryable),
			],
			'RETRYABLE_STATUSES;',
			`[${sets.retryable.codes.join(', ')}]`,
			'copyOf(RETRYABLE_CODES)',
			literal,
		),
	];
	const copyOf = `// A frozen copy of a private list, read by index (no iterator, no built-in): the exported list.
function copyOf(list: readonly number[]): readonly number[] {
	const codes: number[] = [];
	for (let index = 0; index !== list.length; index++) {
		codes[codes.length] = list[index]!;
	}
	return freeze(codes);
}`;
	const finalClasses = [...new Set(final.map(code => `'${classOf(code)}'`))];
	/** @type {[string, string[] | number[]][]} */
	const members = [
		['final', final],
		['nullBody', sets.nullBody.codes],
		['contentful', contentful],
		['responseRedirect', sets.responseRedirect.codes],
		['heuristicallyCacheable', sets.heuristicallyCacheable.codes],
		['retryable', sets.retryable.codes],
		['finalClasses', finalClasses],
	];
	// Why the types read these unions (src/response-sets.ts says more): a tuple's element types cost a consumer's first use
	// about 60 type instantiations, \`Exclude<StatusClass, '1xx'>\` 15, and a property's union has no name of its own to
	// print in place of the set's.
	const table = `/** The members of each set, and the final classes, written out. Not exported by the package. */
export interface SetMembers {
${members.map(([member, values]) => `\treadonly ${member}: ${values.join(' | ')};`).join('\n')}
}`;
	const nullFinal = sets.nullBody.codes.filter(code => code >= 200);
	const check = `/**
 * The check behind \`isContentfulStatus\`: an integer from 200 to 599 that is not one of the null body statuses
 * among the final ones (${nullFinal.join(', ')}), written out so that it brings no table into a bundle. Not exported by
 * the package: use \`isContentfulStatus\`, which is this function with its narrowing type.
 */
export function isContentfulCode(code: unknown): boolean {
	return ${rangeCheck('code', 200, 599)} && ${nullFinal.map(code => `code !== ${code}`).join(' && ')};
}`;
	const lists = Object.entries(SET_LISTS).map(([name, set]) => privateList(name, `${name.replace(/_CODES$/, '')}_STATUSES`, SET_GUARDS[set], sets[set].codes));
	return `// Generated by scripts/generate.mjs from data/registry.json and data/response-sets.json. Do not edit by hand.
import {freeze} from '../built-ins.ts';
${literal ? '' : "import {namedCodes} from './status-codes.ts';\n"}
${[...lists, ...(literal ? [] : [copyOf]), ...blocks, table, check].join('\n\n')}
`;
}
