// The names a file takes from the libraries `prefer-typed-http-status` migrates from: `import` declarations and
// top-level `require` calls alike (http-status 1.x is CommonJS, `const httpStatus = require('http-status')`).
import type * as ESTree from 'estree';
import {moduleExportName} from './import-fixer.ts';
import {importedModule} from './import-style.ts';
import {STATUS_LIBRARIES, type StatusLibrary} from './library-names.ts';

/** One name a file takes from a status library, and what it holds. */
export interface LibraryBinding {
	readonly library: StatusLibrary;
	/** `codes`: the codes object; `module`: a namespace or module object holding it; `getReasonPhrase`; `other`: anything else of a status-only library. */
	readonly kind: 'codes' | 'module' | 'getReasonPhrase' | 'other';
	readonly local: ESTree.Identifier;
	/** The specifier, pattern property or declarator that declares it. */
	readonly node: ESTree.Node;
	/** The nodes beside it in its statement, and the statement, for removing it. */
	readonly siblings: readonly ESTree.Node[];
	readonly statement: ESTree.Node;
	/** Whether the rule removes it once nothing uses it (a default import of axios is the HTTP client: never). */
	readonly removable: boolean;
}

function namedKind(library: StatusLibrary, name: string): LibraryBinding['kind'] | undefined {
	if (name === library.exportName || library.alsoExportedAs.includes(name)) {
		return 'codes';
	}
	if (name === 'getReasonPhrase' && library.module === 'http-status-codes') {
		return 'getReasonPhrase';
	}
	return library.statusOnly ? 'other' : undefined;
}

function fromImport(statement: ESTree.ImportDeclaration, library: StatusLibrary): LibraryBinding[] {
	return statement.specifiers.flatMap((specifier): LibraryBinding[] => {
		const base = {library, local: specifier.local, node: specifier, siblings: statement.specifiers, statement};
		if (specifier.type === 'ImportSpecifier') {
			const kind = namedKind(library, moduleExportName(specifier.imported));
			return kind === undefined ? [] : [{...base, kind, removable: kind !== 'other'}];
		}
		const holdsCodes = specifier.type === 'ImportDefaultSpecifier' && library.exportName === 'default';
		return [{...base, kind: holdsCodes ? 'codes' : 'module', removable: holdsCodes || specifier.type === 'ImportNamespaceSpecifier'}];
	});
}

function fromRequire(statement: ESTree.VariableDeclaration, library: StatusLibrary): LibraryBinding[] {
	const alone = statement.declarations.length === 1;
	return statement.declarations.flatMap((declarator): LibraryBinding[] => {
		const {id} = declarator;
		if (id.type === 'Identifier') {
			// the module object: http-status 1.x's is the codes table itself
			const holdsCodes = library.module === 'http-status';
			return [
				{
					library,
					kind: holdsCodes ? 'codes' : 'module',
					local: id,
					node: declarator,
					siblings: [declarator],
					statement,
					removable: alone && library.statusOnly,
				},
			];
		}
		if (id.type !== 'ObjectPattern') {
			return [];
		}
		return id.properties.flatMap((property): LibraryBinding[] => {
			if (property.type !== 'Property' || property.key.type !== 'Identifier' || property.value.type !== 'Identifier') {
				return [];
			}
			const kind = namedKind(library, property.key.name);
			return kind === undefined
				? []
				: [{library, kind, local: property.value, node: property, siblings: id.properties, statement, removable: alone && kind !== 'other'}];
		});
	});
}

/**
 * Every top-level import or `require` of a status library, name by name.
 *
 * @example
 * ```ts
 * // const httpStatus = require('http-status');
 * libraryBindings(sourceCode.ast)[0]?.kind;
 * //=> 'codes'
 * ```
 */
export function libraryBindings(program: ESTree.Program): LibraryBinding[] {
	return program.body.flatMap(statement => {
		const module = importedModule(statement)?.value;
		const library = STATUS_LIBRARIES.find(candidate => candidate.module === module);
		if (library === undefined) {
			return [];
		}
		if (statement.type === 'ImportDeclaration') {
			return fromImport(statement, library);
		}
		return statement.type === 'VariableDeclaration' ? fromRequire(statement, library) : [];
	});
}
