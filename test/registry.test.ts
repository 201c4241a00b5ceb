import {readFileSync} from 'node:fs';
import {STATUS_CODES as NODE_STATUS_CODES} from 'node:http';
import {describe, expect, test} from 'vitest';
import * as status from '../src/index.ts';
import {parseIanaCsv} from '../scripts/iana-csv.mjs';
import {checkRegistry, validateExceptions} from '../scripts/registry-check.mjs';
import {renderAll, validateRegistry} from '../scripts/render.mjs';
import {registry} from './helpers/values.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const exceptions = validateExceptions(JSON.parse(read('data/registry-exceptions.json')));

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
	const iana = parseIanaCsv(read('data/iana-http-status-codes.csv'));

	test('conforms to the registry, with only the documented exceptions (npm run registry:check)', () => {
		expect(checkRegistry({registry, iana, exceptions}).problems).toEqual([]);
	});

	test('every single code IANA assigns is named, and every named code but 509 is assigned by IANA', () => {
		const assigned = iana.filter(row => row.first === row.last && row.description !== 'Unassigned').map(row => row.first);
		expect(assigned.length).toBeGreaterThan(60);
		const named = registry.map(entry => entry.code);
		expect(assigned.filter(code => !named.includes(code))).toEqual([]);
		expect(named.filter(code => !assigned.includes(code))).toEqual([509]);
	});
});

describe("Node's http.STATUS_CODES", () => {
	// Where Node's table and ours differ is listed in data/registry-exceptions.json (kind "node"), with the reason.
	const differences = new Map(exceptions.filter(row => row.kind === 'node').map(row => [row.code, row]));

	test.each(registry.map(entry => [entry.code, entry.phrase] as const))('%i: %j agrees with Node or is a listed difference', (code, phrase) => {
		const listed = differences.get(code);
		expect(NODE_STATUS_CODES[code] ?? null).toBe(listed ? listed.theirs : phrase);
		expect(listed?.ours ?? phrase).toBe(phrase);
	});

	test('every listed difference is a real one, with a reason', () => {
		expect(differences.size).toBeGreaterThan(0);
		for (const row of differences.values()) {
			expect(NODE_STATUS_CODES[row.code] ?? null).not.toBe(row.ours);
			expect(row.reason.length).toBeGreaterThan(20);
		}
	});

	test('Node names no code that we do not', () => {
		const ours = new Set<number>(registry.map(entry => entry.code));
		expect(Object.keys(NODE_STATUS_CODES).map(Number).filter(code => !ours.has(code))).toEqual([]);
	});

	test('the registry check finds no Node difference outside the table', () => {
		expect(checkRegistry({registry, iana: [], exceptions, node: NODE_STATUS_CODES}).problems.filter(problem => !problem.startsWith('exception'))).toEqual([]);
	});
});
