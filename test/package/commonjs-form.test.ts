import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';

// The form of the CommonJS build, which decides what `require()` costs (docs/performance.md, startup): each entry
// exports one object literal (scripts/cjs-exports.mjs), the main entry with its numbers written in place, and the
// main entry's tables are written out rather than built when it loads (scripts/literal-tables.mjs). Node.js still
// finds every name when an ES module imports the CommonJS file. `npm test` builds first; on its own, run
// `npm run build` before this file.

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const text = (file: string) => readFileSync(`${dist}${file}`, 'utf8');

const TABLES = [
	'REASON_PHRASES',
	'STATUS_CODES',
	'FINAL_STATUSES',
	'NULL_BODY_STATUSES',
	'CONTENTFUL_STATUSES',
	'RESPONSE_REDIRECT_STATUSES',
	'HEURISTICALLY_CACHEABLE_STATUSES',
	'RETRYABLE_STATUSES',
];

describe.each(['index', 'registry', 'response', 'openapi'])('dist/%s.cjs', name => {
	test('exports one object literal with a null prototype, as its last statement, and writes to `exports` nowhere', () => {
		const source = text(`${name}.cjs`);
		expect(source.match(/^module\.exports = \{$/gm)).toHaveLength(1);
		expect(source).toMatch(/\nmodule\.exports = \{\n\t__proto__: \(null\),\n(?:\t[\w$]+(?:: [\w$]+)?,\n)+\};\n$/);
		expect(source).not.toMatch(/\bexports\.[\w$]+ =|defineProperty\(exports\b/);
	});

	test('reads its built-ins directly, without the pure calls that let a bundler drop them', () => {
		expect(text(`${name}.cjs`)).not.toMatch(/\bcapture\(/);
	});

	test('is written in ASCII, every other character escaped', () => {
		expect(text(`${name}.cjs`)).toMatch(/^[\0-\x7f]*$/);
	});

	test('an ES module that imports it sees every name of the ES build, with the same values, even with Object.prototype polluted', () => {
		// In a Node.js process of its own: Node.js, not vitest, loads the files and reads the CommonJS file's names.
		const source = `
import {createRequire} from 'node:module';
import {isDeepStrictEqual} from 'node:util';
const esm = await import(${JSON.stringify(`${dist}${name}.js`)});
const imported = await import(${JSON.stringify(`${dist}${name}.cjs`)});
const required = createRequire(import.meta.url)(${JSON.stringify(`${dist}${name}.cjs`)});
const same = key => imported[key] === required[key] && (typeof esm[key] === 'function' ? typeof required[key] === 'function' : isDeepStrictEqual(esm[key], required[key]) && Object.isFrozen(esm[key]) === Object.isFrozen(required[key]));
console.log(JSON.stringify({
	esm: Object.keys(esm),
	imported: Object.keys(imported).filter(key => key !== 'default' && key !== 'module.exports'),
	required: Object.keys(required).sort(),
	different: Object.keys(esm).filter(key => !same(key)),
	prototype: Object.getPrototypeOf(required),
	polluted: required.pollutedName ?? null,
}));`;
		const pollute = "Object.prototype.pollutedName = 'Polluted';";
		const child = spawnSync(process.execPath, ['--input-type=module', '-e', `${pollute}${source}`], {encoding: 'utf8'});
		expect(child.stderr).toBe('');
		const seen = JSON.parse(child.stdout) as {esm: string[]; imported: string[]; required: string[]; different: string[]; prototype: null; polluted: null};
		expect(seen.esm.length).toBeGreaterThan(0);
		expect(seen.imported).toEqual(seen.esm);
		expect(seen.required).toEqual(seen.esm);
		expect(seen.different).toEqual([]);
		// A null prototype, as an ES module's namespace has: no name is read from a polluted Object.prototype.
		expect(seen.prototype).toBeNull();
		expect(seen.polluted).toBeNull();
	});
});

describe('dist/index.cjs', () => {
	const source = text('index.cjs');

	test('writes each number in place of its constant, and lists the names for Node.js in a line it never runs', () => {
		expect(source).not.toMatch(/^const HTTP_/m);
		expect(source).toContain('\tHTTP_404_NOT_FOUND: 404,\n');
		expect(source).toContain('\tHTTP_422_UNPROCESSABLE_ENTITY: 422,\n');
		expect(source).toMatch(/^0 && \(module\.exports = \{CONTENTFUL_STATUSES, FINAL_STATUSES, [\w, ]+, statusClass\}\);$/m);
	});

	test('writes every exported table out, frozen, and builds only the phrase array from the record when it loads', () => {
		for (const table of TABLES) {
			expect(source, table).toMatch(new RegExp(String.raw`^const ${table} = /\* @__PURE__ \*/ freeze\((?:\[|PHRASE_RECORD\);)$`, 'm'));
		}
		expect(source).toMatch(/^const PHRASE_RECORD = \{\n\t__proto__: null,\n\t100: "Continue",$/m);
		expect(source).toContain(
			'const PHRASES_FROM_100 = /* @__PURE__ */ phrasesFrom(PHRASE_RECORD);\nconst PHRASES_WITHOUT_PROTOTYPE = /* @__PURE__ */ Reflect.setPrototypeOf(PHRASES_FROM_100, null) === true;\nconst REASON_PHRASES = /* @__PURE__ */ freeze(PHRASE_RECORD);\n',
		);
		expect(source).not.toMatch(/\b(?:namedCodes|phraseRecord|copyOf)\(/);
	});

	test('the ES build still builds its tables from the phrases, which a bundle carries once, and captures its built-ins in pure calls', () => {
		const esm = text('index.js');
		expect(esm).toContain('const STATUS_CODES = /* @__PURE__ */ namedCodes();');
		expect(esm).toContain('const REASON_PHRASES = /* @__PURE__ */ phraseRecord(PHRASES_FROM_100);');
		expect(esm).toMatch(/^export \{/m);
		expect(esm).toMatch(/^const stringify = \/\* @__PURE__ \*\/ \(\(\) => JSON\.stringify\)\(\);$/m);
		expect(esm).not.toMatch(/\bcapture\(/);
		expect(source).toMatch(/^const stringify = JSON\.stringify;$/m);
	});

	test('the declarations of both builds are the same', () => {
		expect(text('index.d.cts')).toBe(text('index.d.ts'));
	});
});
