import {expect, test} from 'vitest';
import * as constants from '../../src/generated/constants.ts';
import * as status from '../../src/index.ts';
import {constantName} from '../../scripts/registry-schema.mjs';
import {registry} from '../helpers/values.ts';

const expected = Object.fromEntries(registry.flatMap(entry => [constantName(entry), ...(entry.deprecated ?? [])].map(name => [name, entry.code])));

test('every constant has its registry code, and there is no other constant', () => {
	expect({...constants}).toEqual(expected);
});

test('every constant is re-exported from the package entry', () => {
	for (const [name, code] of Object.entries(expected)) {
		expect((status as Record<string, unknown>)[name], name).toBe(code);
	}
});

test.each([
	['HTTP_413_CONTENT_TOO_LARGE', 'HTTP_413_REQUEST_ENTITY_TOO_LARGE'],
	['HTTP_414_URI_TOO_LONG', 'HTTP_414_REQUEST_URI_TOO_LONG'],
	['HTTP_416_RANGE_NOT_SATISFIABLE', 'HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE'],
	['HTTP_422_UNPROCESSABLE_CONTENT', 'HTTP_422_UNPROCESSABLE_ENTITY'],
])('%s has the deprecated alias %s with the same value', (name, alias) => {
	const table = constants as Record<string, number>;
	expect(table[alias]).toBe(table[name]);
});

test.each([
	['HTTP_203_NON_AUTHORITATIVE_INFORMATION', 203],
	['HTTP_207_MULTI_STATUS', 207],
	['HTTP_226_IM_USED', 226],
	['HTTP_306_RESERVED', 306],
	['HTTP_418_IM_A_TEAPOT', 418],
	['HTTP_104_UPLOAD_RESUMPTION_SUPPORTED', 104],
	['HTTP_505_HTTP_VERSION_NOT_SUPPORTED', 505],
	['HTTP_509_BANDWIDTH_LIMIT_EXCEEDED', 509],
])('%s is %i', (name, code) => {
	expect((constants as Record<string, number>)[name]).toBe(code);
});
