// @ts-check
/**
 * Pure functions from the registry (data/registry.json) and the response-semantics sets (data/response-sets.json)
 * to src/generated/response-sets.ts: each set as a frozen, ascending tuple of literal codes. The lists are computed
 * when the module loads, from the guards' lookup records or from the phrases (each call marked pure, so that a bundler
 * drops every one a program does not use): a bundle with every export carries each code list once.
 */

/** @typedef {import('./render.mjs').Entry} Entry */
/** @typedef {{source: string, url: string, codes: number[]}} SetData */
/** @typedef {{nullBody: SetData, responseRedirect: SetData, heuristicallyCacheable: SetData, retryable: SetData}} ResponseSets */

const LISTED = /** @type {const} */ (['nullBody', 'responseRedirect', 'heuristicallyCacheable', 'retryable']);

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
 */
function tuple(name, codes, doc, example, result, lookup) {
	const list = codes.join(', ');
	// A set with a lookup record is built from it, the others from the phrases, so that a bundle carries the codes once.
	const value = `Object.freeze(/* @__PURE__ */ ${lookup}) as never`;
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
 * The membership record behind a set guard: a null-prototype object literal with one own `1` per code (shorter in a
 * bundle than `true`), so a
 * lookup reads one own property (never a prototype's, never a replaced `Array.prototype.includes`), it stays as the
 * module wrote it whatever happens to the exported list, and it is about as small in a bundle as the list.
 * @param {string} name
 * @param {string} list the exported list it mirrors
 * @param {string} guard the guard that reads it
 * @param {number[]} codes
 */
function lookup(name, list, guard, codes) {
	return `/**
 * Membership in \`${list}\`, read by \`${guard}\`: one own \`1\` per code, with a null prototype. Not exported
 * by the package.
 */
export const ${name}: Readonly<Partial<Record<number, 1>>> = {__proto__: null, ${codes.map(code => `${code}: 1`).join(', ')}} as Readonly<Partial<Record<number, 1>>>;`;
}

/**
 * src/generated/response-sets.ts.
 * @param {Entry[]} registry
 * @param {ResponseSets} sets
 */
export function renderResponseSets(registry, sets) {
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
			'namedCodes(200)',
		),
		tuple(
			'NULL_BODY_STATUSES',
			sets.nullBody.codes,
			['The null body statuses: a response with one of these has no body, and `new Response` throws when given one; frozen.', cite(sets.nullBody)],
			'NULL_BODY_STATUSES;',
			`[${sets.nullBody.codes.join(', ')}]`,
			'codesOf(NULL_BODY_LOOKUP)',
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
			'namedCodes(200, NULL_BODY_LOOKUP)',
		),
		tuple(
			'RESPONSE_REDIRECT_STATUSES',
			sets.responseRedirect.codes,
			['The redirect statuses: the ones `Response.redirect` accepts and `fetch` follows; frozen. (The 3xx class is wider.)', cite(sets.responseRedirect)],
			'RESPONSE_REDIRECT_STATUSES;',
			`[${sets.responseRedirect.codes.join(', ')}]`,
			'codesOf(RESPONSE_REDIRECT_LOOKUP)',
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
			'codesOf(HEURISTICALLY_CACHEABLE_LOOKUP)',
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
			'codesOf(RETRYABLE_LOOKUP)',
		),
	];
	const nullFinal = sets.nullBody.codes.filter(code => code >= 200);
	const check = `/**
 * The check behind \`isContentfulStatus\`: an integer from 200 to 599 that is not one of the null body statuses
 * among the final ones (${nullFinal.join(', ')}), written out so that it brings no table into a bundle. Not exported by
 * the package: use \`isContentfulStatus\`, which is this function with its narrowing type.
 */
export function isContentfulCode(code: unknown): boolean {
	return typeof code === 'number' && code >= 200 && code <= 599 && (code | 0) === code && ${nullFinal.map(code => `code !== ${code}`).join(' && ')};
}`;
	const codesOf = `// The codes of a lookup record, ascending (a for-in visits integer keys in ascending order), as a list.
function codesOf(lookup: Readonly<Partial<Record<number, 1>>>): number[] {
	const codes: number[] = [];
	for (const code in lookup) {
		codes[codes.length] = +code;
	}
	return codes;
}`;
	const lookups = [
		lookup('NULL_BODY_LOOKUP', 'NULL_BODY_STATUSES', 'isNullBodyStatus', sets.nullBody.codes),
		lookup('RESPONSE_REDIRECT_LOOKUP', 'RESPONSE_REDIRECT_STATUSES', 'isResponseRedirectStatus', sets.responseRedirect.codes),
		lookup('HEURISTICALLY_CACHEABLE_LOOKUP', 'HEURISTICALLY_CACHEABLE_STATUSES', 'isHeuristicallyCacheable', sets.heuristicallyCacheable.codes),
		lookup('RETRYABLE_LOOKUP', 'RETRYABLE_STATUSES', 'isRetryableStatus', sets.retryable.codes),
	];
	return `// Generated by scripts/generate.mjs from data/registry.json and data/response-sets.json. Do not edit by hand.
import {namedCodes} from './status-codes.ts';

${[...lookups, codesOf, ...blocks, check].join('\n\n')}
`;
}
