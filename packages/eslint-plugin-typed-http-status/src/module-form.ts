// Whether the import a fix adds is an ES `import` or a CommonJS `require`, read from the file itself. ESLint 9
// parses every `.js` file as a module unless told otherwise, whatever Node will make of it, so the parser's
// `sourceType` alone would write `import {…} from 'typed-http-status'` into an Express file that Node runs as
// CommonJS, where it fails at run time. The file's own code says which it is; `sourceType` decides only when it
// says nothing.
import type {Scope, SourceCode} from 'eslint';
import type * as ESTree from 'estree';
import {importedModule} from './import-style.ts';
import {fileScopes, lookup} from './scope.ts';

/** A statement that only an ES module may hold: a value `import` or an `export` (a type-only one is erased and proves nothing). */
function isModuleSyntax(statement: ESTree.Node): boolean {
	const kind = (statement as {importKind?: string; exportKind?: string}).importKind ?? (statement as {exportKind?: string}).exportKind;
	return kind !== 'type' && ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportDefaultDeclaration', 'ExportAllDeclaration'].includes(statement.type);
}

/** TypeScript's CommonJS forms: `import fs = require('node:fs')` and `export = handler`. */
function isTypeScriptCommonJs(statement: ESTree.Node): boolean {
	return ['TSImportEqualsDeclaration', 'TSExportAssignment'].includes(statement.type);
}

/** The file's uses of names it does not declare. */
function globalReferences(sourceCode: SourceCode): Scope.Reference[] {
	const global = sourceCode.scopeManager.globalScope!;
	return [...global.through, ...global.variables.filter(variable => variable.defs.length === 0).flatMap(variable => variable.references)];
}

/** `module.exports`, or `exports` itself (`exports.handler = …`), where nothing in the file declares the name. */
function usesCommonJsExports(sourceCode: SourceCode): boolean {
	return globalReferences(sourceCode).some(({identifier}) => {
		const parent = (identifier as ESTree.Identifier & {parent?: ESTree.Node}).parent;
		return (
			identifier.name === 'exports' ||
			(identifier.name === 'module' &&
				parent?.type === 'MemberExpression' &&
				parent.object === identifier &&
				!parent.computed &&
				parent.property.type === 'Identifier' &&
				parent.property.name === 'exports')
		);
	});
}

/**
 * Whether a new import of the package is written as an ES `import` (else as `const {…} = require(…)`): the file's
 * extension decides first (`.mjs`/`.mts` are modules, `.cjs`/`.cts` CommonJS), then its code (a value `import` or
 * an `export` makes it a module; a top-level `require` of the global `require`, `module.exports`, `exports.x`,
 * TypeScript's `import x = require()` or `export =` make it CommonJS), and only a file that says neither is read by
 * the parser's `sourceType`.
 *
 * @example
 * ```ts
 * // module.exports = function (req, res) { res.status(404).end(); };   parsed with sourceType 'module'
 * writesImport(context.sourceCode, 'handler.js');
 * //=> false
 * ```
 */
export function writesImport(sourceCode: SourceCode, filename: string): boolean {
	if (/\.c[jt]s$/i.test(filename)) {
		return false;
	}
	if (/\.m[jt]s$/i.test(filename)) {
		return true;
	}
	const {body, sourceType} = sourceCode.ast;
	if (body.some(isModuleSyntax)) {
		return true;
	}
	const requires =
		body.some(statement => statement.type !== 'ImportDeclaration' && importedModule(statement) !== undefined) &&
		lookup(fileScopes(sourceCode).top, 'require') === undefined;
	if (requires || body.some(isTypeScriptCommonJs) || usesCommonJsExports(sourceCode)) {
		return false;
	}
	return sourceType === 'module';
}
