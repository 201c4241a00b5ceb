// How a fix refers to one of the package's exports, and the edit that makes it importable: extend an existing
// `import {…} from 'typed-http-status'` (or `const {…} = require(…)`), use the namespace of an existing
// `import * as status`, or add a new import beside the file's other imports.
import type {AST, Rule, SourceCode} from 'eslint';
import type * as ESTree from 'estree';

/** The package the fixes import from. */
export const PACKAGE_NAME = 'typed-http-status';

/** What a file already imports from the package, and how to import more. */
export interface ImportPlan {
	/** How code in this file refers to an export: its local name, or `status.HTTP_404_NOT_FOUND` through a namespace. */
	reference(name: string): string;
	/** The edit that makes every one of `names` importable, or `undefined` when the file already can use them all. */
	fix(fixer: Rule.RuleFixer, names: Iterable<string>): Rule.Fix | undefined;
}

/** `require('module')`, as a call node. */
export function isRequireOf(node: ESTree.Node | null | undefined, module: string): boolean {
	return (
		node?.type === 'CallExpression' &&
		node.callee.type === 'Identifier' &&
		node.callee.name === 'require' &&
		node.arguments[0]?.type === 'Literal' &&
		node.arguments[0].value === module
	);
}

/** Whether an import declaration or specifier is type-only (`import type`, `import {type X}`): TypeScript's `importKind`. */
export function isTypeOnly(node: ESTree.Node): boolean {
	return (node as {importKind?: string}).importKind === 'type';
}

/**
 * Read what the file imports from the package, for fixes that refer to its exports.
 *
 * @example
 * ```ts
 * // in a file with `import * as status from 'typed-http-status'`
 * importPlan(context.sourceCode).reference('HTTP_404_NOT_FOUND');
 * //=> 'status.HTTP_404_NOT_FOUND'
 * ```
 */
export function importPlan(sourceCode: SourceCode): ImportPlan {
	const locals = new Map<string, string>();
	let namespace: string | undefined;
	let extendAfter: ESTree.Node | undefined;
	let lastImport: ESTree.Node | undefined;
	for (const statement of sourceCode.ast.body) {
		if (statement.type === 'ImportDeclaration') {
			lastImport = statement;
			if (statement.source.value !== PACKAGE_NAME || isTypeOnly(statement)) {
				continue;
			}
			for (const specifier of statement.specifiers) {
				if (specifier.type === 'ImportNamespaceSpecifier') {
					namespace = specifier.local.name;
				} else if (specifier.type === 'ImportSpecifier' && !isTypeOnly(specifier)) {
					const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
					locals.set(imported, specifier.local.name);
				}
			}
			const last = statement.specifiers.at(-1);
			if (extendAfter === undefined && last?.type === 'ImportSpecifier') {
				extendAfter = last;
			}
		} else if (statement.type === 'VariableDeclaration') {
			for (const declarator of statement.declarations) {
				if (!isRequireOf(declarator.init, PACKAGE_NAME)) {
					continue;
				}
				if (declarator.id.type === 'Identifier') {
					namespace = declarator.id.name;
				} else if (declarator.id.type === 'ObjectPattern') {
					for (const property of declarator.id.properties) {
						if (property.type === 'Property' && property.key.type === 'Identifier' && property.value.type === 'Identifier') {
							locals.set(property.key.name, property.value.name);
						}
					}
					extendAfter ??= declarator.id.properties.at(-1);
				}
			}
		}
	}
	const commonJs = sourceCode.ast.sourceType !== 'module';
	return {
		reference: name => locals.get(name) ?? (namespace === undefined ? name : `${namespace}.${name}`),
		fix(fixer, names) {
			if (namespace !== undefined) {
				return undefined;
			}
			const missing = [...new Set(names)].filter(name => !locals.has(name));
			if (missing.length === 0) {
				return undefined;
			}
			if (extendAfter !== undefined) {
				return fixer.insertTextAfter(extendAfter, missing.map(name => `${separatorAfter(sourceCode, extendAfter as ESTree.Node)}${name}`).join(''));
			}
			const line = commonJs ? `const {${missing.join(', ')}} = require('${PACKAGE_NAME}');` : `import {${missing.join(', ')}} from '${PACKAGE_NAME}';`;
			if (lastImport !== undefined) {
				return fixer.insertTextAfter(lastImport, `\n${line}`);
			}
			const first = sourceCode.ast.body.find(statement => !('directive' in statement));
			const directive = sourceCode.ast.body.filter(statement => 'directive' in statement).at(-1);
			if (directive !== undefined) {
				return fixer.insertTextAfter(directive, `\n${line}`);
			}
			return first === undefined ? fixer.insertTextAfterRange([0, 0], `${line}\n`) : fixer.insertTextBefore(first, `${line}\n`);
		},
	};
}

/** `, ` after a specifier on the import's own line; a new line with the same indent in a list written one per line. */
function separatorAfter(sourceCode: SourceCode, specifier: ESTree.Node): string {
	const before = sourceCode.getTokenBefore(specifier);
	if (before !== null && before.loc.end.line < (specifier.loc?.start.line ?? 0)) {
		const lineText = sourceCode.lines[(specifier.loc?.start.line ?? 1) - 1] ?? '';
		return `,\n${/^\s*/.exec(lineText)?.[0] ?? ''}`;
	}
	return ', ';
}

/**
 * The edit that removes one specifier of an import (or one property of a `require` pattern), or the whole
 * statement when it is the last one.
 *
 * @example
 * ```ts
 * // import {HttpStatus, Controller} from '@nestjs/common';  →  import {Controller} from '@nestjs/common';
 * removeSpecifier(fixer, sourceCode, specifier, declaration);
 * ```
 */
export function removeSpecifier(fixer: Rule.RuleFixer, sourceCode: SourceCode, specifier: ESTree.Node, siblings: readonly ESTree.Node[], statement: ESTree.Node): Rule.Fix {
	if (siblings.length === 1) {
		const range = statement.range as AST.Range;
		const next = sourceCode.text[range[1]] === '\n' ? 1 : 0;
		return fixer.removeRange([range[0], range[1] + next]);
	}
	const after = sourceCode.getTokenAfter(specifier);
	const range = specifier.range as AST.Range;
	if (after?.value === ',') {
		const following = sourceCode.getTokenAfter(after, {includeComments: true});
		return fixer.removeRange([range[0], following?.range === undefined ? after.range[1] : following.range[0]]);
	}
	const before = sourceCode.getTokenBefore(specifier) as AST.Token;
	return fixer.removeRange([before.range[0], range[1]]);
}
