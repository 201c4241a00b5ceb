// The response-semantics sets: each list is what its source says (quoted below), the generated file is fresh, and
// each guard is true for exactly its set's members (the ranges for every integer 200–599) and false for the rest.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {validateResponseSets} from '../../scripts/render-response-sets.mjs';
import {validateRegistry} from '../../scripts/registry-schema.mjs';
import {
	CONTENTFUL_STATUSES,
	FINAL_STATUSES,
	HEURISTICALLY_CACHEABLE_STATUSES,
	isContentfulStatus,
	isFinalStatus,
	isHeuristicallyCacheable,
	isNullBodyStatus,
	isResponseRedirectStatus,
	isRetryableStatus,
	NULL_BODY_STATUSES,
	RESPONSE_REDIRECT_STATUSES,
	RETRYABLE_STATUSES,
	STATUS_CODES,
} from '../../src/index.ts';

const root = join(import.meta.dirname, '../..');
const registry = validateRegistry(JSON.parse(readFileSync(join(root, 'data/registry.json'), 'utf8')));
const data: unknown = JSON.parse(readFileSync(join(root, 'data/response-sets.json'), 'utf8'));

// The codes a sentence of the source lists, in its own words.
const listed = (sentence: string): number[] => [...sentence.matchAll(/\b[1-5]\d\d\b/g)].map(match => Number(match[0]));

describe("each list is its source's", () => {
	test('null body status: Fetch Standard, "A null body status is a status that is 101, 103, 204, 205, or 304."', () => {
		expect(NULL_BODY_STATUSES).toEqual(listed('A null body status is a status that is 101, 103, 204, 205, or 304.'));
	});
	test('redirect status: Fetch Standard, "A redirect status is a status that is 301, 302, 303, 307, or 308."', () => {
		expect(RESPONSE_REDIRECT_STATUSES).toEqual(listed('A redirect status is a status that is 301, 302, 303, 307, or 308.'));
	});
	test('heuristically cacheable: RFC 9110 §15.1\'s list, and 451 (RFC 7725 §3: "A 451 response is cacheable by default")', () => {
		const rfc9110 = listed('(e.g., 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, and 501 in this specification)');
		expect(HEURISTICALLY_CACHEABLE_STATUSES).toEqual([...rfc9110, 451].sort((a, b) => a - b));
	});
	test("retryable: ky's default retry.statusCodes, and got's less the unnamed 521, 522, 524", () => {
		const ky = listed('@default [408, 413, 429, 500, 502, 503, 504]');
		const got = listed('statusCodes: [408, 413, 429, 500, 502, 503, 504, 521, 522, 524]');
		expect(RETRYABLE_STATUSES).toEqual(ky);
		expect(RETRYABLE_STATUSES).toEqual(got.filter(code => (STATUS_CODES as readonly number[]).includes(code)));
	});
	test('final: every named code from 200 on; contentful: those less the null body statuses', () => {
		expect(FINAL_STATUSES).toEqual(STATUS_CODES.filter(code => code >= 200));
		expect(CONTENTFUL_STATUSES).toEqual(FINAL_STATUSES.filter(code => !(NULL_BODY_STATUSES as readonly number[]).includes(code)));
	});
	test('every list is frozen, ascending, and of named codes', () => {
		for (const list of [
			FINAL_STATUSES,
			NULL_BODY_STATUSES,
			CONTENTFUL_STATUSES,
			RESPONSE_REDIRECT_STATUSES,
			HEURISTICALLY_CACHEABLE_STATUSES,
			RETRYABLE_STATUSES,
		]) {
			expect(Object.isFrozen(list)).toBe(true);
			expect([...list].sort((a, b) => a - b)).toEqual([...list]);
			expect(list.every(code => (STATUS_CODES as readonly number[]).includes(code))).toBe(true);
		}
	});
});

describe('the generated lists', () => {
	// Whether src/generated/response-sets.ts is up to date is test/unit/generate.test.ts's, with every generated file.
	test.each([
		['not an object', null],
		['a missing set', {nullBody: {source: 'x', url: 'https://x', codes: [204]}}],
		['an unnamed code', {...(data as object), retryable: {source: 'x', url: 'https://x', codes: [408, 521]}}],
		['codes out of order', {...(data as object), retryable: {source: 'x', url: 'https://x', codes: [503, 500]}}],
		['no source', {...(data as object), retryable: {source: '', url: 'https://x', codes: [503]}}],
		['a plain http address', {...(data as object), retryable: {source: 'x', url: 'http://x', codes: [503]}}],
	])('validateResponseSets refuses %s', (_, bad) => {
		expect(() => validateResponseSets(bad, registry)).toThrow(/^response set/);
	});
});

const hostile: unknown[] = [
	'204',
	'',
	'__proto__',
	204.5,
	-0,
	Number.NaN,
	Infinity,
	204n,
	null,
	undefined,
	true,
	[204],
	{},
	Object(204),
	() => 204,
	{valueOf: () => 204},
];

describe.each([
	['isFinalStatus', isFinalStatus, (code: number) => code >= 200 && code <= 599],
	['isContentfulStatus', isContentfulStatus, (code: number) => code >= 200 && code <= 599 && ![204, 205, 304].includes(code)],
	['isNullBodyStatus', isNullBodyStatus, (code: number) => [101, 103, 204, 205, 304].includes(code)],
	['isResponseRedirectStatus', isResponseRedirectStatus, (code: number) => [301, 302, 303, 307, 308].includes(code)],
	['isHeuristicallyCacheable', isHeuristicallyCacheable, (code: number) => [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501].includes(code)],
	['isRetryableStatus', isRetryableStatus, (code: number) => [408, 413, 429, 500, 502, 503, 504].includes(code)],
] as Array<[string, (code: unknown) => boolean, (code: number) => boolean]>)('%s', (_, guard, member) => {
	test('answers every integer from 0 to 700 as its set says', () => {
		for (let code = 0; code <= 700; code++) {
			expect(guard(code), String(code)).toBe(member(code));
		}
	});
	test('is false for hostile values, without coercing them', () => {
		for (const value of hostile) {
			expect(guard(value)).toBe(false);
		}
	});
	test('is false for each of its own codes in any form but a number, and runs none of its code', () => {
		for (let code = 0; code <= 700; code++) {
			if (!member(code)) {
				continue;
			}
			let touched = false;
			const lookalike = {
				toString: () => ((touched = true), String(code)),
				valueOf: () => ((touched = true), code),
			};
			for (const value of [String(code), BigInt(code), [code], Object(code), lookalike, code + 0.5]) {
				expect(guard(value), `${code} as ${typeof value}`).toBe(false);
			}
			expect(touched).toBe(false);
		}
	});
});
