// What a call of a response builder costs a consumer's compiler, on dist/ as `npm run build` emits it: once one call
// of a shape was checked (the same statuses, the same keys of problem's fields), another costs no instantiation at
// all, under TypeScript 6 and 7. A builder generic in a type each call makes anew (the type of its object literal)
// would instantiate its whole signature at every call: problem did, 8 instantiations a call.
import {afterAll, expect, test} from 'vitest';
import {linkPackage} from '../../bench/lib/link.mjs';
import {checkProgram, type Compiler} from '../../bench/lib/typecheck.mjs';

const link = linkPackage();
afterAll(() => link.remove());

/** The calls of one shape, as the handlers of a program write them: each with its own object literal and values. */
const SHAPES = {
	problem: (index: number) => `problem(HTTP_404_NOT_FOUND, {detail: String(input), instance: \`/notes/${index}\`})`,
	'problem with an extension member': (index: number) => `problem(HTTP_503_SERVICE_UNAVAILABLE, {retryable: input > ${index}})`,
	json: (index: number) => `json({id: ${index}, note: String(input)}, HTTP_201_CREATED)`,
	'json with a status that may be undefined': (index: number) => `json({id: ${index}}, input > ${index} ? HTTP_201_CREATED : undefined)`,
	text: (index: number) => `text(String(input), HTTP_404_NOT_FOUND, {headers: {'x-index': '${index}'}})`,
	empty: (index: number) => `empty(HTTP_204_NO_CONTENT, {statusText: '${index}'})`,
	redirect: (index: number) => `redirect(\`/notes/${index}\`, HTTP_303_SEE_OTHER)`,
} satisfies Record<string, (index: number) => string>;

/** A program of `count` handlers of each shape, each handler returning one call. */
function program(count: number): Record<string, string> {
	const handlers = Object.values(SHAPES).flatMap((shape, kind) =>
		Array.from({length: count}, (_, index) => `export function handler${kind}x${index}(input: number) {\n\treturn ${shape(index)};\n}`),
	);
	return {
		'handlers.ts': `import {HTTP_201_CREATED, HTTP_204_NO_CONTENT, HTTP_303_SEE_OTHER, HTTP_404_NOT_FOUND, HTTP_503_SERVICE_UNAVAILABLE} from 'typed-http-status';
import {empty, json, problem, redirect, text} from 'typed-http-status/response';
${handlers.join('\n')}
`,
	};
}

test.each(['tsc 6', 'tsc 7'] satisfies Compiler[])('%s: 40 calls of each builder cost what 2 cost', {timeout: 120_000}, compiler => {
	const cost = (count: number) => checkProgram({compiler, dir: link.dir, files: program(count), skipLibCheck: true}).instantiations;
	const two = cost(2);
	expect(two).toBeGreaterThan(0);
	expect(cost(40)).toBe(two);
});
