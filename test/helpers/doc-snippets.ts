// The TypeScript snippets of the docs, and the `//=>` results they claim, for test/examples/doc-snippets.test.ts.
// A snippet is a ```ts block of README.md or docs/*.md, or the ```ts block of an `@example` in src/. A `//=>` line
// states the result of the statement just above it: the value of an expression statement (or the error it
// throws: `//=> throws RangeError: message`), or the type of a `type Name = …;` alias.
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import ts from 'typescript';

/** One ```ts block, with where it came from: `line` is the file's line of the snippet's first line. */
export type Snippet = {name: string; source: string; line: number; code: string};

/** One `//=>` claim: the statement it follows and what it says. */
export type Claim = {line: number; kind: 'value' | 'type'; statement: string; expected: string; start: number; end: number};

const FENCE = /^```(?:ts|typescript)\n([\s\S]*?)^```$/gm;

/** The line number (1-based) of an offset in a text. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Every ```ts block of a Markdown file. */
export function markdownSnippets(root: string, path: string): Snippet[] {
	const text = readFileSync(join(root, path), 'utf8');
	return [...text.matchAll(FENCE)].map((match, index) => ({
		name: `${path}#${index + 1}`,
		source: path,
		line: lineAt(text, match.index) + 1,
		code: match[1] ?? '',
	}));
}

/** Every ```ts block inside an `@example` of a source file, with the JSDoc's ` * ` prefixes removed. */
export function exampleSnippets(root: string, path: string): Snippet[] {
	const text = readFileSync(join(root, path), 'utf8');
	const snippets: Snippet[] = [];
	for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
		const body = comment[0]
			.split('\n')
			.map(line => line.replace(/^\s*\/?\*\*?\/?(?: |$)/, ''))
			.join('\n');
		for (const example of body.matchAll(/@example\s*\n```(?:ts|typescript)\n([\s\S]*?)```/g)) {
			const line = lineAt(text, comment.index) + lineAt(body, example.index) + 1; // the line after ```ts
			snippets.push({name: `${path}:${line}`, source: path, line, code: example[1] ?? ''});
		}
	}
	return snippets;
}

/** The .ts files under a folder, relative to root, sorted. */
export function sourceFiles(root: string, folder: string): string[] {
	return readdirSync(join(root, folder), {recursive: true, encoding: 'utf8'})
		.filter(file => file.endsWith('.ts'))
		.map(file => relative(root, join(root, folder, file)))
		.sort();
}

/** The `//=>` claims of a snippet, each tied to the statement that ends just above it. */
export function claims(code: string): Claim[] {
	const file = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ES2022, true);
	const found: Claim[] = [];
	for (const match of code.matchAll(/^[ \t]*\/\/=>[ \t]?(.*)$/gm)) {
		const line = lineAt(code, match.index);
		const statement = [...file.statements].reverse().find(candidate => candidate.end <= match.index);
		const between = statement === undefined ? '' : code.slice(statement.end, match.index);
		if (statement === undefined || !/^(?:\s|\/\/[^\n]*\n|\/\/=>[^\n]*\n)*$/.test(between)) {
			throw new Error(`line ${line}: a //=> must follow the statement it describes`);
		}
		const kind = ts.isExpressionStatement(statement) ? 'value' : ts.isTypeAliasDeclaration(statement) ? 'type' : undefined;
		if (kind === undefined) {
			throw new Error(`line ${line}: a //=> follows an expression statement (its value) or a type alias (its type), not "${statement.getText()}"`);
		}
		const expression = ts.isExpressionStatement(statement) ? statement.expression : statement;
		found.push({line, kind, statement: statement.getText(), expected: (match[1] ?? '').trim(), start: expression.getStart(), end: expression.end});
	}
	return found;
}

/**
 * The snippet as a JavaScript module that records the value (or the thrown error) of every expression a `//=>`
 * describes, as `await __record(index, async () => (expression));` (so a claim may `await`). Only the imports, the variables a claim may read and the
 * claimed expressions run: the rest of a snippet shows types (`declare const status: StatusCode; if (…) …`) and
 * has nothing to run.
 */
export function instrumented(code: string, found: Claim[]): string {
	const file = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ES2022, true);
	const kept = file.statements.flatMap(statement => {
		const index = found.findIndex(
			claim => claim.kind === 'value' && claim.start === (ts.isExpressionStatement(statement) ? statement.expression.getStart() : -1),
		);
		if (index >= 0) {
			return [`await __record(${index}, async () => (${found[index]?.statement.replace(/;$/, '') ?? ''}));`];
		}
		const declared = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some(modifier => modifier.kind === ts.SyntaxKind.DeclareKeyword);
		return ts.isImportDeclaration(statement) || (ts.isVariableStatement(statement) && !declared) ? [statement.getText()] : [];
	});
	return ts.transpileModule(kept.join('\n'), {compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false}})
		.outputText;
}

/** The type a `type Name = …` alias of a compiled snippet stands for, as the compiler prints it. */
export function aliasTypes(files: string[], options: ts.CompilerOptions): Map<string, Map<number, string>> {
	const program = ts.createProgram(files, options);
	const checker = program.getTypeChecker();
	const types = new Map<string, Map<number, string>>();
	for (const path of files) {
		const file = program.getSourceFile(path);
		const byLine = new Map<number, string>();
		for (const statement of file?.statements ?? []) {
			if (ts.isTypeAliasDeclaration(statement)) {
				const type = checker.getTypeAtLocation(statement.name);
				const printed = checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias);
				byLine.set(statement.getStart(), printed);
			}
		}
		types.set(path, byLine);
	}
	return types;
}

/**
 * A type as text, for comparison: one kind of quote, single spaces, object types written `{a: 1; b: 2}`, and the
 * members of a top-level union in a fixed order (the compiler prints them in the order it created the types).
 */
export function normalType(text: string): string {
	const spaced = text.replaceAll('"', "'").replaceAll(/\s+/g, ' ').trim().replaceAll('{ ', '{').replaceAll(/;? \}/g, '}');
	return topLevelMembers(spaced).sort().join(' | ');
}

// The members of a top-level union, split at each `|` outside brackets and quotes.
function topLevelMembers(text: string): string[] {
	const members: string[] = [];
	let depth = 0;
	let quoted = false;
	let start = 0;
	for (let index = 0; index < text.length; index++) {
		const character = text[index];
		if (character === "'") {
			quoted = !quoted;
		} else if (!quoted && '([{<'.includes(character!)) {
			depth++;
		} else if (!quoted && ')]}'.includes(character!)) {
			depth--;
		} else if (!quoted && character === '>' && text[index - 1] !== '=') {
			depth--;
		} else if (!quoted && depth === 0 && character === '|') {
			members.push(text.slice(start, index).trim());
			start = index + 1;
		}
	}
	members.push(text.slice(start).trim());
	return members;
}
