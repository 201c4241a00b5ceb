// `no-body-with-null-body-status`: a body sent with 204, 205 or 304, which have no body (RFC 9110 §15.3.5,
// §15.3.6, §15.4.5): Express and Fastify drop it without a word, Hono and the fetch API throw. No fix: only the
// author knows whether the status or the body is wrong.
import type {Rule} from 'eslint';
import type * as ESTree from 'estree';
import {docsUrl} from './docs-url.ts';
import {PACKAGE_NAME} from './import-fixer.ts';
import {integerValues} from './integer-type.ts';
import {libraryCode, STATUS_LIBRARIES} from './library-names.ts';
import {fileScopes, lookup, type FileScopes} from './scope.ts';
import {fitsHono} from './status-position.ts';
import {namedStatus, statusNamed} from './status-names.ts';

/** The codes whose responses have no body. */
const NULL_BODY = new Set([204, 205, 304]);

/** The module an identifier's binding is imported from, with the name it imports (`'*'` for a namespace, `'default'`); else `undefined`. */
function importOf(scopes: FileScopes, identifier: ESTree.Identifier): {module: string; imported: string} | undefined {
	const definition = lookup(scopes.scopeOf(identifier), identifier.name)?.defs[0];
	if (definition?.type !== 'ImportBinding') {
		return undefined;
	}
	const specifier = definition.node;
	const module = String(definition.parent.source.value);
	if (specifier.type === 'ImportSpecifier') {
		return {module, imported: specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value)};
	}
	return {module, imported: specifier.type === 'ImportDefaultSpecifier' ? 'default' : '*'};
}

/** The code a constant names: ours (`HTTP_204_NO_CONTENT`, `status.HTTP_204_NO_CONTENT`) or another library's (`StatusCodes.NO_CONTENT`). */
function constantCode(scopes: FileScopes, node: ESTree.Node): number | undefined {
	if (node.type === 'Identifier') {
		const found = importOf(scopes, node);
		return found?.module === PACKAGE_NAME ? statusNamed(found.imported)?.code : undefined;
	}
	if (node.type !== 'MemberExpression' || node.computed || node.object.type !== 'Identifier' || node.property.type !== 'Identifier') {
		return undefined;
	}
	const found = importOf(scopes, node.object);
	if (found === undefined) {
		return undefined;
	}
	if (found.module === PACKAGE_NAME) {
		return found.imported === '*' ? statusNamed(node.property.name)?.code : undefined;
	}
	const library = STATUS_LIBRARIES.find(candidate => candidate.module === found.module);
	const holdsCodes = library !== undefined && (found.imported === library.exportName || library.alsoExportedAs.includes(found.imported));
	return holdsCodes ? libraryCode(library, node.property.name) : undefined;
}

/** A body that is there: anything but a missing argument, `null` or `undefined`. */
function isBody(node: ESTree.Node | undefined): boolean {
	return node !== undefined && !(node.type === 'Literal' && node.value === null) && !(node.type === 'Identifier' && node.name === 'undefined');
}

/**
 * Express's and Fastify's response methods that return the response itself, and so may stand between the status
 * and the body: `res.status(204).set('etag', tag).send(body)`, `reply.code(304).header('etag', tag).send(body)`.
 */
const CHAINABLE = new Set(['append', 'attachment', 'clearCookie', 'cookie', 'header', 'headers', 'links', 'location', 'removeHeader', 'set', 'type', 'vary']);
/** How many of them the walk to the status passes at most. */
const MOST_CHAINED = 8;

/**
 * The call that set the status of a chain sending a body, `res.status(204)` or `reply.code(304)`, walking back from
 * the call the body is sent on through the methods that return the response; `undefined` when anything else
 * stands between them.
 *
 * @example
 * ```ts
 * statusSetter(parse("res.status(204).set('etag', tag)"));
 * //=> the call res.status(204)
 * ```
 */
function statusSetter(node: ESTree.Node): {call: ESTree.CallExpression; name: string} | undefined {
	let current = node;
	for (let passed = 0; passed <= MOST_CHAINED && current.type === 'CallExpression'; passed++) {
		const method = methodOf(current.callee);
		if (method === undefined) {
			return undefined;
		}
		if (method.name === 'status' || method.name === 'code') {
			return {call: current, name: method.name};
		}
		if (!CHAINABLE.has(method.name)) {
			return undefined;
		}
		current = method.object;
	}
	return undefined;
}

function methodOf(node: ESTree.Node): {object: ESTree.Node; name: string} | undefined {
	return node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier'
		? {object: node.object, name: node.property.name}
		: undefined;
}

/**
 * Report a body sent with a status that has none: `res.status(204).json(body)` (Express), `reply.code(204).send(body)`
 * (Fastify), `c.json(body, 204)` and `c.body(text, 304)` (Hono), `new Response(body, {status: 204})`.
 *
 * @example
 * ```ts
 * // reported: res.status(HTTP_204_NO_CONTENT).json({deleted: true});
 * // fine:     res.status(HTTP_204_NO_CONTENT).end();
 * ```
 */
export const noBodyWithNullBodyStatus: Rule.RuleModule = {
	meta: {
		type: 'problem',
		docs: {
			description: 'Disallow a response body with 204, 205 or 304, which the framework drops or refuses',
			recommended: true,
			url: docsUrl('no-body-with-null-body-status'),
		},
		schema: [],
		messages: {
			dropped:
				'{{code}} {{phrase}} has no body (RFC 9110), so {{framework}} drops this one and the client never sees it: send no body, or use another status such as 200.',
			thrown: '{{code}} {{phrase}} has no body (RFC 9110), so {{framework}} throws here: send no body, or use another status such as 200.',
		},
	},
	create(context) {
		let scopes: FileScopes;
		const code = (node: ESTree.Node | undefined): number | undefined => {
			if (node === undefined || node.type === 'SpreadElement') {
				return undefined;
			}
			const value = node.type === 'Literal' && typeof node.value === 'number' ? node.value : constantCode(scopes, node);
			if (value !== undefined) {
				return NULL_BODY.has(value) ? value : undefined;
			}
			const values = integerValues(context, node);
			return values !== undefined && values.length > 0 && values.every(candidate => NULL_BODY.has(candidate)) ? values[0] : undefined;
		};
		const report = (node: ESTree.Node, status: number, framework: string, messageId: 'dropped' | 'thrown') =>
			context.report({node, messageId, data: {code: String(status), phrase: namedStatus(status)!.phrase, framework}});
		return {
			Program() {
				scopes = fileScopes(context.sourceCode);
			},
			CallExpression(node) {
				const method = methodOf(node.callee);
				if (method === undefined) {
					return;
				}
				const [first, second] = node.arguments as Array<ESTree.Node | undefined>;
				if (['json', 'send', 'jsonp'].includes(method.name) && isBody(first) && method.object.type === 'CallExpression') {
					// res.status(204).json(body), reply.code(204).send(body), res.status(204).set('etag', tag).send(body)
					const setter = statusSetter(method.object);
					const status = setter === undefined ? undefined : code(setter.call.arguments[0]);
					if (status !== undefined) {
						report(node, status, setter!.name === 'code' ? 'Fastify' : 'Express', 'dropped');
					}
					return;
				}
				if (['json', 'body', 'text', 'html'].includes(method.name) && node.arguments.length >= 2 && fitsHono(node) && isBody(first)) {
					const status = code(second);
					if (status !== undefined) {
						report(node, status, 'Hono', 'thrown');
					}
				}
			},
			NewExpression(node) {
				const [body, init] = node.arguments as Array<ESTree.Node | undefined>;
				if (node.callee.type !== 'Identifier' || node.callee.name !== 'Response' || !isBody(body) || init?.type !== 'ObjectExpression') {
					return;
				}
				const property = init.properties.find(
					(candidate): candidate is ESTree.Property =>
						candidate.type === 'Property' && !candidate.computed && candidate.key.type === 'Identifier' && candidate.key.name === 'status',
				);
				const status = code(property?.value);
				if (status !== undefined) {
					report(node, status, 'the fetch API', 'thrown');
				}
			},
		};
	},
};
