// What type information proves about a value: whether every value its type allows is an integer (a union of
// integer literals, such as `StatusCode` or `404 | 500`), and whether the place a value is written in is typed as a
// status. Without type information nothing is proven.
import type {Rule} from 'eslint';
import type * as ESTree from 'estree';

/** The part of typescript-eslint's parser services the rules use, typed here so that neither package is imported. */
interface TypeServices {
	// null when the file was parsed without type information.
	readonly program: {getTypeChecker(): Checker} | null;
	readonly esTreeNodeToTSNodeMap: {get(node: ESTree.Node): unknown};
}

interface Checker {
	getTypeAtLocation(node: unknown): LiteralType;
	getContextualType(node: unknown): LiteralType | undefined;
	typeToString(type: LiteralType): string;
}

interface LiteralType {
	readonly value?: unknown;
	readonly types?: readonly LiteralType[];
	readonly symbol?: {readonly name: string} | undefined;
	readonly aliasSymbol?: {readonly name: string} | undefined;
	isNumberLiteral(): boolean;
	isUnion(): boolean;
}

/** The type checker and the node map, when the file was parsed with type information. */
function typeServices(context: Rule.RuleContext): {checker: Checker; tsNode(node: ESTree.Node): unknown} | undefined {
	const services = context.sourceCode.parserServices as Partial<TypeServices> | undefined;
	if (services?.program === undefined || services.program === null || services.esTreeNodeToTSNodeMap === undefined) {
		return undefined;
	}
	const map = services.esTreeNodeToTSNodeMap;
	return {checker: services.program.getTypeChecker(), tsNode: node => map.get(node)};
}

/** The integers a type is a union of, or `undefined` when any member is something else. */
function integersOf(type: LiteralType): number[] | undefined {
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

/** Whether a type is (or, for an optional parameter, includes) the fetch API's `ResponseInit`. */
function isResponseInit(type: LiteralType): boolean {
	const members = type.isUnion() ? type.types! : [type];
	return members.some(member => (member.aliasSymbol?.name ?? member.symbol?.name) === 'ResponseInit');
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
	const types = typeServices(context);
	return types === undefined ? undefined : integersOf(types.checker.getTypeAtLocation(types.tsNode(node)));
}

/**
 * Whether type information says an expression is a primitive number: its type is `number`, a number literal, or a
 * union of them. `false` for anything else (`any`, a string, a bigint, `Number`) and without type information.
 *
 * @example
 * ```ts
 * // declare const code: number;
 * isNumberTyped(context, codeNode);
 * //=> true
 * ```
 */
export function isNumberTyped(context: Rule.RuleContext, node: ESTree.Node): boolean {
	const types = typeServices(context);
	if (types === undefined) {
		return false;
	}
	const type = types.checker.getTypeAtLocation(types.tsNode(node));
	// by name, not by TypeFlags, whose values differ between TypeScript 5 and 6
	return (type.isUnion() ? type.types! : [type]).every(member => member.isNumberLiteral() || types.checker.typeToString(member) === 'number');
}

/**
 * Whether type information says a property's value is a status: the type the value is expected to have (from a
 * declared return type, a variable's annotation, a parameter) is a union of codes 100–599 such as `StatusCode`, or
 * the object is a fetch `ResponseInit`. `false` without type information.
 *
 * @example
 * ```ts
 * // function notFound(): {status: StatusCode; body: string} { return {status: 404, body: ''}; }
 * typedAsStatus(context, literal, objectLiteral);
 * //=> true
 * ```
 */
export function typedAsStatus(context: Rule.RuleContext, value: ESTree.Node, object: ESTree.Node): boolean {
	const types = typeServices(context);
	if (types === undefined) {
		return false;
	}
	const expected = types.checker.getContextualType(types.tsNode(value));
	const values = expected === undefined ? undefined : integersOf(expected);
	if (values !== undefined) {
		return values.length > 0 && values.every(code => code >= 100 && code <= 599);
	}
	const holder = types.checker.getContextualType(types.tsNode(object));
	return holder !== undefined && isResponseInit(holder);
}
