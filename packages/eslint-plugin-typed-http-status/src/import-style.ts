// How a file writes its imports, read from the file itself so that an added import passes its formatter: the
// quote, the semicolon, the spacing inside braces, the indent and width a wrapped list takes, and where the new
// statement goes (after the last import or `require`, never between a comment and the statement it governs, never
// above a pragma such as `// @ts-nocheck`).
import type {AST, SourceCode} from 'eslint';
import type * as ESTree from 'estree';
import {afterPragmas} from './pragmas.ts';

/** A file's way of writing an import, and the place a new one goes. */
export interface ImportStyle {
	readonly quote: string;
	readonly semicolon: string;
	/** `' '` when the file writes `{ a }`, `''` for `{a}`. */
	readonly space: string;
	/** One level of indent: a tab, or the file's number of spaces. */
	readonly indent: string;
	/** The longest an import may be on one line before it is wrapped, one name a line: 80, or the file's longest line. */
	readonly width: number;
	/** Where a new statement goes, and whether it is written after that point (`\n` first) or before it. */
	readonly at: number;
	readonly after: boolean;
}

/** The print width Prettier uses unless told otherwise. */
const DEFAULT_WIDTH = 80;

/** `require('x')`, `require('x').y`: the literal naming the module, else `undefined`. */
function requiredModule(node: ESTree.Node | null | undefined): ESTree.Literal | undefined {
	let inner = node;
	while (inner?.type === 'MemberExpression') {
		inner = inner.object;
	}
	return inner?.type === 'CallExpression' &&
		inner.callee.type === 'Identifier' &&
		inner.callee.name === 'require' &&
		inner.arguments[0]?.type === 'Literal' &&
		typeof inner.arguments[0].value === 'string'
		? inner.arguments[0]
		: undefined;
}

/** The module literal of a top-level `import` or `const … = require(…)` statement, else `undefined`. */
export function importedModule(statement: ESTree.Node): ESTree.Literal | undefined {
	if (statement.type === 'ImportDeclaration') {
		return statement.source;
	}
	if (statement.type === 'VariableDeclaration') {
		return statement.declarations.map(declarator => requiredModule(declarator.init)).find(found => found !== undefined);
	}
	return statement.type === 'ExpressionStatement' ? requiredModule(statement.expression) : undefined;
}

/** The end of a statement with the comments that follow it on its last line. */
function endWithTrailingComments(sourceCode: SourceCode, statement: ESTree.Node): number {
	let end = (statement.range as AST.Range)[1];
	const line = statement.loc!.end.line;
	for (const comment of sourceCode.getCommentsAfter(statement)) {
		if (comment.loc!.start.line !== line) {
			break;
		}
		end = comment.range![1];
	}
	return end;
}

/** The start of the comments written directly above a statement (no blank line between): they govern it and stay with it. */
function startWithLeadingComments(sourceCode: SourceCode, statement: ESTree.Node): number {
	let start = (statement.range as AST.Range)[0];
	let line = statement.loc!.start.line;
	for (const comment of sourceCode.getCommentsBefore(statement).reverse()) {
		if ((comment.type as string) === 'Shebang' || comment.loc!.end.line < line - 1) {
			break;
		}
		start = comment.range![0];
		line = comment.loc!.start.line;
	}
	return start;
}

/** The first `{` of the file followed on its line by a name: `{ a` or `{a`. */
function braceSpace(sourceCode: SourceCode, statements: readonly ESTree.Node[]): string {
	const tokens = statements.length > 0 ? statements.flatMap(statement => sourceCode.getTokens(statement)) : sourceCode.ast.tokens;
	for (let index = 0; index < tokens.length - 1; index++) {
		const [brace, next] = [tokens[index]!, tokens[index + 1]!];
		if (brace.value === '{' && next.type === 'Identifier' && next.loc.start.line === brace.loc.end.line) {
			return next.range[0] > brace.range[1] ? ' ' : '';
		}
	}
	return statements.length > 0 ? braceSpace(sourceCode, []) : '';
}

/**
 * Read how a file writes its imports.
 *
 * @example
 * ```ts
 * // import { readFile } from "node:fs"
 * importStyle(context.sourceCode).quote;
 * //=> '"'
 * ```
 */
export function importStyle(sourceCode: SourceCode): ImportStyle {
	const {ast, lines} = sourceCode;
	const imports = ast.body.filter(statement => importedModule(statement) !== undefined);
	const last = imports.at(-1);
	const quoted = (last === undefined ? undefined : importedModule(last)?.raw) ?? ast.tokens.find(token => token.type === 'String')?.value;
	const withBraces = imports.filter(statement => sourceCode.getTokens(statement).some(token => token.value === '{'));
	// the first indented line of code (not the ` * ` of a JSDoc block)
	const indented = lines.find(line => /^[ \t]+[^\s*]/.test(line));
	// a formatter wraps at its print width, so the file's longest line is within it
	const width = lines.reduce((longest, line) => Math.max(longest, line.length), DEFAULT_WIDTH);
	const reference = last ?? ast.body.find(statement => statement.type === 'ExpressionStatement' || statement.type === 'VariableDeclaration');
	const semicolon = reference === undefined || sourceCode.getLastToken(reference)?.value === ';' ? ';' : '';
	// typescript-eslint gives every expression statement a `directive` key, undefined unless it is one
	const directive = ast.body.filter(statement => typeof (statement as Partial<ESTree.Directive>).directive === 'string').at(-1);
	return {
		quote: quoted?.startsWith('"') ? '"' : "'",
		semicolon,
		space: braceSpace(sourceCode, withBraces),
		indent: indented === undefined || indented.startsWith('\t') ? '\t' : /^ +/.exec(indented)![0],
		width,
		...place(sourceCode, last ?? directive),
	};
}

/**
 * Where a new statement goes: after the last import or directive (`before`) and the comments on its line; in a file
 * with neither, above the comments that govern the first statement, but below the file's pragmas.
 */
function place(sourceCode: SourceCode, before: ESTree.Node | undefined): Pick<ImportStyle, 'at' | 'after'> {
	if (before !== undefined) {
		return {at: endWithTrailingComments(sourceCode, before), after: true};
	}
	const first = sourceCode.ast.body[0];
	const start = first === undefined ? 0 : startWithLeadingComments(sourceCode, first);
	const pragma = first === undefined ? undefined : afterPragmas(sourceCode, first, start);
	return pragma === undefined ? {at: start, after: false} : {at: pragma, after: true};
}

/**
 * A list of names in braces, on one line when it fits in `width` with the text around it, else one name a line.
 *
 * @example
 * ```ts
 * braced(['a', 'b'], {space: ' ', indent: '\t', width: 80}, 'import ', " from 'x';");
 * //=> "{ a, b }"
 * ```
 */
export function braced(names: readonly string[], style: Pick<ImportStyle, 'space' | 'indent' | 'width'>, before: string, after: string): string {
	const oneLine = `{${style.space}${names.join(', ')}${style.space}}`;
	if (before.length + oneLine.length + after.length <= style.width) {
		return oneLine;
	}
	return `{\n${names.map(name => `${style.indent}${name},\n`).join('')}}`;
}
