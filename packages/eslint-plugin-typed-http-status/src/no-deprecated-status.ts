// `no-deprecated-status`: a deprecated alias (`HTTP_413_REQUEST_ENTITY_TOO_LARGE`) becomes its RFC 9110 name,
// in the import and at every use.
import type {Rule} from 'eslint';
import type * as ESTree from 'estree';
import {docsUrl} from './docs-url.ts';
import {moduleImports, PACKAGE_NAME, removeSpecifier, type ModuleImport, type NamedBinding} from './import-fixer.ts';
import {describeStatus, replacementFor} from './status-names.ts';

/** Rename one reference: a shorthand property `{OLD}` keeps its key (`{OLD: NEW}`). */
function renameReference(fixer: Rule.RuleFixer, identifier: ESTree.Identifier, name: string): Rule.Fix {
	const parent = (identifier as ESTree.Identifier & Rule.NodeParentExtension).parent;
	return parent.type === 'Property' && parent.shorthand ? fixer.insertTextAfter(identifier, `: ${name}`) : fixer.replaceText(identifier, name);
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

		/** An imported or destructured alias: renamed where it is imported and, unless it has a local name of its own, at every use. */
		function checkBinding(binding: NamedBinding, found: ModuleImport): void {
			const current = replacementFor(binding.imported);
			if (current === undefined) {
				return;
			}
			const declaring = binding.node.type === 'ImportSpecifier' ? binding.node : found.statement;
			const variable = sourceCode.getDeclaredVariables(declaring).find(candidate => candidate.name === binding.local.name)!;
			const uses = variable.references.filter(reference => reference.identifier !== binding.local);
			const alreadyImported = found.named.some(other => other.imported === current.constant);
			context.report({
				node: binding.key,
				messageId: 'deprecated',
				data: {alias: binding.imported, name: describeStatus(current)},
				fix(fixer) {
					if (binding.imported !== binding.local.name) {
						return fixer.replaceText(binding.key, current.constant); // `{OLD as local}`: the local name stays
					}
					const declaration = alreadyImported
						? removeSpecifier(fixer, sourceCode, binding.node, found.siblings, found.statement)
						: fixer.replaceText(binding.node, current.constant);
					return [declaration, ...uses.map(reference => renameReference(fixer, reference.identifier, current.constant))];
				},
			});
		}

		return {
			Program(program) {
				for (const found of moduleImports(program, PACKAGE_NAME)) {
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
				if (current !== undefined && object.type === 'Identifier' && namespaces.has(object.name)) {
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
