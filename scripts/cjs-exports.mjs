// @ts-check
// The form of the CommonJS exports, written by scripts/build.mjs over what tsdown emits. tsdown ends a CommonJS file
// with one `exports.NAME = local;` statement per export, after a `const` for each constant: for the main entry that
// is about a hundred declarations and a hundred property stores, which `require()` compiles and runs on every load.
// This writes them as one object literal instead, with each number in place of a constant that nothing else reads,
// and with a null prototype, as an ES module's namespace has:
//
//   0 && (module.exports = {HTTP_100_CONTINUE, isStatusCode});
//   module.exports = {__proto__: (null), HTTP_100_CONTINUE: 100, isStatusCode};
//
// V8 gives an object literal with a null prototype a dictionary of properties at once, where it would give any other
// object a new shape for each of its hundred properties, one after the other (a third of what is left of the
// file's cost, measured with callgrind); and no name read from the object can come from a polluted Object.prototype.
// Node.js finds a CommonJS module's names for `import` by reading its text (cjs-module-lexer), which takes the
// names of an object literal assigned to `module.exports` only while each value is a name: the first line, never
// run, lists every name for it (the form esbuild writes for the same purpose); the lexer would take `__proto__: null`
// for an export named `__proto__`, and stops at `(null)`, which means the same to V8. tsdown's
// `Object.defineProperty(exports, Symbol.toStringTag, …)` goes too.
//
// Each `capture(() => value)` of src/built-ins.ts is written as the value (inlineCaptures): the call of `capture`,
// marked pure, is what lets a bundler drop a built-in that no code reads, and nothing shakes a CommonJS file, where
// the call and its arrow cost a compiled function each when the file loads. In the ES build each is written as a
// pure call of its arrow (pureCaptures), which a bundler still drops, and which esbuild writes as the value alone when
// it keeps it: the source cannot say so itself, since tsdown (Rolldown) writes such a call as the value, without the
// mark that lets a bundler drop it.
//
// Every character outside ASCII is written as a `\u` escape (asciiSource): Node.js then reads the file into a string
// of one byte a character, which V8 decodes and scans faster than the two-byte string one `…` would make of it all.
import ts from 'typescript';

const TO_STRING_TAG = 'Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });\n';
const EXPORT = /^exports\.([A-Za-z_$][\w$]*) = ([A-Za-z_$][\w$]*);$/;
const NUMBER = /^-?\d+$/;

/**
 * Rewrite the exports of one CommonJS file that tsdown wrote as one object literal.
 *
 * @param {string} text the file as tsdown wrote it.
 * @param {string} file its name, for the error.
 * @returns {string} the same module, exporting the same values under the same names.
 */
export function literalExports(text, file) {
	const lines = text.startsWith(TO_STRING_TAG) ? text.slice(TO_STRING_TAG.length).split('\n') : text.split('\n');
	while (lines.at(-1) === '') {
		lines.pop();
	}
	/** @type {Array<[name: string, local: string]>} */
	const exported = [];
	for (let match = EXPORT.exec(lines.at(-1) ?? ''); match !== null; match = EXPORT.exec(lines.at(-1) ?? '')) {
		lines.pop();
		exported.unshift([match[1] ?? '', match[2] ?? '']);
	}
	const body = lines.join('\n');
	if (exported.length === 0 || /\b(?:module|exports)\b/.test(`${body} ${exported.map(([, local]) => local).join(' ')}`)) {
		throw new Error(`${file}: expected tsdown's CommonJS form, a run of \`exports.NAME = local;\` at the end and no other use of \`exports\``);
	}
	// A constant is written in place when its declaration is its only other appearance in the file.
	/** @type {Map<string, string>} */
	const declared = new Map();
	for (const line of lines) {
		const [, local, value] = /^const ([A-Za-z_$][\w$]*) = (.*);$/.exec(line) ?? [];
		if (local !== undefined && value !== undefined && NUMBER.test(value)) {
			declared.set(local, value);
		}
	}
	const appearances = (/** @type {string} */ local) => body.split(new RegExp(`(?<![\\w$])${local.replaceAll('$', '\\$')}(?![\\w$])`)).length - 1;
	const inlined = new Set(exported.map(([, local]) => local).filter(local => declared.has(local) && appearances(local) === 1));
	const kept = lines.filter(line => !inlined.has(/^const ([A-Za-z_$][\w$]*) = /.exec(line)?.[1] ?? ''));
	const entries = exported.map(([name, local]) => {
		const value = inlined.has(local) ? declared.get(local) : local;
		return value === name ? `\t${name},` : `\t${name}: ${value},`;
	});
	return `${kept.join('\n')}
0 && (module.exports = {${exported.map(([name]) => name).join(', ')}});
module.exports = {
	__proto__: (null),
${entries.join('\n')}
};
`;
}

/**
 * The same module with each character outside ASCII written as its `\u` escape, which means the same character in a
 * string, a template, a regular expression and an identifier, but for the raw text a template's tag reads: a tagged
 * template keeps its characters.
 *
 * @param {string} text a JavaScript module.
 * @returns {string} the same module, in ASCII but for its tagged templates.
 */
export function asciiSource(text) {
	if (!/[^\0-\x7f]/.test(text)) {
		return text;
	}
	const source = ts.createSourceFile('module.cjs', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
	/** @type {Array<[start: number, end: number]>} */
	const raw = [];
	/** @param {import('typescript').Node} node */
	const visit = node => {
		if (ts.isTaggedTemplateExpression(node)) {
			raw.push([node.template.getStart(source), node.template.end]);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return text.replace(/[^\0-\x7f]/g, (char, /** @type {number} */ offset) =>
		raw.some(([start, end]) => offset >= start && offset < end) ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

const CAPTURE = 'function capture(read) {\n\treturn read();\n}\n';

/**
 * The same module with each `/* @__PURE__ *\/ capture(() => value);` written as `value;`, and without `capture` once
 * nothing calls it, when `capture` is the identity call of src/built-ins.ts; else the module as it is.
 *
 * @param {string} text a JavaScript module.
 * @returns {string} the same module, reading the same built-ins when it loads.
 */
export function inlineCaptures(text) {
	return rewriteCaptures(text, '$1;');
}

/**
 * The same module with each `/* @__PURE__ *\/ capture(() => value);` written as `/* @__PURE__ *\/ (() => value)();`,
 * and without `capture` once nothing calls it, when `capture` is the identity call of src/built-ins.ts; else the
 * module as it is. For the ES build: a bundler drops a pure call nothing reads, of an arrow as of `capture`, and
 * esbuild writes the arrow it keeps as its value alone, where it keeps `capture` and a call of it for each built-in.
 *
 * @param {string} text a JavaScript module.
 * @returns {string} the same module, reading the same built-ins when it loads.
 */
export function pureCaptures(text) {
	return rewriteCaptures(text, '/* @__PURE__ */ (() => $1)();');
}

/**
 * `text` with each pure call of the identity `capture` replaced by `replacement` (`$1` is the arrow's value), and
 * `capture` dropped once nothing calls it; `text` itself when it holds no identity `capture`.
 *
 * @param {string} text a JavaScript module.
 * @param {string} replacement what to write for each call.
 * @returns {string} the module rewritten.
 */
function rewriteCaptures(text, replacement) {
	if (!text.includes(CAPTURE)) {
		return text;
	}
	const rewritten = text.replace(/\/\* @__PURE__ \*\/ capture\(\(\) => (.+)\);$/gm, replacement);
	return /\bcapture\(/.test(rewritten.replace(CAPTURE, '')) ? rewritten : rewritten.replace(CAPTURE, '');
}
