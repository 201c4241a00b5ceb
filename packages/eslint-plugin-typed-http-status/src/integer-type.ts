// What type information proves about a value: whether every value its type allows is an integer (a union of
// integer literals, such as `StatusCode` or `404 | 500`). Without type information nothing is proven.
import type {Rule} from 'eslint';
import type * as ESTree from 'estree';

/** The part of typescript-eslint's parser services the rules use, typed here so that neither package is imported. */
interface TypeServices {
	// null when the file was parsed without type information.
	readonly program: {getTypeChecker(): {getTypeAtLocation(node: unknown): LiteralType}} | null;
	readonly esTreeNodeToTSNodeMap: {get(node: ESTree.Node): unknown};
}

interface LiteralType {
	readonly value?: unknown;
	readonly types?: readonly LiteralType[];
	isNumberLiteral(): boolean;
	isUnion(): boolean;
}

/**
 * The integer values an expression's type allows, when type information is available and the type is a union of
 * integer literals; otherwise `undefined`.
 *
 * @example
 * ```ts
 * // declare const code: 404 | 500;
 * integerValues(context, codeNode);
 * //=> [404, 500]
 * ```
 */
export function integerValues(context: Rule.RuleContext, node: ESTree.Node): number[] | undefined {
	const services = context.sourceCode.parserServices as Partial<TypeServices> | undefined;
	if (services?.program === undefined || services.program === null || services.esTreeNodeToTSNodeMap === undefined) {
		return undefined;
	}
	const type = services.program.getTypeChecker().getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
	const members = type.isUnion() ? type.types! : [type];
	const values: number[] = [];
	for (const member of members) {
		if (!member.isNumberLiteral() || typeof member.value !== 'number' || !Number.isInteger(member.value)) {
			return undefined;
		}
		values.push(member.value);
	}
	return values;
}
