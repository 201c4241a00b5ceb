// `no-deprecated-status`: a deprecated alias (`HTTP_413_REQUEST_ENTITY_TOO_LARGE`) becomes its RFC 9110 name,
// in the import and at every use.
import type {Rule} from 'eslint';
import type * as ESTree from 'estree';
import {docsUrl} from './docs-url.ts';
import {moduleImports, PACKAGE_NAME, removeSpecifier, type ModuleImport, type NamedBinding} from './import-fixer.ts';
import {fileScopes, isFreeAtTop, reachesTop, type FileScopes} from './scope.ts';
import {describeStatus, replacementFor} from './status-names.ts';

/** Rename one reference: a shorthand property `{OLD}` keeps its key (`{OLD: NEW}`), and `export {OLD}` its exported name. */
function renameReference(fixer: Rule.RuleFixer, identifier: ESTree.Identifier, name: string): Rule.Fix {
	const parent = (identifier as ESTree.Identifier & Rule.NodeParentExtension).parent;
	if (parent.type === 'Property' && parent.shorthand) {
		return fixer.insertTextAfter(identifier, `: ${name}`);
	}
	if (parent.type === 'ExportSpecifier' && parent.local === identifier && parent.exported.range![0] === identifier.range![0]) {
		return fixer.replaceText(identifier, `${name} as ${identifier.name}`);
	}
	return fixer.replaceText(identifier, name);
}

/**
 * Report a deprecated constant, imported by name or used through a namespace, and fix it to the current name.
 *
 * @example
 * ```ts
 * // before: import {HTTP_413_REQUEST_ENTITY_TOO_LARGE} from 'typed-http-status';
 * // after:  import {HTTP_413_CONTENT_TOO_LARGE} from 'typed-http-status';
 * ```
 */
export const noDeprecatedStatus: Rule.RuleModule = {
	meta: {
		type: 'suggestion',
		docs: {description: 'Use the RFC 9110 name of a status instead of its deprecated alias', recommended: true, url: docsUrl('no-deprecated-status')},
		fixable: 'code',
		schema: [],
		messages: {deprecated: '{{alias}} is deprecated: use {{name}}.'},
	},
	create(context) {
		const {sourceCode} = context;
		const namespaces = new Set<string>();

		let scopes: FileScopes;
		/** The value imports of the package that take a name under its own name, by that name. */
		const importedAsItself = new Set<string>();

		/**
		 * An imported or destructured alias: renamed where it is imported and at every use when the new name means the
		 * import at each of them; otherwise only the imported name changes (`{NEW as OLD}`), which keeps every use.
		 */
		function checkBinding(binding: NamedBinding, found: ModuleImport): void {
			const current = replacementFor(binding.imported);
			if (current === undefined) {
				return;
			}
			const pattern = binding.node.type === 'Property';
			const declaring = binding.node.type === 'ImportSpecifier' ? binding.node : found.statement;
			const variable = sourceCode.getDeclaredVariables(declaring).find(candidate => candidate.name === binding.local.name)!;
			const uses = variable.references.filter(reference => reference.identifier !== binding.local);
			const name = current.constant;
			const reachable = uses.every(reference => reachesTop(scopes, reference.identifier, name));
			const alreadyImported = importedAsItself.has(name) && reachable;
			const renameAll = binding.imported === binding.local.name && (alreadyImported || (reachable && isFreeAtTop(scopes, name)));
			context.report({
				node: binding.key,
				messageId: 'deprecated',
				data: {alias: binding.imported, name: describeStatus(current)},
				fix(fixer) {
					if (!renameAll) {
						// `{OLD as local}` keeps its local name; so does `{OLD}` when the new name is taken where it is used
						return binding.imported === binding.local.name
							? fixer.replaceText(binding.node, pattern ? `${name}: ${binding.local.name}` : `${name} as ${binding.local.name}`)
							: fixer.replaceText(binding.key, name);
					}
					const declaration = alreadyImported
						? removeSpecifier(fixer, sourceCode, binding.node, found.siblings, found.statement)
						: fixer.replaceText(binding.node, name);
					return [declaration, ...uses.map(reference => renameReference(fixer, reference.identifier, name))];
				},
			});
		}

		return {
			Program(program) {
				scopes = fileScopes(sourceCode);
				const imports = moduleImports(program, PACKAGE_NAME);
				for (const binding of imports.flatMap(found => found.named)) {
					if (binding.imported === binding.local.name) {
						importedAsItself.add(binding.imported);
					}
				}
				for (const found of imports) {
					if (found.namespace !== undefined) {
						namespaces.add(found.namespace);
					}
					for (const binding of found.named) {
						checkBinding(binding, found);
					}
				}
			},
			MemberExpression(node) {
				const {object, property} = node;
				const current = property.type === 'Identifier' && !node.computed ? replacementFor(property.name) : undefined;
				if (current !== undefined && object.type === 'Identifier' && namespaces.has(object.name) && reachesTop(scopes, node, object.name)) {
					context.report({
						node: property,
						messageId: 'deprecated',
						data: {alias: (property as ESTree.Identifier).name, name: describeStatus(current)},
						fix: fixer => fixer.replaceText(property, current.constant),
					});
				}
			},
		};
	},
};
