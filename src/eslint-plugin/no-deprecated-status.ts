// `no-deprecated-status`: a deprecated alias (`HTTP_413_REQUEST_ENTITY_TOO_LARGE`) becomes its RFC 9110 name,
// in the import and at every use.
import type {Rule, Scope} from 'eslint';
import type * as ESTree from 'estree';
import {docsUrl} from './docs-url.ts';
import {isRequireOf, isTypeOnly, PACKAGE_NAME, removeSpecifier} from './import-fixer.ts';
import {describeStatus, replacementFor} from './status-names.ts';

type Parented = ESTree.Node & Rule.NodeParentExtension;

/** Rename one reference: a shorthand property `{OLD}` keeps its key (`{OLD: NEW}`). */
function renameReference(fixer: Rule.RuleFixer, identifier: ESTree.Identifier, name: string): Rule.Fix {
	const parent = (identifier as Parented).parent;
	if (parent.type === 'Property' && parent.shorthand && parent.value === identifier) {
		return fixer.insertTextAfter(identifier, `: ${name}`);
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

		/** An imported or destructured alias: rename it where it is imported and, unless renamed locally, at every use. */
		function checkBinding(key: ESTree.Identifier, local: ESTree.Identifier, declarationNode: ESTree.Node, siblings: readonly ESTree.Node[], statement: ESTree.Node, importedNames: ReadonlySet<string>): void {
			const current = replacementFor(key.name);
			if (current === undefined) {
				return;
			}
			const variable = variableOf(local);
			const references = variable?.references.filter(reference => reference.identifier !== local) ?? [];
			const aliased = key.name !== local.name;
			context.report({
				node: key,
				messageId: 'deprecated',
				data: {alias: key.name, name: describeStatus(current)},
				fix(fixer) {
					if (aliased) {
						return fixer.replaceText(key, current.constant); // `{OLD as local}`: the local name stays
					}
					const declaration = importedNames.has(current.constant)
						? removeSpecifier(fixer, sourceCode, declarationNode, siblings, statement)
						: fixer.replaceText(declarationNode, current.constant);
					return [declaration, ...references.map(reference => renameReference(fixer, reference.identifier as ESTree.Identifier, current.constant))];
				},
			});
		}

		/** The variable an identifier declares, from the innermost scope outwards. */
		function variableOf(identifier: ESTree.Identifier): Scope.Variable | undefined {
			for (let scope: Scope.Scope | null = sourceCode.getScope(identifier); scope !== null; scope = scope.upper) {
				const variable = scope.set.get(identifier.name);
				if (variable !== undefined) {
					return variable;
				}
			}
			return undefined;
		}

		return {
			ImportDeclaration(node) {
				if (node.source.value !== PACKAGE_NAME) {
					return;
				}
				const named = node.specifiers.filter(specifier => specifier.type === 'ImportSpecifier');
				const importedNames = new Set(named.map(specifier => (specifier.imported.type === 'Identifier' ? specifier.imported.name : '')));
				for (const specifier of node.specifiers) {
					if (specifier.type === 'ImportNamespaceSpecifier' && !isTypeOnly(node)) {
						namespaces.add(specifier.local.name);
					} else if (specifier.type === 'ImportSpecifier' && specifier.imported.type === 'Identifier') {
						checkBinding(specifier.imported, specifier.local, specifier, node.specifiers, node, importedNames);
					}
				}
			},
			VariableDeclarator(node) {
				if (!isRequireOf(node.init, PACKAGE_NAME)) {
					return;
				}
				if (node.id.type === 'Identifier') {
					namespaces.add(node.id.name);
				} else if (node.id.type === 'ObjectPattern') {
					const properties = node.id.properties;
					const importedNames = new Set(properties.map(property => (property.type === 'Property' && property.key.type === 'Identifier' ? property.key.name : '')));
					for (const property of properties) {
						if (property.type === 'Property' && property.key.type === 'Identifier' && property.value.type === 'Identifier') {
							checkBinding(property.key, property.value, property, properties, node, importedNames);
						}
					}
				}
			},
			MemberExpression(node) {
				if (node.object.type !== 'Identifier' || !namespaces.has(node.object.name) || node.computed || node.property.type !== 'Identifier') {
					return;
				}
				const current = replacementFor(node.property.name);
				if (current !== undefined) {
					const property = node.property;
					context.report({
						node: property,
						messageId: 'deprecated',
						data: {alias: property.name, name: describeStatus(current)},
						fix: fixer => fixer.replaceText(property, current.constant),
					});
				}
			},
		};
	},
};
