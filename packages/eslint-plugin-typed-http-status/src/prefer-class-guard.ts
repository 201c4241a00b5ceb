// `prefer-class-guard`: a hand-written class check (`s >= 400 && s < 500`, `Math.floor(s / 100) === 4`,
// `String(s).startsWith('4')`) becomes the guard that says it (`isClientError(s)`).
import type {Rule, SourceCode} from 'eslint';
import type * as ESTree from 'estree';
import {docsUrl} from './docs-url.ts';
import {importPlan} from './import-plan.ts';
import {integerValues, isNumberTyped} from './integer-type.ts';
import {isStatusName} from './status-position.ts';
import {CLASS_GUARDS} from './status-names.ts';

const CLIENT = CLASS_GUARDS.get(4) as {readonly title: string};
const SERVER = CLASS_GUARDS.get(5) as {readonly title: string};

/** A class check found in the code: the value it checks, and the guard and class it amounts to. */
interface ClassCheck {
	readonly operand: ESTree.Node;
	readonly guard: string;
	readonly title: string;
	/** The first digit of the class it checks: 4 for `isClientError` and for `isError`. */
	readonly digit: number;
	/** `range`: right for every integer; `digit`: right for every three-digit code. */
	readonly holdsFor: 'integers' | 'codes';
}

function integerLiteral(node: ESTree.Node): number | undefined {
	return node.type === 'Literal' && typeof node.value === 'number' && Number.isInteger(node.value) ? node.value : undefined;
}

/** A side-effect-free operand that may be read twice: `status`, `response.status`, `this.res.statusCode`. */
function isPlain(node: ESTree.Node): boolean {
	if (node.type === 'Identifier' || node.type === 'ThisExpression') {
		return true;
	}
	return node.type === 'MemberExpression' && !node.computed && isPlain(node.object);
}

/** One side of a range: `x >= 400` is a lower bound 400, `x < 500` an upper bound 499 (on integers), mirrored forms alike. */
function bound(node: ESTree.Node): {operand: ESTree.Node; lower?: number; upper?: number} | undefined {
	if (node.type !== 'BinaryExpression' || node.left.type === 'PrivateIdentifier') {
		return undefined;
	}
	const flipped = {'<': '>', '<=': '>=', '>': '<', '>=': '<='} as Record<string, string>;
	const right = integerLiteral(node.right);
	const left = integerLiteral(node.left);
	const [operand, operator, limit] = right === undefined ? [node.right, flipped[node.operator], left] : [node.left, node.operator, right];
	if (limit === undefined || !isPlain(operand)) {
		return undefined;
	}
	switch (operator) {
		case '>=':
			return {operand, lower: limit};
		case '>':
			return {operand, lower: limit + 1};
		case '<=':
			return {operand, upper: limit};
		case '<':
			return {operand, upper: limit - 1};
		default:
			return undefined;
	}
}

function guardFor(lower: number, upper: number): {guard: string; title: string; digit: number} | undefined {
	if (lower === 400 && upper === 599) {
		return {guard: 'isError', title: `${CLIENT.title} or ${SERVER.title}`, digit: 4};
	}
	const digit = lower / 100;
	const guard = upper === lower + 99 ? CLASS_GUARDS.get(digit) : undefined;
	return guard === undefined ? undefined : {...guard, digit};
}

function isMathCall(node: ESTree.Node, names: readonly string[]): node is ESTree.CallExpression {
	return (
		node.type === 'CallExpression' &&
		node.callee.type === 'MemberExpression' &&
		node.callee.object.type === 'Identifier' &&
		node.callee.object.name === 'Math' &&
		node.callee.property.type === 'Identifier' &&
		names.includes(node.callee.property.name) &&
		node.arguments.length === 1
	);
}

/** `String(x)`, `x.toString()` or `` `${x}` ``: the value whose first digit is read; else `undefined`. */
function stringified(node: ESTree.Node): ESTree.Node | undefined {
	if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'String' && node.arguments.length === 1) {
		return node.arguments[0];
	}
	if (
		node.type === 'CallExpression' &&
		node.arguments.length === 0 &&
		node.callee.type === 'MemberExpression' &&
		!node.callee.computed &&
		node.callee.property.type === 'Identifier' &&
		node.callee.property.name === 'toString'
	) {
		return node.callee.object;
	}
	if (node.type === 'TemplateLiteral' && node.expressions.length === 1 && node.quasis.every(quasi => quasi.value.cooked === '')) {
		return node.expressions[0];
	}
	return undefined;
}

function digitLiteral(node: ESTree.Node): number | undefined {
	return node.type === 'Literal' && typeof node.value === 'string' && /^[1-5]$/.test(node.value) ? Number(node.value) : undefined;
}

/** `x[0]` or `x.charAt(0)` of a stringified value: the value. */
function firstCharacterOf(node: ESTree.Node): ESTree.Node | undefined {
	if (node.type === 'MemberExpression' && node.computed && integerLiteral(node.property) === 0) {
		return stringified(node.object);
	}
	if (
		node.type === 'CallExpression' &&
		node.callee.type === 'MemberExpression' &&
		node.callee.property.type === 'Identifier' &&
		node.callee.property.name === 'charAt' &&
		node.arguments.length === 1 &&
		integerLiteral(node.arguments[0] as ESTree.Node) === 0
	) {
		return stringified(node.callee.object);
	}
	return undefined;
}

function byDigit(operand: ESTree.Node | undefined, digit: number | undefined, holdsFor: ClassCheck['holdsFor']): ClassCheck | undefined {
	const guard = digit === undefined ? undefined : CLASS_GUARDS.get(digit);
	return operand === undefined || guard === undefined ? undefined : {operand, ...guard, digit: digit!, holdsFor};
}

/** `status >= 400 && status < 500` (either order, either bound written either way): a range of one class. */
function rangeCheck(node: ESTree.LogicalExpression, sourceCode: SourceCode): ClassCheck | undefined {
	const [first, second] = [bound(node.left), bound(node.right)];
	if (first === undefined || second === undefined || sourceCode.getText(first.operand) !== sourceCode.getText(second.operand)) {
		return undefined;
	}
	const lower = first.lower ?? second.lower;
	const upper = first.upper ?? second.upper;
	const guard = lower === undefined || upper === undefined || (first.lower === undefined) === (second.lower === undefined) ? undefined : guardFor(lower, upper);
	return guard === undefined ? undefined : {operand: first.operand, ...guard, holdsFor: 'integers'};
}

/** `Math.floor(status / 100) === 4` or `String(status)[0] === '4'`, either side of the comparison. */
function digitComparison(node: ESTree.BinaryExpression & {left: ESTree.Expression}): ClassCheck | undefined {
	for (const [side, other] of [
		[node.left, node.right],
		[node.right, node.left],
	] as const) {
		if (isMathCall(side, ['floor', 'trunc'])) {
			const divided = side.arguments[0] as ESTree.Node;
			if (
				divided.type === 'BinaryExpression' &&
				divided.operator === '/' &&
				integerLiteral(divided.right) === 100 &&
				divided.left.type !== 'PrivateIdentifier'
			) {
				return byDigit(divided.left, integerLiteral(other), 'integers');
			}
		}
		const first = firstCharacterOf(side);
		if (first !== undefined) {
			return byDigit(first, digitLiteral(other), 'codes');
		}
	}
	return undefined;
}

/** `String(status).startsWith('4')`. */
function startsWithCheck(node: ESTree.CallExpression): ClassCheck | undefined {
	if (
		node.callee.type === 'MemberExpression' &&
		node.callee.property.type === 'Identifier' &&
		node.callee.property.name === 'startsWith' &&
		node.arguments.length === 1
	) {
		return byDigit(stringified(node.callee.object), digitLiteral(node.arguments[0] as ESTree.Node), 'codes');
	}
	return undefined;
}

/** The class check an expression makes, if it is one of the recognised forms. */
function classCheck(node: ESTree.Node, sourceCode: SourceCode): ClassCheck | undefined {
	if (node.type === 'LogicalExpression' && node.operator === '&&') {
		return rangeCheck(node, sourceCode);
	}
	if (node.type === 'BinaryExpression' && (node.operator === '===' || node.operator === '==') && node.left.type !== 'PrivateIdentifier') {
		return digitComparison(node as ESTree.BinaryExpression & {left: ESTree.Expression});
	}
	if (node.type === 'CallExpression') {
		return startsWithCheck(node);
	}
	return undefined;
}

/** The name an operand goes by: `status` for `status`, `statusCode` for `res.statusCode`. */
function operandName(node: ESTree.Node): string {
	if (node.type === 'Identifier') {
		return node.name;
	}
	return node.type === 'MemberExpression' && node.property.type === 'Identifier' ? node.property.name : '';
}

/**
 * Whether the checked value is a status: by its name (`s`, `status`, `res.statusCode`, `code`, `httpStatus`), or by
 * a type that is a union of status codes. A range check of anything else (`elapsed >= 200 && elapsed < 300`) is
 * not this rule's business.
 */
function isStatusOperand(context: Rule.RuleContext, operand: ESTree.Node): boolean {
	if (isStatusName(operandName(operand))) {
		return true;
	}
	return integerValues(context, operand)?.every(value => value >= 100 && value <= 599) ?? false;
}

/** Whether type information proves the check means the same as the guard for every value the operand can hold. */
function provenSame(context: Rule.RuleContext, check: ClassCheck): boolean {
	const values = integerValues(context, check.operand);
	return values !== undefined && (check.holdsFor === 'integers' || values.every(value => value >= 100 && value <= 999));
}

/**
 * The values for which a check and its guard disagree, with examples from the class it checks: non-integers (or
 * numbers of other than three digits) always, and, unless types say the value is a number, what a comparison or
 * `String` accepts and the guard's `typeof` refuses. Fixed text around a digit: the message stays short.
 *
 * @example
 * ```ts
 * // s >= 200 && s < 300, no type information
 * differs(context, check);
 * //=> "non-integers such as 204.5, and strings such as '250', bigints and boxed numbers"
 * ```
 */
function differs(context: Rule.RuleContext, {operand, digit, holdsFor}: ClassCheck): string {
	const numbers = holdsFor === 'integers' ? `non-integers such as ${digit}04.5` : `numbers that are not three-digit codes, such as ${digit} or ${digit}000`;
	return isNumberTyped(context, operand) ? numbers : `${numbers}, and strings such as '${digit}50', bigints and boxed numbers`;
}

/**
 * Report a hand-written status class check and rewrite it to the guard; fixed where type information proves the
 * two agree for every value (a union of integer literals such as `StatusCode`), else offered as a suggestion.
 *
 * @example
 * ```ts
 * // before: if (code >= 400 && code < 500) {}
 * // after:  if (isClientError(code)) {}
 * ```
 */
export const preferClassGuard: Rule.RuleModule = {
	meta: {
		type: 'suggestion',
		docs: {description: 'Use the class guards instead of hand-written range and first-digit checks', recommended: true, url: docsUrl('prefer-class-guard')},
		fixable: 'code',
		hasSuggestions: true,
		schema: [],
		messages: {
			guard: 'Use {{call}} ({{title}}) instead of a hand-written class check.',
			unproven: 'Use {{call}} ({{title}}) instead of a hand-written class check; it differs for {{differs}}, so check the value is an integer status first.',
			useGuard: 'Replace with {{call}}.',
			importGuard: 'Import {{guard}} from typed-http-status, so that the check can be replaced with it.',
		},
	},
	create(context) {
		const {sourceCode} = context;
		const found: Array<{node: ESTree.Node; check: ClassCheck}> = [];
		const visit = (node: ESTree.Node) => {
			const check = classCheck(node, sourceCode);
			if (check !== undefined && isStatusOperand(context, check.operand)) {
				found.push({node, check});
			}
		};
		return {
			LogicalExpression: visit,
			BinaryExpression: visit,
			CallExpression: visit,
			'Program:exit'() {
				const plan = importPlan(
					context,
					found.map(({node, check}) => ({node, names: [check.guard]})),
				);
				const proven = found.filter(({check}) => provenSame(context, check));
				const names = proven.map(({check}) => check.guard);
				const certain = new Set(proven.map(finding => finding.node));
				for (const {node, check} of found) {
					const call = `${plan.reference(check.guard, node)}(${sourceCode.getText(check.operand)})`;
					const data = {call, title: check.title, differs: differs(context, check)};
					const edits = (fixer: Rule.RuleFixer) => fixer.replaceText(node, call);
					if (certain.has(node)) {
						const fix = plan.fix(node, [check.guard], edits, names);
						context.report({node, messageId: 'guard', data, ...(fix === undefined ? {} : {fix})});
						continue;
					}
					const suggestion = plan.suggestion(node, [check.guard], edits);
					context.report({
						node,
						messageId: 'unproven',
						data,
						suggest: [
							suggestion === undefined
								? {messageId: 'importGuard', data: {guard: check.guard}, fix: plan.importOnly([check.guard])}
								: {messageId: 'useGuard', data, fix: suggestion},
						],
					});
				}
			},
		};
	},
};
