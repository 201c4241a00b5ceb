// What a name means at a place in the file, read from ESLint's scope manager: the rules check every name they
// write or rename with these before they write it, so that a fix never lands on a local that shadows it.
import type {Scope, SourceCode} from 'eslint';
import type * as ESTree from 'estree';

/** The scopes of a file the fixes care about: the global one, and the one top-level declarations live in. */
export interface FileScopes {
	/** Where `import` and top-level `const` declare: the module scope, CommonJS's function scope, or the global scope of a script. */
	readonly top: Scope.Scope;
	/** Names used in the file that nothing declares (globals read or written without a declaration). */
	readonly undeclared: ReadonlySet<string>;
	/** The scope a node sits in. */
	scopeOf(node: ESTree.Node): Scope.Scope;
}

/**
 * Read the file's top-level scope and the names it uses without declaring.
 *
 * @example
 * ```ts
 * // in a module
 * fileScopes(context.sourceCode).top.type;
 * //=> 'module'
 * ```
 */
export function fileScopes(sourceCode: SourceCode): FileScopes {
	const global = sourceCode.scopeManager.globalScope!;
	const top = global.childScopes.find(scope => scope.block === sourceCode.ast) ?? global;
	const undeclared = new Set(global.through.map(reference => reference.identifier.name));
	for (const variable of global.variables) {
		if (variable.references.length > 0) {
			undeclared.add(variable.name);
		}
	}
	return {top, undeclared, scopeOf: node => sourceCode.getScope(node)};
}

/**
 * The variable a name resolves to at a scope, walking out to the global scope; `undefined` when nothing declares it.
 *
 * @example
 * ```ts
 * // (status) => status === 404
 * lookup(scopes.scopeOf(literal), 'status')?.defs[0]?.type;
 * //=> 'Parameter'
 * ```
 */
export function lookup(scope: Scope.Scope, name: string): Scope.Variable | undefined {
	for (let current: Scope.Scope | null = scope; current !== null; current = current.upper) {
		const variable = current.set.get(name);
		if (variable !== undefined && (variable.defs.length > 0 || current.upper !== null)) {
			return variable;
		}
	}
	return undefined;
}

/**
 * Whether a new top-level binding of `name` would change nothing the file already means: no top-level declaration,
 * no global the file uses, no undeclared use it would capture.
 *
 * @example
 * ```ts
 * // const HTTP_404_NOT_FOUND = 'tpl';
 * isFreeAtTop(scopes, 'HTTP_404_NOT_FOUND');
 * //=> false
 * ```
 */
export function isFreeAtTop(scopes: FileScopes, name: string): boolean {
	return !scopes.top.set.has(name) && !scopes.undeclared.has(name) && lookup(scopes.top, name) === undefined;
}

/**
 * Whether a top-level binding of `name` is what `name` means at `node`: nothing between declares it again.
 *
 * @example
 * ```ts
 * // import * as status from 'typed-http-status';  (status) => status === 404
 * reachesTop(scopes, literal, 'status');
 * //=> false
 * ```
 */
export function reachesTop(scopes: FileScopes, node: ESTree.Node, name: string): boolean {
	for (let current: Scope.Scope | null = scopes.scopeOf(node); current !== null && current !== scopes.top; current = current.upper) {
		if (current.set.has(name)) {
			return false;
		}
	}
	return true;
}
