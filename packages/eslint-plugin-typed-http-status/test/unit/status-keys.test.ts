// The `status` key of a response object is a status position: by its place (`ResponseInit`) in any file, by its
// type only when type information says so. A `{status: 404}` that nothing types as a status is left alone.
import {noBareStatus} from '../../src/no-bare-status.ts';
import {javascript, typed, typescript} from './rule-tester.ts';

const notFound = {messageId: 'bare', data: {name: 'HTTP_404_NOT_FOUND (404 Not Found)', code: '404'}};
const imports = (names: string) => `import {${names}} from 'typed-http-status';`;
const codes = 'type Code = 200 | 404 | 500;\n';

// Without type information only the well-known shapes count.
for (const [name, tester] of [
	['JavaScript', javascript],
	['TypeScript without types', typescript],
] as const) {
	tester.run(`no-bare-status: status keys by shape (${name})`, noBareStatus, {
		valid: [
			'function notFound() { return {status: 404, body}; }',
			'const job = {status: 404};',
			'send({status: 404});',
			'new Response(body, {headers, other: {status: 404}});',
		],
		invalid: [
			{
				code: 'new Response(body, {status: 404});',
				output: `${imports('HTTP_404_NOT_FOUND')}\nnew Response(body, {status: HTTP_404_NOT_FOUND});`,
				errors: [notFound],
			},
			{
				code: 'NextResponse.json({error}, {status: 404});',
				output: `${imports('HTTP_404_NOT_FOUND')}\nNextResponse.json({error}, {status: HTTP_404_NOT_FOUND});`,
				errors: [notFound],
			},
		],
	});
}

typescript.run('no-bare-status: a typed return without type information', noBareStatus, {
	valid: [`${codes}function notFound(): {status: Code; body: string} { return {status: 404, body: ''}; }`],
	invalid: [],
});

typed.run('no-bare-status: status keys by type', noBareStatus, {
	valid: [
		// An object nothing types: the key's name alone is not enough.
		'const job = {status: 404, retries: 3};',
		'function load() { return {status: 404, body: null}; }',
		// Typed, but not as a status: a number, a string, a range that is not all codes.
		'function job(): {status: number; id: string} { return {status: 404, id: ""}; }',
		'const progress: {status: 1 | 2 | 404} = {status: 404};',
		"const state: {status: 'idle' | 'done'} = {status: 'done'};",
		// A status type on a key whose name says nothing of a status.
		`${codes}const entry: {value: Code} = {value: 404};`,
		// Not the status key of the typed object.
		`${codes}const reply: {status: Code; meta: {count: number}} = {status: 200 as Code, meta: {count: 404}};`,
	],
	invalid: [
		{
			code: `${codes}function notFound(): {status: Code; body: string} {\n\treturn {status: 404, body: ''};\n}`,
			output: `${imports('HTTP_404_NOT_FOUND')}\n${codes}function notFound(): {status: Code; body: string} {\n\treturn {status: HTTP_404_NOT_FOUND, body: ''};\n}`,
			errors: [notFound],
		},
		{
			// A discriminated union of responses, through an async function's declared return type.
			code: `type Reply = {status: 200; body: string} | {status: 404; body: null};\nasync function find(): Promise<Reply> {\n\treturn {status: 404, body: null};\n}`,
			output: `${imports('HTTP_404_NOT_FOUND')}\ntype Reply = {status: 200; body: string} | {status: 404; body: null};\nasync function find(): Promise<Reply> {\n\treturn {status: HTTP_404_NOT_FOUND, body: null};\n}`,
			errors: [notFound],
		},
		{
			// A contextual type from a parameter, through a conditional that stands for the whole value.
			code: `${codes}declare function send(reply: {statusCode: Code}): void;\nsend({statusCode: found ? 404 : code});`,
			output: `${imports('HTTP_404_NOT_FOUND')}\n${codes}declare function send(reply: {statusCode: Code}): void;\nsend({statusCode: found ? HTTP_404_NOT_FOUND : code});`,
			errors: [notFound],
		},
		{
			// A ResponseInit kept in a variable before it reaches `new Response`.
			code: 'const init: ResponseInit = {status: 404};',
			output: `${imports('HTTP_404_NOT_FOUND')}\nconst init: ResponseInit = {status: HTTP_404_NOT_FOUND};`,
			errors: [notFound],
		},
		{
			code: "function reply(body: string, init?: ResponseInit) {}\nreply('', {status: 404});",
			output: `${imports('HTTP_404_NOT_FOUND')}\nfunction reply(body: string, init?: ResponseInit) {}\nreply('', {status: HTTP_404_NOT_FOUND});`,
			errors: [notFound],
		},
	],
});
