// `prefer-typed-http-status`: the status constants of http-status-codes, http-status, NestJS and axios become
// this package's, and an import the rewrite leaves unused is removed. Part of the `migrate` config.
import type {Rule} from 'eslint';
import type * as ESTree from 'estree';
import {docsUrl} from './docs-url.ts';
import {removeSpecifier} from './import-fixer.ts';
import {importPlan} from './import-plan.ts';
import {libraryBindings, type LibraryBinding as Binding} from './library-bindings.ts';
import {libraryCode, migrationTarget, type MigrationTarget} from './library-names.ts';
import {fileScopes} from './scope.ts';
import {describeStatus, namedStatus} from './status-names.ts';

type Parented = ESTree.Node & Rule.NodeParentExtension;

/** One use to rewrite: the node to replace and what it becomes. */
interface Finding {
	readonly node: ESTree.Node;
	readonly messageId: string;
	readonly data: Record<string, string>;
	/** The replacement text's parts: names from the package to import, and a function writing the text. */
	readonly imports: readonly string[];
	readonly text: (reference: (name: string) => string) => string;
	/** Whether the rewrite is certain (a fix) or needs a person's eye (a suggestion). */
	readonly certain: boolean;
	readonly suggestion: string;
}

/** `NOT_FOUND` for `codes.NOT_FOUND` and `codes['NOT_FOUND']`, `'404'` for `codes[404]`; `undefined` for `codes[variable]`. */
function memberName(node: ESTree.MemberExpression): string | undefined {
	const {property} = node;
	if (!node.computed) {
		return (property as ESTree.Identifier).name;
	}
	return property.type === 'Literal' ? String(property.value) : undefined;
}

/**
 * Report the status constants of other libraries and rewrite them to this package's, removing an import left
 * unused; a name whose code differs, or that this package does not name, gets a suggestion instead.
 *
 * @example
 * ```ts
 * // before: import {StatusCodes} from 'http-status-codes';  res.status(StatusCodes.NOT_FOUND);
 * // after:  import {HTTP_404_NOT_FOUND} from 'typed-http-status';  res.status(HTTP_404_NOT_FOUND);
 * ```
 */
export const preferTypedHttpStatus: Rule.RuleModule = {
	meta: {
		type: 'suggestion',
		docs: {
			description: 'Use typed-http-status instead of the status constants of http-status-codes, http-status, NestJS and axios',
			recommended: false,
			url: docsUrl('prefer-typed-http-status'),
		},
		fixable: 'code',
		hasSuggestions: true,
		schema: [],
		messages: {
			constant: '{{source}} is {{name}} in typed-http-status.',
			renamed: "{{source}} is {{code}}, but typed-http-status's {{sameName}} is a different code: {{name}} keeps the value.",
			unnamed: '{{source}} is {{code}}, which typed-http-status does not name (it is not in the IANA registry).',
			phrase: '{{source}} is the reason phrase of {{name}}: use reasonPhrase.',
			phraseDiffers: "{{source}} is the reason phrase of {{code}}, which typed-http-status words differently ('{{phrase}}').",
			getReasonPhrase: "Use typed-http-status's reasonPhrase instead of {{library}}'s getReasonPhrase.",
			getReasonPhraseUnproven:
				"Use typed-http-status's reasonPhrase instead of {{library}}'s getReasonPhrase; it returns undefined where getReasonPhrase throws, and words some phrases differently (RFC 9110).",
			unusedImport: '{{local}} from {{module}} is no longer used.',
			remains: '{{local}} from {{module}} stays: `{{use}}` (line {{line}}) {{why}}. Rewrite that by hand, and the next --fix removes the import.',
			replaceWith: 'Replace with {{replacement}}.',
			importFirst: 'Import {{names}} from typed-http-status, so that this can be replaced.',
		},
	},
	create(context) {
		const {sourceCode} = context;
		let bindings: Binding[] = [];
		return {
			Program(program) {
				bindings = libraryBindings(program);
			},
			'Program:exit'() {
				const scopes = fileScopes(sourceCode);
				const findings: Finding[] = [];
				const unused: Binding[] = [];
				const remaining: Array<{binding: Binding; use: ESTree.Node; why: string}> = [];
				for (const binding of bindings) {
					// every binding is declared by a top-level statement, so the file's top scope holds its variable
					const variable = scopes.top.set.get(binding.local.name)!;
					const references = variable.references.filter(reference => reference.identifier !== binding.local);
					if (references.length === 0 && binding.removable) {
						unused.push(binding);
					}
					let blocking: {use: ESTree.Node; why: string} | undefined;
					for (const reference of references) {
						const finding = inspect(binding, reference.identifier);
						if (finding === 'covered') {
							continue;
						}
						if (finding !== undefined) {
							findings.push(finding);
						}
						if (finding === undefined) {
							// a use with a finding has its own message; a type annotation keeps the import as surely as a value does
							blocking ??=
								(reference as {isValueReference?: boolean}).isValueReference === false
									? {use: reference.identifier, why: 'uses it as a type'}
									: blocker(reference.identifier);
						}
					}
					if (blocking !== undefined && (binding.kind !== 'module' || binding.library.statusOnly)) {
						remaining.push({binding, ...blocking});
					}
				}
				reportFindings(findings);
				reportImports(unused, remaining);
			},
		};

		/** Report each use to rewrite: a fix where it is certain, else a suggestion. */
		function reportFindings(findings: readonly Finding[]): void {
			const plan = importPlan(
				context,
				findings.map(finding => ({node: finding.node, names: finding.imports})),
			);
			const names = findings.filter(finding => finding.certain).flatMap(finding => finding.imports);
			for (const finding of findings) {
				const replacement = finding.text(name => plan.reference(name, finding.node));
				const edits = (fixer: Rule.RuleFixer) => fixer.replaceText(finding.node, replacement);
				const report = {node: finding.node, messageId: finding.messageId, data: finding.data};
				if (finding.certain) {
					const fix = plan.fix(finding.node, finding.imports, edits, names);
					context.report({...report, ...(fix === undefined ? {} : {fix})});
					continue;
				}
				// no suggestion when the import it needs is far away: then the import alone is offered first
				const suggestion = plan.suggestion(finding.node, finding.imports, edits);
				context.report({
					...report,
					suggest: [
						suggestion === undefined
							? {messageId: 'importFirst', data: {names: finding.imports.join(', ')}, fix: plan.importOnly(finding.imports)}
							: {messageId: 'replaceWith', data: {replacement: finding.suggestion === '' ? replacement : finding.suggestion}, fix: suggestion},
					],
				});
			}
		}

		/** Report the imports nothing uses any more (fixed: removed), and those a use keeps (with the use and why). */
		function reportImports(unused: readonly Binding[], remaining: ReadonlyArray<{binding: Binding; use: ESTree.Node; why: string}>): void {
			for (const binding of unused) {
				context.report({
					node: binding.node,
					messageId: 'unusedImport',
					data: {local: binding.local.name, module: binding.library.module},
					fix: fixer => removeSpecifier(fixer, sourceCode, binding.node, binding.siblings, binding.statement),
				});
			}
			for (const {binding, use, why} of remaining) {
				const text = sourceCode.getText(use).replaceAll(/\s+/g, ' ');
				context.report({
					node: binding.node,
					messageId: 'remains',
					data: {
						local: binding.local.name,
						module: binding.library.module,
						use: text.length > 60 ? `${text.slice(0, 59)}…` : text,
						line: String(use.loc!.start.line),
						why,
					},
				});
			}
		}

		/** The use that keeps an import alive, and why the rule cannot rewrite it. */
		function blocker(identifier: ESTree.Identifier): {use: ESTree.Node; why: string} {
			let use: ESTree.Node = identifier;
			for (let parent = (use as Parented).parent; parent.type === 'MemberExpression' && parent.object === use; parent = (use as Parented).parent) {
				use = parent;
			}
			if (use.type === 'MemberExpression' && use.computed) {
				return {use, why: use.property.type === 'Literal' ? 'reads a member typed-http-status has no counterpart for' : 'looks a value up by a computed key'};
			}
			const parent = (use as Parented).parent;
			if (parent.type === 'CallExpression' && parent.callee === use) {
				return {use: parent, why: 'is a call typed-http-status has no counterpart for'};
			}
			return {use, why: use === identifier ? 'uses the object itself, not one of its constants' : 'is no constant typed-http-status has'};
		}

		/** What one use of a binding is, and what it becomes; `covered` for the key of a keyed lookup, which the lookup's finding rewrites. */
		function inspect(binding: Binding, identifier: ESTree.Identifier): Finding | 'covered' | undefined {
			const parent = (identifier as Parented).parent;
			if (binding.kind === 'getReasonPhrase') {
				return parent.type === 'CallExpression' && parent.callee === identifier ? getReasonPhraseCall(binding, parent) : undefined;
			}
			if (binding.kind === 'other') {
				return undefined;
			}
			const found = codesObject(binding, identifier);
			if (found === undefined) {
				return undefined;
			}
			const {codes, source} = found;
			const member = (codes as Parented).parent;
			if (member.type !== 'MemberExpression' || member.object !== codes) {
				return undefined;
			}
			const outer = (member as Parented).parent;
			if (outer.type === 'MemberExpression' && outer.computed && outer.property === member && sourceCode.getText(outer.object) === sourceCode.getText(codes)) {
				return 'covered';
			}
			const key = keyedName(member, codes);
			if (key !== undefined) {
				// `httpStatus[httpStatus.NOT_FOUND]`: http-status's table gives the phrase; an enum's reverse mapping gives the member's name
				const code = libraryCode(binding.library, key);
				return code !== undefined && binding.library.keyedPhrase ? phraseLookup(binding, member, code, `${source}[${source}.${key}]`) : undefined;
			}
			const name = memberName(member);
			if (name === undefined) {
				return undefined;
			}
			if (/^\d{3}$/.test(name)) {
				return binding.library.keyedPhrase ? phraseLookup(binding, member, Number(name), `${source}[${name}]`) : undefined;
			}
			const target = migrationTarget(binding.library, name);
			return target === undefined ? undefined : constantFinding(member, `${source}.${name}`, target);
		}

		/** The codes object a use reaches: the binding itself, or `module.StatusCodes` of a module binding; `undefined` for another member of a module. */
		function codesObject(binding: Binding, identifier: ESTree.Identifier): {codes: ESTree.Node; source: string} | undefined {
			const parent = (identifier as Parented).parent;
			if (binding.kind !== 'module') {
				return {codes: identifier, source: identifier.name};
			}
			if (parent.type !== 'MemberExpression' || parent.object !== identifier) {
				return undefined;
			}
			const exported = memberName(parent);
			if (exported === binding.library.exportName || (exported !== undefined && binding.library.alsoExportedAs.includes(exported))) {
				return {codes: parent, source: `${identifier.name}.${exported}`};
			}
			// http-status 1.x's module object is the codes table itself
			return binding.library.module === 'http-status' ? {codes: identifier, source: identifier.name} : undefined;
		}

		/** `NOT_FOUND` in `codes[codes.NOT_FOUND]`, the key being a member of the same object; else `undefined`. */
		function keyedName(member: ESTree.MemberExpression, codes: ESTree.Node): string | undefined {
			const {property} = member;
			return member.computed &&
				property.type === 'MemberExpression' &&
				!property.computed &&
				property.property.type === 'Identifier' &&
				sourceCode.getText(property.object) === sourceCode.getText(codes)
				? property.property.name
				: undefined;
		}

		function constantFinding(node: ESTree.Node, source: string, target: MigrationTarget): Finding {
			const code = String(target.code);
			if (target.kind === 'unnamed') {
				return {node, messageId: 'unnamed', data: {source, code}, imports: [], text: () => code, certain: false, suggestion: `the number ${code}`};
			}
			const {named} = target;
			const text = (reference: (name: string) => string) => reference(named.constant);
			if (target.kind === 'renamed') {
				return {
					node,
					messageId: 'renamed',
					data: {source, code, sameName: target.sameName.constant, name: describeStatus(named)},
					imports: [named.constant],
					text,
					certain: false,
					suggestion: '',
				};
			}
			return {node, messageId: 'constant', data: {source, name: describeStatus(named)}, imports: [named.constant], text, certain: true, suggestion: ''};
		}

		function phraseLookup(binding: Binding, node: ESTree.Node, code: number, source: string): Finding | undefined {
			const named = namedStatus(code);
			if (named === undefined) {
				return undefined;
			}
			const text = (reference: (name: string) => string) => `${reference('reasonPhrase')}(${reference(named.constant)})`;
			const imports = ['reasonPhrase', named.constant];
			if (binding.library.phrasesDiffer.includes(code)) {
				return {node, messageId: 'phraseDiffers', data: {source, code: String(code), phrase: named.phrase}, imports, text, certain: false, suggestion: ''};
			}
			return {node, messageId: 'phrase', data: {source, name: describeStatus(named)}, imports, text, certain: true, suggestion: ''};
		}

		/** `getReasonPhrase(x)`: certain only for a code both libraries name and word alike. */
		function getReasonPhraseCall(binding: Binding, call: ESTree.CallExpression): Finding {
			const argument = call.arguments[0];
			const code = argument?.type === 'Literal' && typeof argument.value === 'number' ? argument.value : codeOfMember(argument);
			const certain = call.arguments.length === 1 && code !== undefined && namedStatus(code) !== undefined && !binding.library.phrasesDiffer.includes(code);
			const data = {library: binding.library.title};
			return {
				node: call.callee,
				messageId: certain ? 'getReasonPhrase' : 'getReasonPhraseUnproven',
				data,
				imports: ['reasonPhrase'],
				text: reference => reference('reasonPhrase'),
				certain,
				suggestion: '',
			};
		}

		/** The code of `StatusCodes.NOT_FOUND` passed as an argument, when it is one of the bindings' members. */
		function codeOfMember(node: ESTree.Node | undefined): number | undefined {
			if (node?.type !== 'MemberExpression' || node.object.type !== 'Identifier') {
				return undefined;
			}
			const objectName = node.object.name;
			const binding = bindings.find(candidate => candidate.kind === 'codes' && candidate.local.name === objectName);
			const name = memberName(node);
			return binding === undefined || name === undefined ? undefined : libraryCode(binding.library, name);
		}
	},
};
