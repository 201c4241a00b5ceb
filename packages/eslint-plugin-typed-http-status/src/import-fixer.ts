// What a file imports from a module (`import`, or `const … = require()`), and the edit that removes one import;
// import-plan.ts decides how a fix refers to the package's exports and what it imports.
import type {AST, Rule, SourceCode} from 'eslint';
import type * as ESTree from 'estree';

/** The package the fixes import from: `'typed-http-status'`. */
export const PACKAGE_NAME = 'typed-http-status';

/** One name a statement takes from a module: `{HTTP_404_NOT_FOUND as missing}` or `const {HTTP_200_OK} = require(…)`. */
export interface NamedBinding {
	/** The exported name, `HTTP_404_NOT_FOUND`. */
	readonly imported: string;
	/** The node that spells the exported name. */
	readonly key: ESTree.Node;
	/** The local identifier, `missing`. */
	readonly local: ESTree.Identifier;
	/** The specifier or pattern property holding both. */
	readonly node: ESTree.Node;
}

/** One statement that takes values from a module. */
export interface ModuleImport {
	/** The import declaration, or the declarator of `const … = require(…)`. */
	readonly statement: ESTree.Node;
	/** The local name of `import * as status` or `const status = require(…)`. */
	readonly namespace: string | undefined;
	/** The names it takes one by one. */
	readonly named: readonly NamedBinding[];
	/** Every specifier or pattern property of the statement, for removing one of them. */
	readonly siblings: readonly ESTree.Node[];
}

/**
 * Whether a node is the call `require('module')`.
 *
 * @example
 * ```ts
 * // const status = require('typed-http-status');
 * isRequireOf(declarator.init, 'typed-http-status');
 * //=> true
 * ```
 */
function isRequireOf(node: ESTree.Node | null | undefined, module: string): boolean {
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
 * The name an import specifier takes: an identifier, or (ES2022) a string.
 *
 * @example
 * ```ts
 * // import {'HTTP_404_NOT_FOUND' as missing} from 'typed-http-status';
 * moduleExportName(specifier.imported);
 * //=> 'HTTP_404_NOT_FOUND'
 * ```
 */
export function moduleExportName(node: ESTree.Identifier | ESTree.Literal): string {
	return node.type === 'Identifier' ? node.name : String(node.value);
}

/**
 * The top-level statements that take values (not types only) from a module.
 *
 * @example
 * ```ts
 * // import {HTTP_200_OK as ok} from 'typed-http-status';
 * moduleImports(sourceCode.ast, 'typed-http-status')[0]?.named.map(binding => binding.local.name);
 * //=> ['ok']
 * ```
 */
export function moduleImports(program: ESTree.Program, module: string): ModuleImport[] {
	const found: ModuleImport[] = [];
	for (const statement of program.body) {
		if (statement.type === 'ImportDeclaration' && statement.source.value === module && !isTypeOnly(statement)) {
			const named = statement.specifiers.flatMap(specifier =>
				specifier.type === 'ImportSpecifier' && !isTypeOnly(specifier)
					? [{imported: moduleExportName(specifier.imported), key: specifier.imported, local: specifier.local, node: specifier}]
					: [],
			);
			const namespace = statement.specifiers.find(specifier => specifier.type === 'ImportNamespaceSpecifier')?.local.name;
			found.push({statement, namespace, named, siblings: statement.specifiers});
		} else if (statement.type === 'VariableDeclaration') {
			for (const declarator of statement.declarations.filter(candidate => isRequireOf(candidate.init, module))) {
				const {id} = declarator;
				const properties = id.type === 'ObjectPattern' ? id.properties : [];
				const named = properties.flatMap(property =>
					property.type === 'Property' && property.key.type === 'Identifier' && property.value.type === 'Identifier'
						? [{imported: property.key.name, key: property.key, local: property.value, node: property}]
						: [],
				);
				found.push({statement: declarator, namespace: id.type === 'Identifier' ? id.name : undefined, named, siblings: properties});
			}
		}
	}
	return found;
}

/**
 * The edit that removes one specifier of an import (or one property of a `require` pattern), or the whole
 * statement, with the blanks after it, when it is the last one.
 *
 * @example
 * ```ts
 * // import {HttpStatus, Controller} from '@nestjs/common';  →  import {Controller} from '@nestjs/common';
 * removeSpecifier(fixer, sourceCode, specifier, declaration.specifiers, declaration);
 * ```
 */
export function removeSpecifier(
	fixer: Rule.RuleFixer,
	sourceCode: SourceCode,
	specifier: ESTree.Node,
	siblings: readonly ESTree.Node[],
	statement: ESTree.Node,
): Rule.Fix {
	if (siblings.length === 1) {
		const [start, end] = statement.range as AST.Range;
		// at the top of the file or after a blank line, the blank lines below go too: no file starts with a blank
		// line, and none gets two in a row, as a formatter would leave it
		const opensBlock = start === 0 || /\n[ \t]*\n[ \t]*$/.test(sourceCode.text.slice(Math.max(0, start - 200), start));
		const blanks = (opensBlock ? /^[ \t]*(?:\n[ \t]*(?=\n))*\n?/ : /^[ \t]*\n?/).exec(sourceCode.text.slice(end))![0];
		return fixer.removeRange([start, end + blanks.length]);
	}
	const range = specifier.range as AST.Range;
	const braced = siblings.filter(sibling => sibling.type === 'ImportSpecifier');
	if (braced.length === 1 && braced[0] === specifier) {
		// `import axios, {HttpStatusCode} from 'axios'`: the braces go with their last name
		const previous = siblings[siblings.indexOf(specifier) - 1]!;
		const closing = sourceCode.getTokenAfter(specifier, {filter: token => token.value === '}'})!;
		return fixer.removeRange([(previous.range as AST.Range)[1], closing.range[1]]);
	}
	const after = sourceCode.getTokenAfter(specifier)!;
	if (after.value === ',') {
		const following = sourceCode.getTokenAfter(after, {includeComments: true}) as {range: AST.Range};
		return fixer.removeRange([range[0], following.range[0]]);
	}
	const before = sourceCode.getTokenBefore(specifier)!;
	return fixer.removeRange([before.range[0], range[1]]);
}
