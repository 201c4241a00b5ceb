// Where a number literal is an HTTP status: an argument of the calls and constructors that take one, the value
// of a `status` property or assignment, a comparison or `case` against a status, a test assertion on one, the
// `status` key of a response object — by its shape (`ResponseInit`) always, by its type when types are known.
// Anything else — a timeout, an index, a port, a length — is left alone.
import type {Rule} from 'eslint';
import type * as ESTree from 'estree';
import {typedAsStatus} from './integer-type.ts';

type Parented = ESTree.Node & Rule.NodeParentExtension;

/**
 * Methods whose first argument is a status, with the most arguments each takes: Express, Fastify, Hono, node:http,
 * Koa-like APIs. A call with more is some other library's method of the same name.
 */
const STATUS_FIRST = new Map([
	['status', 1],
	['sendStatus', 1],
	['code', 1],
	['writeHead', 3], // (status, message?, headers?)
]);
/**
 * Hono's context methods whose second argument is a status: `c.json(body, 404, headers?)`. Three arguments at most,
 * the third never a number: `doc.text('x', 100, 100)` (PDFKit, jsPDF) is a position, not a status.
 */
const STATUS_SECOND = new Set(['json', 'text', 'body', 'html']);
/** The most arguments supertest's `.expect(status, body?, callback?)` takes. */
const SUPERTEST_EXPECT_MOST = 3;
/** Assertions that compare their argument with what `expect(…)` was given. */
const MATCHERS = new Set(['toBe', 'toEqual', 'toStrictEqual']);
/** node:assert comparisons, `assert.equal(actual, expected)`. */
const ASSERTIONS = new Set(['equal', 'strictEqual', 'notEqual', 'notStrictEqual', 'deepEqual', 'deepStrictEqual']);
/**
 * Exceptions constructed with a status, with the most arguments each takes: Hono's `HTTPException(404, options?)`
 * and http-errors-style `HttpError(404, message?, properties?)` first, NestJS's `HttpException(body, 404, options?)` second.
 */
const EXCEPTIONS_FIRST = new Map([
	['HTTPException', 2],
	['HttpError', 3],
	['HTTPError', 3],
]);
const EXCEPTIONS_SECOND = new Map([['HttpException', 3]]);
/** The words that may come before `code` in a status's name: `statusCode`, `httpCode`, `responseCode`. */
const CODE_QUALIFIERS = new Set(['status', 'http', 'response']);
/**
 * The words of an identifier, lower-cased, by its camelCase, snake_case or SCREAMING_CASE; digits separate words.
 *
 * @example
 * ```ts
 * nameWords('HTTPStatusCode_2');
 * //=> ['http', 'status', 'code']
 * ```
 */
function nameWords(name: string): string[] {
	return name
		.replaceAll(/([a-z\d])([A-Z])/g, '$1 $2')
		.replaceAll(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z]+/)
		.filter(word => word !== '');
}
/**
 * Whether a name says its value is a status, word by word: `s`, a name whose last word is "status" (`status`,
 * `httpStatus`, `expected_status`), `code` alone, or "code" after "status", "http" or "response" (`statusCode`,
 * `STATUS_CODE`, `httpCode`, `responseCode`). Any other code is not an HTTP status (`charCode`, `keyCode`,
 * `exitCode`, `errorCode`, `zipCode`), and neither is a word that only contains one (`unicode`, `barcode`).
 * The one definition every rule uses, for variables and properties alike.
 *
 * @example
 * ```ts
 * [isStatusName('responseCode'), isStatusName('keyCode'), isStatusName('unicode')];
 * //=> [true, false, false]
 * ```
 */
export function isStatusName(name: string): boolean {
	if (name === 's') {
		return true;
	}
	const words = nameWords(name);
	const last = words.at(-1);
	return last === 'status' || (last === 'code' && (words.length === 1 || CODE_QUALIFIERS.has(words.at(-2)!)));
}
/** The fetch API's response classes, Next.js's included. */
const RESPONSE_CLASSES = new Set(['Response', 'NextResponse']);

function unwrap(node: ESTree.Node): ESTree.Node {
	return node.type === 'ChainExpression' ? node.expression : node;
}

/** `status` for `response.status` and `response?.status`; `''` for anything else. */
function propertyName(node: ESTree.Node): string {
	const inner = unwrap(node);
	return inner.type === 'MemberExpression' && !inner.computed && inner.property.type === 'Identifier' ? inner.property.name : '';
}

/**
 * Whether an expression holds a status by its name: `response.status`, `res.statusCode`, `error.response.status`,
 * or a variable named `status` or `statusCode`.
 *
 * @example
 * ```ts
 * isStatusExpression(parse('response.status'));
 * //=> true
 * ```
 */
export function isStatusExpression(node: ESTree.Node): boolean {
	const inner = unwrap(node);
	return isStatusName(inner.type === 'Identifier' ? inner.name : propertyName(inner));
}

function calleeName(callee: ESTree.Node): string {
	const inner = unwrap(callee);
	return inner.type === 'Identifier' ? inner.name : propertyName(inner);
}

/** Whether a call is `Response.json(…)`, `Response.redirect(…)` or `NextResponse.json(…)`. */
function isResponseStatic(callee: ESTree.Node, method: string): boolean {
	const inner = unwrap(callee);
	return inner.type === 'MemberExpression' && inner.object.type === 'Identifier' && RESPONSE_CLASSES.has(inner.object.name) && propertyName(inner) === method;
}

/** A number written as one: `100`, `-5`. */
function isNumber(node: ESTree.Node): boolean {
	const inner = node.type === 'UnaryExpression' ? node.argument : node;
	return inner.type === 'Literal' && typeof inner.value === 'number';
}

/** What may be Hono's headers argument: not a number, a string or arithmetic. */
function mayBeHeaders(node: ESTree.Node): boolean {
	return !['Literal', 'TemplateLiteral', 'UnaryExpression', 'BinaryExpression', 'UpdateExpression'].includes(node.type);
}

/**
 * Whether the status at `index` is the one argument of its call that is a number, in a call of at most `most`
 * arguments: `res.status(404)`, never `x.status(404, 2)`, a method of another library with the same name.
 */
function fits(call: ESTree.CallExpression | ESTree.NewExpression, index: number, most: number | undefined): boolean {
	return most !== undefined && call.arguments.length <= most && call.arguments.every((argument, at) => at === index || !isNumber(argument));
}

/**
 * Whether a call of `json`, `text`, `body` or `html` can be Hono's `c.json(body, status?, headers?)`: three arguments at
 * most, the third not a number, a string or arithmetic. The body may be anything, a number too (`c.json(42, 201)`).
 *
 * @example
 * ```ts
 * [fitsHono(parse("c.json(body, 404, headers)")), fitsHono(parse("doc.text('x', 100, 100)"))];
 * //=> [true, false]
 * ```
 */
export function fitsHono(call: ESTree.CallExpression): boolean {
	return call.arguments.length <= 3 && (call.arguments[2] === undefined || mayBeHeaders(call.arguments[2]));
}

function inCall(literal: ESTree.Node, call: ESTree.CallExpression | ESTree.NewExpression): boolean {
	const index = call.arguments.indexOf(literal as ESTree.Expression); // -1 for the callee itself: no position matches
	const name = calleeName(call.callee);
	if (call.type === 'NewExpression') {
		return (index === 0 && fits(call, 0, EXCEPTIONS_FIRST.get(name))) || (index === 1 && fits(call, 1, EXCEPTIONS_SECOND.get(name)));
	}
	if (call.callee.type === 'Identifier') {
		return false; // a plain function call: `setTimeout(fn, 404)`, `range(200, 300)`
	}
	if (index === 0 && STATUS_FIRST.has(name)) {
		return fits(call, 0, STATUS_FIRST.get(name));
	}
	if (index === 1 && STATUS_SECOND.has(name)) {
		return fitsHono(call);
	}
	if (name === 'redirect') {
		// Hono and the fetch API put the status second (`c.redirect(url, 301)`), Express first (`res.redirect(301, url)`).
		return call.arguments.length === 2 && fits(call, index, 2);
	}
	return inTestCall(call, name, index);
}

/**
 * In a test: `expect(…).toBe(404)` with a status expected, `assert.equal(res.status, 404)`, and supertest's
 * `.expect(404)`, `.expect(200, body)` and `.expect(200, body, done)`: a method `expect` (not a chain on `expect(x)`)
 * whose first argument is the status, with at most three arguments and no other number among them.
 */
function inTestCall(call: ESTree.CallExpression, name: string, index: number): boolean {
	if (name === 'expect' && index === 0) {
		return (
			unwrap(call.callee).type === 'MemberExpression' &&
			!isExpectCall(unwrap((unwrap(call.callee) as ESTree.MemberExpression).object)) &&
			fits(call, 0, SUPERTEST_EXPECT_MOST)
		);
	}
	if (MATCHERS.has(name) && index === 0) {
		const object = unwrap((unwrap(call.callee) as ESTree.MemberExpression).object);
		const expected = object.type === 'MemberExpression' && propertyName(object) === 'not' ? unwrap(object.object) : object;
		return isExpectCall(expected) && isStatusExpression((expected as ESTree.CallExpression).arguments[0] as ESTree.Node);
	}
	if (ASSERTIONS.has(name) && index === 1) {
		return isStatusExpression(call.arguments[0] as ESTree.Node);
	}
	return false;
}

/** `expect(x)`: a call of a function named `expect` with one argument. */
function isExpectCall(node: ESTree.Node): boolean {
	return node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'expect' && node.arguments.length === 1;
}

/**
 * Whether a number literal stands where an HTTP status goes. The `status` key of an object literal counts when the
 * object is a `ResponseInit` by its place (`new Response(body, {status: 404})`), or, with type information, when
 * the type expected there says so (`return {status: 404, body}` from a function declared to return
 * `{status: StatusCode; …}`, `const init: ResponseInit = {status: 404}`).
 *
 * @example
 * ```ts
 * // res.status(404)       → true
 * // setTimeout(done, 404) → false
 * // {status: 404}         → false, unless its type or its place makes it a response's status
 * isStatusPosition(literal, context);
 * ```
 */
export function isStatusPosition(literal: Parented, context: Rule.RuleContext): boolean {
	const parent = literal.parent as Parented;
	switch (parent.type) {
		case 'ConditionalExpression': {
			// `ok ? 200 : 404` stands where the whole conditional does
			return parent.test !== literal && isStatusPosition(parent, context);
		}
		case 'LogicalExpression': {
			// `claimed ?? 500`, `code || 500`
			return parent.operator !== '&&' && isStatusPosition(parent, context);
		}
		case 'CallExpression':
		case 'NewExpression': {
			return inCall(literal, parent);
		}
		case 'BinaryExpression':
		case 'SwitchCase': {
			return isComparedWithStatus(literal, parent);
		}
		case 'ArrayExpression': {
			return isListOfStatuses(parent);
		}
		default: {
			return isNamedStatus(literal, parent, context);
		}
	}
}

/** `expect([200, 204]).toContain(res.status)` or `[200, 204].includes(status)`: a list a status is looked up in. */
function isListOfStatuses(list: Parented): boolean {
	const parent = list.parent as Parented;
	const holder = parent.type === 'CallExpression' && isExpectCall(parent) ? (parent.parent as Parented) : parent;
	const method = holder.type === 'MemberExpression' && holder.object === (holder === parent ? list : parent) ? propertyName(holder) : '';
	const call = holder.parent as Parented | undefined;
	return (
		(method === 'toContain' || method === 'includes') &&
		call?.type === 'CallExpression' &&
		call.callee === holder &&
		call.arguments.length === 1 &&
		isStatusExpression(call.arguments[0] as ESTree.Node) &&
		(method === 'includes') === (holder === parent)
	);
}

/** `status === 404`, or `case 404:` in a `switch (status)`: a literal compared with a status. */
function isComparedWithStatus(literal: ESTree.Node, parent: Parented): boolean {
	if (parent.type === 'SwitchCase') {
		const statement = parent.parent as ESTree.SwitchStatement;
		return parent.test === literal && isStatusExpression(statement.discriminant);
	}
	if (parent.type !== 'BinaryExpression' || !['===', '!==', '==', '!='].includes(parent.operator)) {
		return false;
	}
	const other = parent.left === literal ? parent.right : parent.left;
	return isStatusExpression(other);
}

/** `const status = 500`, `res.statusCode = 500`, `{status: 500}` in a response object: a literal given a status's name. */
function isNamedStatus(literal: ESTree.Node, parent: Parented, context: Rule.RuleContext): boolean {
	switch (parent.type) {
		case 'VariableDeclarator': {
			// `const status = 500`, `let statusCode = ok ? 200 : 500`
			return parent.init === literal && parent.id.type === 'Identifier' && isStatusName(parent.id.name);
		}
		case 'AssignmentExpression': {
			return parent.operator === '=' && parent.right === literal && isStatusName(propertyName(parent.left));
		}
		case 'Property': {
			return (
				parent.value === literal &&
				!parent.computed &&
				parent.key.type === 'Identifier' &&
				isStatusName(parent.key.name) &&
				(isResponseInit(parent) || typedAsStatus(context, literal, parent.parent))
			);
		}
		default: {
			return false;
		}
	}
}

/** Whether a `status` property belongs to a `ResponseInit`: the second argument of `new Response(…)` or `Response.json(…)`. */
function isResponseInit(property: ESTree.Property & Rule.NodeParentExtension): boolean {
	const object = property.parent as Parented;
	const call = object.parent as Parented | undefined;
	if (call === undefined || (call.type !== 'NewExpression' && call.type !== 'CallExpression') || call.arguments[1] !== object) {
		return false;
	}
	if (call.type === 'NewExpression') {
		return RESPONSE_CLASSES.has(calleeName(call.callee));
	}
	return isResponseStatic(call.callee, 'json') || isResponseStatic(call.callee, 'redirect');
}
