// The form of the CommonJS exports that scripts/build.mjs writes over tsdown's (scripts/cjs-exports.mjs), and the
// written-out tables the CommonJS build loads (scripts/literal-tables.mjs); test/package/commonjs-form.test.ts checks
// both on the built files.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {runInNewContext} from 'node:vm';
import {describe, expect, test} from 'vitest';
import {asciiSource, inlineCaptures, literalExports, pureCaptures} from '../../scripts/cjs-exports.mjs';
import {root} from '../../scripts/entries.mjs';
import {literalTables} from '../../scripts/literal-tables.mjs';

const TAG = 'Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });\n';

describe('literalExports', () => {
	test('writes a constant read nowhere else in place, keeps the others, and lists every name for Node.js', () => {
		const tsdown = `${TAG}const HTTP_200_OK = 200;
const HTTP_404_NOT_FOUND = 404;
const LIMIT = 40;
function cut(text) {
	return text.slice(0, LIMIT);
}
const isClientErrorAlias = isClientError;
function isClientError(code) {
	return code >= 400;
}
exports.HTTP_200_OK = HTTP_200_OK;
exports.HTTP_404_NOT_FOUND = HTTP_404_NOT_FOUND;
exports.LIMIT = LIMIT;
exports.cut = cut;
exports.isClientErrorAlias = isClientErrorAlias;
exports.isClientError = isClientError;

`;
		expect(literalExports(tsdown, 'index.cjs')).toBe(`const LIMIT = 40;
function cut(text) {
	return text.slice(0, LIMIT);
}
const isClientErrorAlias = isClientError;
function isClientError(code) {
	return code >= 400;
}
0 && (module.exports = {HTTP_200_OK, HTTP_404_NOT_FOUND, LIMIT, cut, isClientErrorAlias, isClientError});
module.exports = {
	__proto__: (null),
	HTTP_200_OK: 200,
	HTTP_404_NOT_FOUND: 404,
	LIMIT,
	cut,
	isClientErrorAlias,
	isClientError,
};
`);
	});

	test('an export under another name than its local keeps both', () => {
		const tsdown = `${TAG}let typed_http_status = require("./index.cjs");
const $limit = -1;
function readStatus$1(response) {
	return response.status;
}
exports.limit = $limit;
exports.readStatus = readStatus$1;
`;
		expect(literalExports(tsdown, 'response.cjs')).toBe(`let typed_http_status = require("./index.cjs");
function readStatus$1(response) {
	return response.status;
}
0 && (module.exports = {limit, readStatus});
module.exports = {
	__proto__: (null),
	limit: -1,
	readStatus: readStatus$1,
};
`);
		expect(literalExports('function a() {}\nexports.a = a;\n', 'a.cjs')).toBe(
			'function a() {}\n0 && (module.exports = {a});\nmodule.exports = {\n\t__proto__: (null),\n\ta,\n};\n',
		);
	});

	test('a constant that is not a whole number, or that the code reads, stays a name', () => {
		const tsdown = 'const HALF = 0.5;\nconst NAME = "x";\nconst TEN = 10;\nexports.HALF = HALF;\nexports.NAME = NAME;\nexports.TEN = TEN;\n';
		expect(literalExports(tsdown, 'a.cjs')).toBe(
			'const HALF = 0.5;\nconst NAME = "x";\n0 && (module.exports = {HALF, NAME, TEN});\nmodule.exports = {\n\t__proto__: (null),\n\tHALF,\n\tNAME,\n\tTEN: 10,\n};\n',
		);
		expect(literalExports('const A = 1;\nconst B = A;\nexports.A = A;\nexports.B = B;\n', 'a.cjs')).toBe(
			'const A = 1;\nconst B = A;\n0 && (module.exports = {A, B});\nmodule.exports = {\n\t__proto__: (null),\n\tA,\n\tB,\n};\n',
		);
	});

	test('refuses a file of another form than tsdown writes, naming it', () => {
		for (const text of [
			'const a = 1;\n',
			'exports.a = a;\nconst a = 1;\n',
			'const a = 1;\nexports.a = a;\nexports.b = exports.a;\n',
			'function a() {}\nexports.a = a;\nexports.a2 = exports;\n',
			'function a() {}\nexports.a = a;\nexports.m = module;\n',
			'module.exports.b = 2;\nfunction a() {}\nexports.a = a;\n',
		]) {
			expect(() => literalExports(text, 'odd.cjs'), text).toThrow(
				"odd.cjs: expected tsdown's CommonJS form, a run of `exports.NAME = local;` at the end and no other use of `exports`",
			);
		}
		expect(() => literalExports('exports.a = a;\nexports.b = b;\nmodule.exports.c = 1;\n', 'odd.cjs')).toThrow('odd.cjs');
	});
});

describe('inlineCaptures', () => {
	const CAPTURE = 'function capture(read) {\n\treturn read();\n}\n';

	test('writes each capture of a built-in as the built-in, and drops capture once nothing calls it', () => {
		const text = `${CAPTURE}const a = /* @__PURE__ */ capture(() => Function.prototype.call.bind(String.prototype.slice));
const b = /* @__PURE__ */ capture(() => 1n << 256n);
`;
		expect(inlineCaptures(text)).toBe('const a = Function.prototype.call.bind(String.prototype.slice);\nconst b = 1n << 256n;\n');
	});

	test('keeps capture while a call of another form is left, and leaves a module without the identity capture alone', () => {
		const text = `${CAPTURE}const a = /* @__PURE__ */ capture(() => JSON.stringify);
const b = capture(read);
`;
		expect(inlineCaptures(text)).toBe(`${CAPTURE}const a = JSON.stringify;\nconst b = capture(read);\n`);
		const other = 'function capture(read) {\n\treturn read() + 1;\n}\nconst a = /* @__PURE__ */ capture(() => 1);\n';
		expect(inlineCaptures(other)).toBe(other);
	});
});

describe('pureCaptures', () => {
	const CAPTURE = 'function capture(read) {\n\treturn read();\n}\n';

	test('writes each capture of a built-in as a pure call of its arrow, and drops capture once nothing calls it', () => {
		const text = `${CAPTURE}const a = /* @__PURE__ */ capture(() => Function.prototype.call.bind(String.prototype.slice));
const b = /* @__PURE__ */ capture(() => 1n << 256n);
`;
		expect(pureCaptures(text)).toBe(
			'const a = /* @__PURE__ */ (() => Function.prototype.call.bind(String.prototype.slice))();\nconst b = /* @__PURE__ */ (() => 1n << 256n)();\n',
		);
	});

	test('keeps capture while a call of another form is left, and leaves a module without the identity capture alone', () => {
		const text = `${CAPTURE}const a = /* @__PURE__ */ capture(() => JSON.stringify);
const b = capture(read);
`;
		expect(pureCaptures(text)).toBe(`${CAPTURE}const a = /* @__PURE__ */ (() => JSON.stringify)();\nconst b = capture(read);\n`);
		const other = 'function capture(read) {\n\treturn read() + 1;\n}\nconst a = /* @__PURE__ */ capture(() => 1);\n';
		expect(pureCaptures(other)).toBe(other);
	});
});

describe('asciiSource', () => {
	test('writes each character outside ASCII as its escape, which means the same character, but in a tagged template', () => {
		const text = 'const a = "§ 15.2";\nconst b = `${a}… (x)`;\nconst c = /[–—]/u.test(a);\nconst d = String.raw`…`;\nconst e = "😀";\n// ©\n';
		const ascii = asciiSource(text);
		expect(ascii).toBe(
			String.raw`const a = "\u00a7 15.2";
const b = ${'`'}${'$'}{a}\u2026 (x)${'`'};
const c = /[\u2013\u2014]/u.test(a);
const d = String.raw${'`'}…${'`'};
const e = "\ud83d\ude00";
// \u00a9
`,
		);
		const values = (source: string) => [...(runInNewContext(`${source}; [a, b, c, d, e];`) as unknown[])];
		expect(values(ascii)).toEqual(values(text));
		expect(values(ascii)).toEqual(['§ 15.2', '§ 15.2… (x)', false, '…', '😀']);
	});

	test('leaves a module in ASCII as it is', () => {
		const text = 'const a = "\\u00a7";\n';
		expect(asciiSource(text)).toBe(text);
	});
});

describe('literalTables', () => {
	test('writes the same modules as the committed ones, but for the initializer of each exported table', () => {
		const tables = literalTables(root);
		expect(Object.keys(tables)).toEqual(['src/generated/status-codes.ts', 'src/generated/reason-phrases.ts', 'src/generated/response-sets.ts']);
		const declarations = (text: string) => [...text.matchAll(/^export const (\w+)\b/gm)].map(match => match[1]);
		for (const [path, text] of Object.entries(tables)) {
			const committed = readFileSync(join(root, path), 'utf8');
			expect(declarations(text), path).toEqual(declarations(committed));
			expect(text, path).not.toMatch(/@__PURE__ \*\/ (?:namedCodes|phraseRecord|copyOf)\(/);
		}
		expect(tables['src/generated/status-codes.ts']).toContain('= /* @__PURE__ */ freeze([100, 101, 102, 103, 104, 200,');
		expect(tables['src/generated/reason-phrases.ts']).toContain(
			`const PHRASE_RECORD: Readonly<Record<number, string>> = {__proto__: null, 100: 'Continue', 101: 'Switching Protocols',`,
		);
		expect(tables['src/generated/reason-phrases.ts']).toContain(
			'PHRASES_FROM_100: ReadonlyArray<string | undefined> = /* @__PURE__ */ phrasesFrom(PHRASE_RECORD);',
		);
		expect(tables['src/generated/reason-phrases.ts']).toContain('} = /* @__PURE__ */ freeze(PHRASE_RECORD) as never;');
		expect(tables['src/generated/reason-phrases.ts']).toContain('for (let code = 100; code !== 512; code++) {');
		expect(tables['src/generated/reason-phrases.ts']).toContain(String.raw`418: 'I\'m a teapot'`);
		expect(tables['src/generated/response-sets.ts']).toContain(
			'RETRYABLE_STATUSES: readonly [408, 413, 429, 500, 502, 503, 504] = /* @__PURE__ */ freeze([408, 413, 429, 500, 502, 503, 504]) as never;',
		);
	});
});
