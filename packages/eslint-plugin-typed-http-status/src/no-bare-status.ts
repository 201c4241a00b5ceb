// `no-bare-status`: a number literal where an HTTP status goes becomes the package's constant for it.
import type {Rule} from 'eslint';
import type * as ESTree from 'estree';
import {docsUrl} from './docs-url.ts';
import {importPlan} from './import-plan.ts';
import {isStatusPosition} from './status-position.ts';
import {describeStatus, namedStatus, type NamedStatus} from './status-names.ts';

/** A decimal integer literal in the status range: `404`, not `0x194`, `404.0` or `4_04`. */
function statusLiteral(node: ESTree.Literal): number | undefined {
	const {value, raw} = node;
	return typeof value === 'number' && raw !== undefined && /^[1-5]\d\d$/.test(raw) ? value : undefined;
}

/**
 * Report a number literal 100–599 used as an HTTP status, and fix it to the named constant, importing it.
 *
 * @example
 * ```ts
 * // before: res.status(404).end();
 * // after:  import {HTTP_404_NOT_FOUND} from 'typed-http-status';
 * //         res.status(HTTP_404_NOT_FOUND).end();
 * ```
 */
export const noBareStatus: Rule.RuleModule = {
	meta: {
		type: 'suggestion',
		docs: {description: 'Use the named constant for an HTTP status instead of a bare number', recommended: true, url: docsUrl('no-bare-status')},
		fixable: 'code',
		schema: [],
		messages: {
			bare: 'Use {{name}} instead of the bare status {{code}}.',
			unnamed: 'Bare status {{code}} has no registered name (it is not in the IANA registry); give it a named constant of your own.',
		},
	},
	create(context) {
		const found: Array<{node: ESTree.Literal; named: NamedStatus | undefined; code: number}> = [];
		return {
			Literal(node) {
				const code = statusLiteral(node);
				if (code !== undefined && isStatusPosition(node, context)) {
					found.push({node, named: namedStatus(code), code});
				}
			},
			'Program:exit'() {
				const named = found.flatMap(finding => (finding.named === undefined ? [] : [{...finding, named: finding.named}]));
				const plan = importPlan(
					context,
					named.map(({node, named: {constant}}) => ({node, names: [constant]})),
				);
				// The first fix that needs the import adds every name the file needs; the others wait for `--fix`'s next pass unless they sit close to the import.
				const names = named.map(finding => finding.named.constant);
				for (const {node, named: status, code} of found) {
					if (status === undefined) {
						context.report({node, messageId: 'unnamed', data: {code: String(code)}});
						continue;
					}
					const fix = plan.fix(node, [status.constant], fixer => fixer.replaceText(node, plan.reference(status.constant, node)), names);
					context.report({node, messageId: 'bare', data: {name: describeStatus(status), code: String(code)}, ...(fix === undefined ? {} : {fix})});
				}
			},
		};
	},
};
