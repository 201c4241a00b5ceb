// What a user reads when a status validated only by class goes where a framework takes named codes alone
// (test/fixtures/frameworks/mistakes.ts, compiled against Hono's and Fastify's own types by every supported compiler).
// The framework's side of the message is its own type (Fastify lists its '4xx' key code by code); ours must print by
// name: `HttpStatus<"4xx">`, and its unnamed part `number & StatusClassBrand<"4xx">`, never a list of codes.
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {COMPILERS, compileProject} from '../helpers/tsc.ts';

const root = join(import.meta.dirname, '..', '..');
const project = join(root, 'test', 'fixtures', 'frameworks');

test.each(Object.entries(COMPILERS))(
	'%s: Hono and Fastify refuse an HttpStatus<"4xx">, and the message names it',
	(_name, compiler) => {
		const run = compileProject(root, project, compiler);
		expect(run.stderr).toBe('');
		expect(run.signal).toBe(null);
		// An error exit: 2 from TypeScript 5.0 and 6, 1 from TypeScript 7 (outputs skipped, with noEmit).
		expect([1, 2]).toContain(run.status);
		const lines = run.stdout.trimEnd().split('\n');
		// One error per framework, at the argument, each the compiler's own code for it.
		expect(lines.filter(line => line.startsWith('mistakes.ts('))).toEqual([
			'mistakes.ts(11,73): error TS2769: No overload matches this call.',
			expect.stringMatching(
				/^mistakes\.ts\(14,43\): error TS2345: Argument of type 'HttpStatus<"4xx">' is not assignable to parameter of type '200 \| 400 \| 401 /,
			),
		]);
		// Wherever our type appears as the source of a relation, it is named.
		const ours = lines.flatMap(line => /(?:Argument of type|^\s*Type) '([^']*)' is not assignable/.exec(line)?.[1] ?? []);
		expect(new Set(ours)).toEqual(new Set(['HttpStatus<"4xx">', 'number & StatusClassBrand<"4xx">', '400']));
	},
	120_000,
);
