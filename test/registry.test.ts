import {readFileSync} from 'node:fs';
import {STATUS_CODES as NODE_STATUS_CODES} from 'node:http';
import {describe, expect, test} from 'vitest';
import * as status from '../src/index.ts';
import {renderAll, validateRegistry} from '../scripts/render.mjs';
import {registry} from './helpers/values.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('data/registry.json', () => {
	test('is sorted by code, unique, within 100-599, one entry per line', () => {
		const codes = registry.map(entry => entry.code);
		expect(codes).toEqual([...codes].sort((a, b) => a - b));
		expect(new Set(codes).size).toBe(codes.length);
		const lines = read('data/registry.json').trim().split('\n');
		expect(lines.length).toBe(registry.length + 2);
	});

	test.each(Object.entries(renderAll(registry)))('the generated %s is up to date (run npm run generate)', (path, text) => {
		expect(read(path)).toBe(text);
	});

	const valid = {code: 200, phrase: 'OK', standing: 'standard', reference: 'RFC 9110 §15.3.1', meaning: 'Fine.'};
	test.each([
		['not an array', {}, 'non-empty array'],
		['empty', [], 'non-empty array'],
		['a code out of range', [{...valid, code: 600}], 'integer from 100 to 599'],
		['a fractional code', [{...valid, code: 200.5}], 'integer from 100 to 599'],
		['codes out of order', [{...valid, code: 201}, valid], 'ascending order'],
		['a duplicate code', [valid, valid], 'ascending order'],
		['an empty phrase', [{...valid, phrase: ' '}], 'phrase must be'],
		['a comment terminator in the meaning', [{...valid, meaning: 'a */ b'}], 'meaning must be'],
		['an unknown standing', [{...valid, standing: 'draft'}], 'standing must be'],
		['a standard code without reference', [{...valid, reference: null}], 'reference is null exactly'],
		['an unregistered code with reference', [{...valid, standing: 'unregistered'}], 'reference is null exactly'],
		['a malformed alias', [{...valid, deprecated: ['HTTP_201_OK']}], 'malformed or taken'],
		['a taken alias', [{...valid, deprecated: ['HTTP_200_OK']}], 'malformed or taken'],
	])('the generator rejects %s', (_label, data, message) => {
		expect(() => validateRegistry(data)).toThrow(message);
	});
});

describe('Django REST framework names (data/drf-status-names.txt)', () => {
	const names = read('data/drf-status-names.txt')
		.split('\n')
		.filter(line => line.startsWith('HTTP_'))
		.map(line => line.split(' = '));

	test('the snapshot has the 64 names of rest_framework/status.py', () => {
		expect(names.length).toBe(64);
	});

	test.each(names)('exports %s = %s', (name, value) => {
		expect((status as Record<string, unknown>)[name!]).toBe(Number(value));
	});
});

describe('the IANA registry snapshot (data/iana-http-status-codes.csv)', () => {
	const assigned = read('data/iana-http-status-codes.csv')
		.split('\n')
		.slice(1)
		.map(line => /^(\d{3}),(?!Unassigned,)/.exec(line)?.[1])
		.filter(code => code !== undefined)
		.map(Number);

	test('every single code IANA lists is named, and every named code but 509 is listed by IANA', () => {
		expect(assigned.length).toBeGreaterThan(60);
		const named = registry.map(entry => entry.code);
		expect(assigned.filter(code => !named.includes(code))).toEqual([]);
		expect(named.filter(code => !assigned.includes(code))).toEqual([509]);
	});
});

describe("Node's http.STATUS_CODES", () => {
	// Where Node's table and ours differ, and why. Node keeps RFC 7231 wording for 413 and 422 and
	// capitalises the teapot; it has no 104 (a temporary registration) and no 306 (unused since HTTP/1.1).
	const differences: Record<number, string | undefined> = {
		104: undefined,
		306: undefined,
		413: 'Payload Too Large',
		418: "I'm a Teapot",
		422: 'Unprocessable Entity',
	};

	test.each(registry.map(entry => [entry.code, entry.phrase] as const))('%i: %j agrees with Node or is a listed difference', (code, phrase) => {
		expect(NODE_STATUS_CODES[code]).toBe(Object.hasOwn(differences, code) ? differences[code] : phrase);
	});

	test('Node names no code that we do not', () => {
		const ours = new Set<number>(registry.map(entry => entry.code));
		expect(Object.keys(NODE_STATUS_CODES).map(Number).filter(code => !ours.has(code))).toEqual([]);
	});
});
