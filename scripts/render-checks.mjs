// @ts-check
/**
 * The checks the generator writes into the bodies of hand-written guards, so that each is written in one place (here)
 * and still inline in every guard: a shared helper would cost a bundle a function and a call (89 bytes for one class
 * guard, against 57 inline). A hand-written module asks for a check with a marker comment; the line or lines after it
 * are the generator's, and test/unit/generate.test.ts fails when they differ from what it writes. Pure functions, no I/O.
 *
 * - `// Written by npm run generate: `code` is an integer from 400 to 499.` — the range check in the statement that
 *   follows (`the last named code` as the upper bound is the registry's last code). Written
 *   `typeof code === 'number' && (FLAG || (…))`, the range is checked only when `FLAG` is false, and the generator
 *   keeps `FLAG`.
 * - `// Written by npm run generate: `code` is one of RETRYABLE_CODES.` — a scan of that list, through the function's
 *   `return` (the list's length comes from data/response-sets.json).
 * - `// Written by npm run generate: `SuccessIn` is `StatusIn` at '2xx'.` — the type alias that follows, written as the
 *   module's alias `StatusIn<Value, Class>` with `Class` replaced by the class: the answers written once, and a copy
 *   of them per class guard in which the class is a literal, which the compiler need not instantiate
 *   (src/class-guards.ts says what that saves).
 */

/**
 * The range check: a number (`typeof` first, so nothing is coerced and no `valueOf` runs), from `low` to `high`, and an
 * integer (`(value | 0) === value`, an operator, where `Number.isInteger` is a built-in a program could replace).
 * @param {string} name the variable checked.
 * @param {number} low
 * @param {number} high
 * @param {string} [unless] a constant that, when true, makes the range and integer checks unnecessary: the number
 *   check alone then comes first.
 */
export function rangeCheck(name, low, high, unless) {
	const range = `${name} >= ${low} && ${name} <= ${high} && (${name} | 0) === ${name}`;
	return `typeof ${name} === 'number' && ${unless === undefined ? range : `(${unless} || (${range}))`}`;
}

/**
 * A scan of a module's own list, last element first, by index: no built-in, no read past its end (so none reaches a
 * prototype), and `!==` never coerces. Shorter in a bundle than a lookup record and, for these short lists, faster.
 * @param {string} indent the indentation of the marker.
 * @param {string} name the variable looked up.
 * @param {string} list the list's name.
 * @param {number} length the list's length.
 */
export function membershipCheck(indent, name, list, length) {
	return [
		`${indent}let index = ${length};`,
		`${indent}while (index-- && ${list}[index] !== ${name}) {`,
		`${indent}\t// The condition is the scan.`,
		`${indent}}`,
		`${indent}return index >= 0;`,
	].join('\n');
}

/** What a marker says: the text before `:` names the generator, the rest the check. */
const MARKER = /^(\t*)\/\/ Written by npm run generate: `(\w+)` is (?:an integer from (\d+) to (\d+|the last named code)|one of (\w+))\.$/gm;

/** How the range check begins and ends, to find the one a marked statement holds (whatever its bounds). */
const WRITTEN_CHECK = (/** @type {string} */ name) =>
	new RegExp(String.raw`typeof ${name} === 'number' && (?:\((\w+) \|\| \([^;]*?\(${name} \| 0\) === ${name}\)\)|[^;]*?\(${name} \| 0\) === ${name})`);

/** The integer check anywhere in code, for the test that no hand-written copy of the range check remains. */
export const INTEGER_CHECK = /\((\w+) \| 0\) === \1/g;

/** A marker that asks for a copy of a generic alias at a class: the copy's name, the alias's, and the class. */
const ALIAS_MARKER = /^\/\/ Written by npm run generate: `(\w+)` is `(\w+)` at ('\dxx'(?: \| '\dxx')*)\.$/gm;

/**
 * Where the statement that starts at `from` ends: just after the first `;` outside every bracket.
 * @param {string} text
 * @param {number} from
 * @returns {number} the offset after the `;`, or -1 when there is none.
 */
function statementEnd(text, from) {
	let depth = 0;
	for (let index = from; index < text.length; index++) {
		const char = text[index];
		if (char === '{' || char === '[' || char === '(' || char === '<') {
			depth++;
		} else if (char === '}' || char === ']' || char === ')' || (char === '>' && text[index - 1] !== '=')) {
			depth--;
		} else if (char === ';' && depth === 0) {
			return index + 1;
		}
	}
	return -1;
}

/**
 * A module with every alias marker's copy written anew from the generic alias it names, which must be declared in the
 * same module as `export type Alias<Value, Class extends StatusClass> = …;`.
 * @param {string} path the module's path, for messages.
 * @param {string} text the module.
 */
export function rewriteAliases(path, text) {
	let written = '';
	let from = 0;
	for (const match of text.matchAll(ALIAS_MARKER)) {
		const [marker, name = '', generic = '', classes = ''] = match;
		const at = `${path}:${text.slice(0, match.index).split('\n').length}`;
		const head = `export type ${generic}<Value, Class extends StatusClass> = `;
		const start = text.indexOf(head);
		const end = start === -1 ? -1 : statementEnd(text, start + head.length);
		if (end === -1) {
			throw new Error(`${at}: no alias ${head.trim()} … ; in the module`);
		}
		const after = match.index + marker.length;
		const copyHead = `\nexport type ${name}<Value> = `;
		const copyEnd = text.startsWith(copyHead, after) ? statementEnd(text, after + copyHead.length) : -1;
		if (copyEnd === -1) {
			throw new Error(`${at}: the marker must be followed by export type ${name}<Value> = … ;`);
		}
		const body = text.slice(start + head.length, end).replaceAll(/\bClass\b/g, classes);
		written += `${text.slice(from, after)}${copyHead}${body}`;
		from = copyEnd;
	}
	return written + text.slice(from);
}

/** The first words of every marker. */
export const MARKER_PREFIX = '// Written by npm run generate: ';

/**
 * A hand-written module with every marked check written anew.
 * @param {string} path the module's path, for messages.
 * @param {string} text the module.
 * @param {{lastCode: number, lists: Record<string, number>}} facts the last named code, and the length of every list a
 *   guard may scan.
 */
export function rewriteChecks(path, text, facts) {
	let written = '';
	let from = 0;
	for (const match of text.matchAll(MARKER)) {
		const [marker, indent = '', name = '', low, high, list] = match;
		const at = `${path}:${text.slice(0, match.index).split('\n').length}`;
		const after = match.index + marker.length;
		written += text.slice(from, after);
		if (list !== undefined) {
			const length = facts.lists[list];
			if (length === undefined) {
				throw new Error(`${at}: no list named ${list}`);
			}
			// The marker owns the lines up to and including the function's `return`.
			const last = text.indexOf(`\n${indent}return `, after);
			if (last === -1) {
				throw new Error(`${at}: the scan of ${list} must end in a return`);
			}
			written += `\n${membershipCheck(indent, name, list, length)}`;
			from = text.indexOf('\n', last + 1);
		} else {
			const end = text.indexOf(';', after);
			const statement = text.slice(after, end);
			if (end === -1 || !WRITTEN_CHECK(name).test(statement)) {
				throw new Error(`${at}: the statement after the marker has no range check of ${name} to rewrite`);
			}
			const upper = high === 'the last named code' ? facts.lastCode : Number(high);
			written += statement.replace(WRITTEN_CHECK(name), (_check, unless) => rangeCheck(name, Number(low), upper, unless));
			from = end;
		}
	}
	return rewriteAliases(path, written + text.slice(from));
}
