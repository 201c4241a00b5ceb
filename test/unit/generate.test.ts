// The data in data/ and the generator: the registry's shape, the schema's rejections, every generated file byte
// for byte, and Django REST framework's names. Conformance to IANA and Node is `npm run registry:check`
// (test:registry), asserted there once; test/conformance*.test.ts test that check itself.
import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, test} from 'vitest';
import * as status from '../../src/index.ts';
import {STATUS_CLASS_TITLES} from '../../src/registry.ts';
import {generatedFiles} from '../../scripts/generated-files.mjs';
import {renderAll} from '../../scripts/render.mjs';
import {CLASS_TITLES, STANDINGS, validateRegistry} from '../../scripts/registry-schema.mjs';
import {validateResponseSets} from '../../scripts/render-response-sets.mjs';
import {registry} from '../helpers/values.ts';

const responseSets = validateResponseSets(JSON.parse(readFileSync(new URL('../../data/response-sets.json', import.meta.url), 'utf8')), registry);

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('data/registry.json', () => {
	test('is sorted by code, unique, within 100-599, one entry per line', () => {
		const codes = registry.map(entry => entry.code);
		expect(codes).toEqual([...codes].sort((a, b) => a - b));
		expect(new Set(codes).size).toBe(codes.length);
		const lines = read('data/registry.json').trim().split('\n');
		expect(lines.length).toBe(registry.length + 2);
	});

	let files: Record<string, string> = {};
	beforeAll(async () => {
		files = await generatedFiles(registry, responseSets);
	});
	test.each(Object.keys(renderAll(registry, responseSets)))('the generated %s is up to date (run npm run generate)', path => {
		expect(read(path)).toBe(files[path]);
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
		expect((status as Record<string, unknown>)[name]).toBe(Number(value));
	});
});

describe('data/vocabulary.json', () => {
	test('gives the five classes in order, and the generated STATUS_CLASS_TITLES carries them', () => {
		expect(Object.keys(CLASS_TITLES)).toEqual(['1xx', '2xx', '3xx', '4xx', '5xx']);
		expect(STATUS_CLASS_TITLES).toEqual(CLASS_TITLES);
	});

	test('names every standing an entry has, and every standing it names is used', () => {
		expect(new Set(registry.map(entry => entry.standing))).toEqual(new Set(Object.keys(STANDINGS)));
	});
});
