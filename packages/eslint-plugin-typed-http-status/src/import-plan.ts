// How a fix refers to the package's exports, and what it imports to do so. Every name is checked with the scope
// manager where it is written: an existing import or namespace is used only where nothing shadows it, and a
// new import takes the export's own name only when that name is free in the file (else `NAME_1`, `NAME_2` …).
// The import edit rides on a finding's fix only when the two are close together, or on the file's first such
// fix: a fix never carries the text of the whole file, and `--fix`'s next pass rewrites what is left.
import type {AST, Rule, SourceCode} from 'eslint';
import type * as ESTree from 'estree';
import {isTypeOnly, moduleExportName, moduleImports, PACKAGE_NAME} from './import-fixer.ts';
import {braced, importStyle} from './import-style.ts';
import {writesImport} from './module-form.ts';
import {fileScopes, isFreeAtTop, reachesTop} from './scope.ts';

/** The exports one fix refers to, and where. */
export interface ImportRequest {
	readonly node: ESTree.Node;
	readonly names: readonly string[];
}

/** How the fixes of one rule in one file refer to the package's exports, and the fixes that carry the import. */
export interface ImportPlan {
	/**
	 * The text that means the export `name` at `node`: a local name, `status.NAME` through a namespace, or the name a
	 * new import gives it. Throws a `TypeError` for a name that was not requested at that node.
	 */
	reference(name: string, node: ESTree.Node): string;
	/**
	 * The fix for one finding: its own edits, plus the import of `all` when `names` are not yet importable at `node`;
	 * `undefined` when that import is far away and an earlier fix carries it (the next `--fix` pass applies this one).
	 */
	fix(node: ESTree.Node, names: readonly string[], edits: Edits, all: readonly string[]): Rule.ReportFixer | undefined;
	/** As `fix`, for a suggestion: `undefined` when the import it needs is far away (then `importOnly` offers it). */
	suggestion(node: ESTree.Node, names: readonly string[], edits: Edits): Rule.ReportFixer | undefined;
	/** The edit that imports `names` and nothing else: what is offered when `suggestion` is `undefined`. */
	importOnly(names: readonly string[]): Rule.ReportFixer;
}

type Edits = (fixer: Rule.RuleFixer) => Rule.Fix | Rule.Fix[];

/** The most text between a finding and the import that one fix may span: a screenful, whatever the file's size. */
export const LOCAL_SPAN = 2000;

/** A type-only import of one of the package's exports, which a value use must turn into a value import. */
interface TypeBinding {
	readonly specifier: ESTree.ImportSpecifier;
	readonly statement: ESTree.ImportDeclaration;
}

/**
 * Plan the references and imports of one rule's fixes in one file, given every place a fix will refer to an export.
 *
 * @example
 * ```ts
 * // import * as status from 'typed-http-status';  (status) => status === 404
 * importPlan(context, [{node: literal, names: ['HTTP_404_NOT_FOUND']}]).reference('HTTP_404_NOT_FOUND', literal);
 * //=> 'HTTP_404_NOT_FOUND'  (imported by name, since the parameter hides the namespace)
 * ```
 */
export function importPlan(context: Pick<Rule.RuleContext, 'sourceCode' | 'filename'>, requests: readonly ImportRequest[]): ImportPlan {
	const {sourceCode} = context;
	const scopes = fileScopes(sourceCode);
	const {ast} = sourceCode;
	const imports = moduleImports(ast, PACKAGE_NAME);
	const namespaces = imports.flatMap(found => (found.namespace === undefined ? [] : [found.namespace]));
	const locals = new Map<string, string[]>();
	for (const binding of imports.flatMap(found => found.named)) {
		locals.set(binding.imported, [...(locals.get(binding.imported) ?? []), binding.local.name]);
	}
	const typeBindings = new Map<string, TypeBinding>();
	for (const statement of ast.body) {
		if (statement.type === 'ImportDeclaration' && statement.source.value === PACKAGE_NAME) {
			for (const specifier of statement.specifiers) {
				if (specifier.type === 'ImportSpecifier' && (isTypeOnly(statement) || isTypeOnly(specifier))) {
					typeBindings.set(moduleExportName(specifier.imported), {specifier, statement});
				}
			}
		}
	}

	// what each request resolves to: an existing name, or a name to import
	const resolved = new Map<ESTree.Node, Map<string, string>>();
	const added = new Map<string, ESTree.Node[]>();
	const converted = new Set<string>();
	function existing(name: string, node: ESTree.Node): string | undefined {
		const local = locals.get(name)?.find(candidate => reachesTop(scopes, node, candidate));
		if (local !== undefined) {
			return local;
		}
		const namespace = namespaces.find(candidate => reachesTop(scopes, node, candidate));
		if (namespace !== undefined) {
			return `${namespace}.${name}`;
		}
		const typed = typeBindings.get(name);
		if (typed !== undefined && reachesTop(scopes, node, typed.specifier.local.name)) {
			converted.add(name);
			return typed.specifier.local.name;
		}
		return undefined;
	}
	for (const {node, names} of requests) {
		const texts = resolved.get(node) ?? new Map<string, string>();
		resolved.set(node, texts);
		for (const name of names) {
			const text = existing(name, node);
			if (text === undefined) {
				added.set(name, [...(added.get(name) ?? []), node]);
			} else {
				texts.set(name, text);
			}
		}
	}
	const aliases = new Map<string, string>();
	for (const [name, nodes] of added) {
		let alias = name;
		for (let suffix = 1; !isFreeAtTop(scopes, alias) || !nodes.every(node => reachesTop(scopes, node, alias)); suffix++) {
			alias = `${name}_${suffix}`;
		}
		aliases.set(name, alias);
		for (const node of nodes) {
			resolved.get(node)!.set(name, alias);
		}
	}

	const style = importStyle(sourceCode);
	const edit = importEdit(sourceCode, style, aliases, typeBindings, writesImport(sourceCode, context.filename));
	const region = importRegion(
		style.at,
		[...typeBindings.values()].map(binding => binding.statement),
		edit.target,
	);
	const needs = (names: readonly string[]) => names.some(name => aliases.has(name) || converted.has(name));
	const within = (node: ESTree.Node) => {
		const [start, end] = node.range as AST.Range;
		return Math.max(end, region[1]) - Math.min(start, region[0]) <= LOCAL_SPAN;
	};
	let carried = false;
	const importing = (names: readonly string[]) => (fixer: Rule.RuleFixer) =>
		edit.fixes(
			fixer,
			names.filter(name => aliases.has(name) || converted.has(name)),
		);
	const withImport = (edits: Edits, names: readonly string[]) => (fixer: Rule.RuleFixer) => [edits(fixer), importing(names)(fixer)].flat();
	return {
		reference(name, node) {
			const text = resolved.get(node)?.get(name);
			if (text === undefined) {
				throw new TypeError(`importPlan: no reference to ${name} was requested at this node`);
			}
			return text;
		},
		fix(node, names, edits, all) {
			if (!needs(names)) {
				return edits;
			}
			if (carried && !within(node)) {
				return undefined;
			}
			carried = true;
			return withImport(edits, [...names, ...all]);
		},
		suggestion: (node, names, edits) => (!needs(names) ? edits : within(node) ? withImport(edits, names) : undefined),
		importOnly: importing,
	};
}

/** The range the import edits fall in: the new statement's place, the import they extend, the type-only imports they turn into value imports. */
function importRegion(at: number, statements: readonly ESTree.Node[], target: ESTree.Node | undefined): AST.Range {
	const ranges = [...statements, ...(target === undefined ? [] : [target])].map(node => node.range as AST.Range);
	return [Math.min(at, ...ranges.map(range => range[0])), Math.max(at, ...ranges.map(range => range[1]))];
}

/** The statement new names join: the first `import {…}` (value) or `const {…} = require(…)` of the package. */
function extendable(sourceCode: SourceCode): {node: ESTree.Node; specifiers: readonly ESTree.Node[]} | undefined {
	for (const found of moduleImports(sourceCode.ast, PACKAGE_NAME)) {
		const {statement} = found;
		if (statement.type === 'ImportDeclaration' && found.namespace === undefined && found.siblings.some(node => node.type === 'ImportSpecifier')) {
			return {node: statement, specifiers: found.siblings};
		}
		if (statement.type === 'VariableDeclarator' && statement.id.type === 'ObjectPattern') {
			return {node: statement.id, specifiers: found.siblings};
		}
	}
	return undefined;
}

/** The edits that import names: into an existing list (kept in order, new names placed sorted), or as a new statement. */
function importEdit(
	sourceCode: SourceCode,
	style: ReturnType<typeof importStyle>,
	aliases: ReadonlyMap<string, string>,
	typeBindings: ReadonlyMap<string, TypeBinding>,
	module: boolean,
): {target: ESTree.Node | undefined; fixes(fixer: Rule.RuleFixer, names: readonly string[]): Rule.Fix[]} {
	const found = extendable(sourceCode);
	const spell = (name: string, local: string, pattern: boolean) => (name === local ? name : pattern ? `${name}: ${local}` : `${name} as ${local}`);
	return {
		target: found?.node,
		fixes(fixer, names) {
			const fixes: Rule.Fix[] = [];
			const fresh = [...new Set(names)].filter(name => aliases.has(name)).sort();
			for (const name of new Set(names)) {
				const typed = typeBindings.get(name);
				if (typed !== undefined && !aliases.has(name)) {
					fixes.push(...toValueImport(fixer, sourceCode, typed));
				}
			}
			if (fresh.length === 0) {
				return fixes;
			}
			if (found === undefined) {
				const texts = fresh.map(name => spell(name, aliases.get(name)!, !module));
				const from = `${style.quote}${PACKAGE_NAME}${style.quote}${style.semicolon}`;
				const line = module
					? `import ${braced(texts, style, 'import ', ` from ${from}`)} from ${from}`
					: `const ${braced(texts, style, 'const ', ` = require(${from})`)} = require(${style.quote}${PACKAGE_NAME}${style.quote})${style.semicolon}`;
				fixes.push(
					style.after ? fixer.insertTextAfterRange([style.at, style.at], `\n${line}`) : fixer.insertTextBeforeRange([style.at, style.at], `${line}\n`),
				);
				return fixes;
			}
			const pattern = found.node.type === 'ObjectPattern';
			fixes.push(
				extendList(
					fixer,
					sourceCode,
					style,
					found,
					fresh.map(name => ({name, text: spell(name, aliases.get(name)!, pattern)})),
				),
			);
			return fixes;
		},
	};
}

/** The name a specifier or pattern property imports, for placing new names in sorted order. */
function importedName(node: ESTree.Node): string {
	if (node.type === 'ImportSpecifier') {
		return moduleExportName(node.imported);
	}
	return node.type === 'Property' && node.key.type === 'Identifier' ? node.key.name : '';
}

/** Add names to `{…}`: one line or one name a line, as the list is written; sorted among the names when the list is sorted. */
function extendList(
	fixer: Rule.RuleFixer,
	sourceCode: SourceCode,
	style: ReturnType<typeof importStyle>,
	found: {node: ESTree.Node; specifiers: readonly ESTree.Node[]},
	fresh: ReadonlyArray<{name: string; text: string}>,
): Rule.Fix {
	const braces = found.specifiers.filter(node => node.type === 'ImportSpecifier' || node.type === 'Property' || node.type === 'RestElement');
	const open = sourceCode.getTokenBefore(braces[0]!, {filter: token => token.value === '{'})!;
	const close = sourceCode.getTokenAfter(braces.at(-1)!, {filter: token => token.value === '}'})!;
	const last = braces.at(-1)!;
	const inside = sourceCode.getCommentsInside(found.node).some(comment => comment.range![0] > open.range[0] && comment.range![1] < close.range[1]);
	const names = braces.map(importedName);
	const sorted = names.every((name, index) => index === 0 || names[index - 1]! <= name) && last.type !== 'RestElement';
	if (inside || !sorted) {
		// keep every byte of the list as written (comments, a `...rest` last): the new names go after its last entry
		const target = last.type === 'RestElement' ? braces.at(-2) : last;
		return target === undefined
			? fixer.insertTextBefore(last, `${fresh.map(entry => entry.text).join(', ')}, `)
			: fixer.insertTextAfter(target, fresh.map(entry => `, ${entry.text}`).join(''));
	}
	const entries = [...braces.map((node, index) => ({name: names[index]!, text: sourceCode.getText(node)})), ...fresh].sort((a, b) =>
		a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
	);
	const texts = entries.map(entry => entry.text);
	const multiline = braces[0]!.loc!.start.line > open.loc.end.line;
	if (multiline) {
		const line = sourceCode.lines[braces[0]!.loc!.start.line - 1]!;
		const indent = /^\s*/.exec(line)![0];
		const trailing = sourceCode.getTokenAfter(last)!.value === ',' ? ',' : '';
		return fixer.replaceTextRange([open.range[0], close.range[1]], `{\n${texts.map(text => `${indent}${text}`).join(',\n')}${trailing}\n}`);
	}
	const lineText = sourceCode.lines[open.loc.start.line - 1]!;
	const before = lineText.slice(0, open.loc.start.column);
	const after = sourceCode.lines[close.loc.end.line - 1]!.slice(close.loc.end.column);
	const space = sourceCode.text.slice(open.range[1], (braces[0]!.range as AST.Range)[0]).length > 0 ? ' ' : '';
	return fixer.replaceTextRange([open.range[0], close.range[1]], braced(texts, {...style, space}, before, after));
}

/** Turn a type-only import of a name into a value import: drop `type` from `{type NAME}`, or from `import type {…}` giving the other names `type` each. */
function toValueImport(fixer: Rule.RuleFixer, sourceCode: SourceCode, typed: TypeBinding): Rule.Fix[] {
	const {specifier, statement} = typed;
	if (!isTypeOnly(statement)) {
		const keyword = sourceCode.getFirstToken(specifier)!;
		return [fixer.removeRange([keyword.range[0], (specifier.imported.range as AST.Range)[0]])];
	}
	const keyword = sourceCode.getFirstToken(statement, {skip: 1})!;
	const next = sourceCode.getTokenAfter(keyword)!;
	return [
		fixer.removeRange([keyword.range[0], next.range[0]]),
		...statement.specifiers.filter(other => other !== specifier && other.type === 'ImportSpecifier').map(other => fixer.insertTextBefore(other, 'type ')),
	];
}
