// The data in data/ and the generator: the registry's shape, the schema's rejections, every generated file byte
// for byte, and Django REST framework's names. Conformance to IANA and Node is `npm run registry:check`
// (test:registry), asserted there once; test/conformance*.test.ts test that check itself.
import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, test} from 'vitest';
import * as status from '../../src/index.ts';
import {STATUS_CLASS_TITLES} from '../../src/registry.ts';
import {generatedFiles, markedSources} from '../../scripts/generated-files.mjs';
import {INTEGER_CHECK, MARKER_PREFIX, rangeCheck, rewriteChecks} from '../../scripts/render-checks.mjs';
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
	test.each(Object.keys(renderAll(registry, responseSets, markedSources())))('the generated %s is up to date (run npm run generate)', path => {
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

describe('the checks the generator writes into hand-written guards (scripts/render-checks.mjs)', () => {
	const sources = markedSources();
	const facts = {lastCode: 511, lists: {RETRYABLE_CODES: 7}};
	const guard = (body: string) => `export function isClientError(code: unknown): boolean {\n${body}\n}\n`;
	const marked = guard(`\t${MARKER_PREFIX}\`code\` is an integer from 400 to 499.\n\treturn ${rangeCheck('code', 400, 499)};`);

	test('the modules that mark a check are the guards of the library', () => {
		expect(Object.keys(sources)).toEqual(['src/class-guards.ts', 'src/http-status.ts', 'src/reason-phrase.ts', 'src/response-sets.ts', 'src/status-class.ts']);
	});

	test('every integer check in src/ is one the generator wrote: none is written by hand', () => {
		for (const [path, text] of Object.entries(sources)) {
			// The lines of code (not comments) that carry an integer check, and the ones a marker hands to the generator.
			const lines = text.split('\n');
			const checked = lines.flatMap((line, index) => (!line.trimStart().startsWith('//') && line.match(INTEGER_CHECK) ? [index] : []));
			const owned = checked.filter(index => lines[index - 1]?.trimStart().startsWith(MARKER_PREFIX));
			expect(checked, path).toEqual(owned);
			expect(text, path).not.toContain('Number.isInteger(');
		}
		const generated = read('src/generated/response-sets.ts');
		expect(generated.match(INTEGER_CHECK)).toEqual(['(code | 0) === code']);
		expect(generated).toContain(rangeCheck('code', 200, 599));
	});

	test('writes the range check a marker asks for, whatever the statement holds now', () => {
		expect(rewriteChecks('x.ts', marked, facts)).toBe(marked);
		const edited = marked.replace('(code | 0) === code', 'Number.isInteger(code) && (code | 0) === code').replace('code <= 499', 'code <= 498');
		expect(rewriteChecks('x.ts', edited, facts)).toBe(marked);
		const last = guard(`\t${MARKER_PREFIX}\`code\` is an integer from 100 to the last named code.\n\treturn ${rangeCheck('code', 100, 599)};`);
		expect(rewriteChecks('x.ts', last, facts)).toContain(rangeCheck('code', 100, 511));
	});

	test('keeps the constant that makes a range check unnecessary, and writes the range inside it', () => {
		expect(rangeCheck('code', 100, 511, 'WITHOUT_PROTOTYPE')).toBe(
			"typeof code === 'number' && (WITHOUT_PROTOTYPE || (code >= 100 && code <= 511 && (code | 0) === code))",
		);
		const flagged = (high: number) =>
			guard(
				`\t${MARKER_PREFIX}\`code\` is an integer from 100 to the last named code.\n\treturn ${rangeCheck('code', 100, high, 'WITHOUT_PROTOTYPE')} ? 1 : 0;`,
			);
		expect(rewriteChecks('x.ts', flagged(599), facts)).toBe(flagged(511));
	});

	test('refuses a marked statement that no longer has the check, and an unknown list', () => {
		const bare = marked.replace(rangeCheck('code', 400, 499), 'Number.isInteger(code) && code >= 400 && code <= 499');
		expect(() => rewriteChecks('x.ts', bare, facts)).toThrow('x.ts:2: the statement after the marker has no range check of code to rewrite');
		const unknown = guard(`\t${MARKER_PREFIX}\`code\` is one of OTHER_CODES.\n\treturn false;`);
		expect(() => rewriteChecks('x.ts', unknown, facts)).toThrow('x.ts:2: no list named OTHER_CODES');
		const open = `\t${MARKER_PREFIX}\`code\` is one of RETRYABLE_CODES.\n\tlet index = 7;\n`;
		expect(() => rewriteChecks('x.ts', open, facts)).toThrow('x.ts:1: the scan of RETRYABLE_CODES must end in a return');
	});

	test("writes the scan of a list through the return, with the list's length", () => {
		const scan = guard(`\t${MARKER_PREFIX}\`code\` is one of RETRYABLE_CODES.\n\treturn RETRYABLE_CODES.includes(code);`);
		expect(rewriteChecks('x.ts', scan, facts)).toBe(
			guard(
				[
					`\t${MARKER_PREFIX}\`code\` is one of RETRYABLE_CODES.`,
					'\tlet index = 7;',
					'\twhile (index-- && RETRYABLE_CODES[index] !== code) {',
					'\t\t// The condition is the scan.',
					'\t}',
					'\treturn index >= 0;',
				].join('\n'),
			),
		);
	});
});

describe('the class copies of a generic alias the generator writes (scripts/render-checks.mjs)', () => {
	const generic = [
		'export type StatusIn<Value, Class extends StatusClass> = {',
		'\twide: HttpStatus<Class>;',
		'\tnamed: Value & CodesInClass<Class>;',
		'}[InputKind<Value>] extends infer Answer extends HttpStatusByClass[Class]',
		'\t? Answer',
		'\t: never;',
	].join('\n');
	const copy = (body: string) =>
		`${generic}\n/** Docs. */\n${MARKER_PREFIX}\`ErrorIn\` is \`StatusIn\` at '4xx' | '5xx'.\nexport type ErrorIn<Value> = ${body}\nexport const after = 1;\n`;
	const written = copy(
		[
			'{',
			"\twide: HttpStatus<'4xx' | '5xx'>;",
			"\tnamed: Value & CodesInClass<'4xx' | '5xx'>;",
			"}[InputKind<Value>] extends infer Answer extends HttpStatusByClass['4xx' | '5xx']",
			'\t? Answer',
			'\t: never;',
		].join('\n'),
	);
	const facts = {lastCode: 511, lists: {}};

	test('writes the generic alias with its class in place of Class, and leaves a copy that agrees as it is', () => {
		expect(rewriteChecks('x.ts', copy('never;'), facts)).toBe(written);
		expect(rewriteChecks('x.ts', written, facts)).toBe(written);
	});

	test('refuses a marker whose generic alias is missing, or that no copy follows', () => {
		expect(() => rewriteChecks('x.ts', written.replace('StatusIn<Value, Class extends StatusClass>', 'StatusIn<Value>'), facts)).toThrow(
			'x.ts:8: no alias export type StatusIn<Value, Class extends StatusClass> = … ; in the module',
		);
		expect(() => rewriteChecks('x.ts', written.replace('export type ErrorIn<Value>', 'type ErrorIn<Value>'), facts)).toThrow(
			'x.ts:8: the marker must be followed by export type ErrorIn<Value> = … ;',
		);
	});

	test('src/class-guards.ts has a copy for each class guard, each named by its guard', () => {
		const text = read('src/class-guards.ts');
		const markers = [...text.matchAll(/^\/\/ Written by npm run generate: `(\w+)` is `StatusIn` at ('[^.]+)\.$/gm)].map(match => [match[1], match[2]]);
		expect(markers).toEqual([
			['InformationalIn', "'1xx'"],
			['SuccessIn', "'2xx'"],
			['RedirectIn', "'3xx'"],
			['ClientErrorIn', "'4xx'"],
			['ServerErrorIn', "'5xx'"],
			['ErrorIn', "'4xx' | '5xx'"],
		]);
		for (const [name] of markers) {
			const guard = `is${(name ?? '').replace(/In$/, '')}`;
			expect(text, guard).toContain(`export function ${guard}<Code extends number>(code: Code | ${name}<Code>): code is ${name}<Code> {`);
		}
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
