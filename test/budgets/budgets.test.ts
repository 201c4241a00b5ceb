// The deterministic budgets (bench/lib/budgets.mjs), checked on every `npm test` against dist/ as `npm run build`
// emits it: bundle bytes of scenarios (a)–(e) and what each bundle contains, and the consumer type-check cost
// (Types, Instantiations, files loaded) under TypeScript 6 and 7. Only root devDependencies are used (esbuild,
// typescript, typescript7), never the peers of bench/.
//
// Two gates per number: the budget itself, and a ceiling of today's measurement plus HEADROOM, so that growth
// well inside the budget still needs a decision. The measurements belong to the tool versions in MEASURED_WITH: a
// bump of esbuild or TypeScript fails the first test with a message to re-measure, instead of failing (or passing)
// on numbers from another compiler. To re-measure: run this file, read the numbers from `npm run bench`
// (docs/performance.md), set MEASURED and MEASURED_WITH. A budget not met (Types over plain) is asserted as not
// met, so that meeting it fails too, and asks to make it a gate.
import {readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import * as budget from '../../bench/lib/budgets.mjs';
import {bundleSize, type BundleSize} from '../../bench/lib/bundle.mjs';
import {bundleProblems} from '../../bench/lib/inspect.mjs';
import {linkPackage, root} from '../../bench/lib/link.mjs';
import {phrases, registry} from '../../bench/lib/codes.mjs';
import {scenarioFile} from '../../bench/lib/scenarios.mjs';
import {checkCost, checkProgram, type CheckCost, type Compiler} from '../../bench/lib/typecheck.mjs';
import {atScaleProgram} from '../../bench/scenarios/typecheck/at-scale.mjs';
import {plainProgram} from '../../bench/scenarios/typecheck/plain.mjs';
import {typedHttpStatusProgram} from '../../bench/scenarios/typecheck/typed-http-status.mjs';
import {githubPrograms} from '../../bench/scenarios/typecheck/openapi-github.mjs';

/** The tool versions MEASURED was taken with. */
const MEASURED_WITH = {esbuild: '0.28.2', typescript: '6.0.3', typescript7: '7.0.2', '@octokit/openapi-types': '29.0.1', '@octokit/openapi': '23.0.2'};

/** Measured 2026-12-01 (type-check counts 2026-12-02, after the builders, hasStatus, the class types and the class answer tables were made cheaper, again after the guards' first use was, after StatusIn read its table through `infer`, after the sets' types read generated unions; 2026-12-03, after the class guards read their bound and the brands from tables, after hasStatus's first signature read its response at one index, after StatusIn held its table, after MemberKind's tests lost their tuples, after the class types read their codes from the code table, after InputKind lost its tuples, after each class guard read its own copy of StatusIn, which asks its questions inline, and after problem's fields stopped being inferred) with MEASURED_WITH (docs/performance.md), bytes of the minified bundles and compiler counts. */
const MEASURED = {
	b: {raw: 120, gzip: 132}, // the guard alone: its range and integer checks written inline, no shared helper
	c: {raw: 2069, gzip: 800}, // the phrases as an array literal by code, one variable `gap` where there is none, given a null prototype (src/generated/reason-phrases.ts); 2026-12-02
	e: {raw: 8476, gzip: 3500}, // the code lists read from the phrases at load; every table defended by `freeze`; built-ins captured by pure arrows; the phrase array without a prototype; 2026-12-02
	typesOverPlain: 725, // budget +600, not met since the answers of the checks became sound for enums and brands
	instantiationsOverPlain: 220, // budget +1,000
	'tsc 6 true': {types: 1059, instantiations: 226},
	'tsc 6 false': {types: 5755, instantiations: 2308}, // checking our own declarations: the answer tables of the checks
	'tsc 7 true': {types: 1330, instantiations: 226},
	'tsc 7 false': {types: 9495, instantiations: 3199}, // 3,913 before the sets' types read generated unions, 3,729 before the class tables, 3,506 before MemberKind's tests lost their tuples, 3,441 before the class types read the code table, 3,411 before InputKind lost its tuples, 3,274 before each class guard read its own copy of StatusIn
	// The 300-handler program (bench/scenarios/typecheck/at-scale.mjs), Instantiations over the same with bare numbers.
	atScaleOverBare: {'tsc 6': 336, 'tsc 7': 1344}, // budget +1,500: each of tsc 7's four checkers pays the first use of every type, so its count is four times tsc 6's
	// The file the editor section of the bench edits (the at-scale program's first, alone): what a language server pays
	// again after every edit, since it then builds a new checker. Types and Instantiations, TypeScript 7 with its default checkers.
	editorFile: {'tsc 6': {types: 720, instantiations: 336}, 'tsc 7': {types: 987, instantiations: 336}}, // 893 Types and 724 Instantiations before the builders' status types read generated unions, 633 before the class tables, 545 before hasStatus's one index, 482 before StatusIn held its table, 461 before the class types read the code table, 446 before InputKind lost its tuples, 425 before each class guard read its own copy of StatusIn, 363 before problem's fields stopped being inferred
};

/**
 * Measured 2026-12-02 with MEASURED_WITH (docs/performance.md): the GitHub-scale program of typed-http-status/openapi
 * and the same program with TypeScript alone (each declared status's body read by indexed access), `skipLibCheck:
 * true`; and a program of one readResponse call and one responder with `skipLibCheck: false`, where the compiler also
 * checks the subpath's declarations (a form of the responder's body types once made TypeScript 6 run for minutes).
 */
const MEASURED_OPENAPI = {
	'tsc 6': {ours: {types: 15562, instantiations: 104474}, plain: {types: 16025, instantiations: 61855}, declarations: {instantiations: 54940}},
	'tsc 7': {ours: {types: 16626, instantiations: 104474}, plain: {types: 17132, instantiations: 61968}, declarations: {instantiations: 62375}},
};

/** Room above a measurement before a ceiling fails: 3 %, enough for a reworded message, not for a new feature. */
const HEADROOM = 0.03;
const ceiling = (measured: number) => Math.floor(measured * (1 + HEADROOM));

test('the tools are the versions the ceilings were measured with (else re-measure, see the top of this file)', () => {
	const installed = Object.fromEntries(
		Object.keys(MEASURED_WITH).map(name => [
			name,
			(JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {version: string}).version,
		]),
	);
	expect(installed, 'a tool version changed: re-measure the budgets and update MEASURED and MEASURED_WITH in test/budgets/budgets.test.ts').toEqual(
		MEASURED_WITH,
	);
});

const link = linkPackage();
afterAll(() => link.remove());

async function measure(folder: string, scenario: string): Promise<BundleSize> {
	const file = scenarioFile(folder, scenario);
	if (file === undefined) {
		throw new Error(`bench/scenarios/bundle/${folder}/${scenario} is missing`);
	}
	return bundleSize(file, link.modules);
}

describe('bundle size (esbuild, minified ESM, tree shaking)', () => {
	const sizes = new Map<string, BundleSize>();
	beforeAll(async () => {
		for (const [folder, scenario] of [
			['bare', 'a'],
			['bare', 'b'],
			['bare', 'd'],
			['typed-http-status', 'a'],
			['typed-http-status', 'b'],
			['typed-http-status', 'c'],
			['typed-http-status', 'd'],
			['typed-http-status', 'e'],
		] as const) {
			sizes.set(`${folder}/${scenario}`, await measure(folder, scenario));
		}
	}, 60_000);
	const size = (key: string): BundleSize => {
		const found = sizes.get(key);
		if (found === undefined) {
			throw new Error(`${key} was not measured`);
		}
		return found;
	};
	const bare = () => ({a: size('bare/a').text, b: size('bare/b').text, d: size('bare/d').text});

	test('every bundle reads typed-http-status from dist/, through the exports map', () => {
		for (const scenario of ['a', 'b', 'c', 'd', 'e']) {
			expect(size(`typed-http-status/${scenario}`).inputs).toContain('dist/index.js');
		}
	});

	test('(a) one constant: exactly the bare-literal baseline (budget: the baseline)', () => {
		expect(bundleProblems('a', size('typed-http-status/a').text, bare())).toEqual([]);
		expect(size('typed-http-status/a').raw).toBe(size('bare/a').raw);
	});

	test("(b) constant + isClientError: the guard's function only (budget: ≤ 60 B raw over the inline program)", () => {
		const {raw, gzip, text} = size('typed-http-status/b');
		expect(bundleProblems('b', text, bare())).toEqual([]);
		expect(raw - size('bare/b').raw).toBeLessThanOrEqual(budget.GUARD_OVERHEAD_RAW);
		expect(raw).toBeLessThanOrEqual(ceiling(MEASURED.b.raw));
		expect(gzip).toBeLessThanOrEqual(ceiling(MEASURED.b.gzip));
	});

	test('(c) reasonPhrase: the phrase table and the lookup only (budget: ≤ 900 B gzip)', () => {
		const {raw, gzip, text} = size('typed-http-status/c');
		expect(bundleProblems('c', text, bare())).toEqual([]);
		expect(gzip).toBeLessThanOrEqual(budget.PHRASE_GZIP);
		expect(raw).toBeLessThanOrEqual(ceiling(MEASURED.c.raw));
		expect(gzip).toBeLessThanOrEqual(ceiling(MEASURED.c.gzip));
	});

	test('(d) import * as status, two constants: only the two literals (budget: only the two constants)', () => {
		expect(bundleProblems('d', size('typed-http-status/d').text, bare())).toEqual([]);
		expect(size('typed-http-status/d').raw).toBe(size('bare/d').raw);
	});

	test('(e) everything the main entry exports (budget: ≤ 3,500 B gzip, with the response-semantics sets)', () => {
		const {raw, gzip, text} = size('typed-http-status/e');
		expect(gzip).toBeLessThanOrEqual(budget.EVERYTHING_GZIP);
		expect(raw).toBeLessThanOrEqual(ceiling(MEASURED.e.raw));
		expect(gzip).toBeLessThanOrEqual(ceiling(MEASURED.e.gzip));
		// The meanings and references live in the subpath typed-http-status/registry, not in the main entry.
		expect(text).not.toContain('RFC 9110');
	});
});

describe('the response-semantics sets and typed-http-status/response (esbuild, minified ESM, tree shaking)', () => {
	const guards = [
		'isFinalStatus',
		'isContentfulStatus',
		'isNullBodyStatus',
		'isResponseRedirectStatus',
		'isHeuristicallyCacheable',
		'isRetryableStatus',
	] as const;
	const sizes = new Map<string, BundleSize>();
	beforeAll(async () => {
		for (const name of [
			'bare/set-guard',
			...guards.map(guard => `typed-http-status/set-guard-${guard}`),
			'typed-http-status/response-json',
			'typed-http-status/response-problem',
		]) {
			const [folder = '', scenario = ''] = name.split('/');
			sizes.set(name, await measure(folder, scenario));
		}
	}, 60_000);
	const size = (key: string): BundleSize => {
		const found = sizes.get(key);
		if (found === undefined) {
			throw new Error(`${key} was not measured`);
		}
		return found;
	};
	// Today's bytes over the bare program (which prints the code where these print the guard's answer).
	// The exact sets scan a private array literal by index (the generator writes the scan), not Array.prototype.includes.
	const today = {
		isFinalStatus: 70, // its range check, inline
		isContentfulStatus: 105,
		isNullBodyStatus: 86,
		isResponseRedirectStatus: 86,
		isHeuristicallyCacheable: 119, // thirteen codes at four bytes each in its list
		isRetryableStatus: 94,
	};

	test.each(guards)('one guard, %s: at most 120 B raw over the bare program, and no other set', guard => {
		const {raw, text} = size(`typed-http-status/set-guard-${guard}`);
		expect(raw - size('bare/set-guard').raw).toBeLessThanOrEqual(budget.SET_GUARD_OVERHEAD_RAW);
		expect(raw - size('bare/set-guard').raw).toBeLessThanOrEqual(today[guard]);
		expect(text.match(/freeze\(/g)?.length ?? 0).toBeLessThanOrEqual(1); // its own list at most, never another set's
		expect(text).not.toContain('Continue');
	});

	test('json alone carries no phrase table; problem carries it', () => {
		const json = size('typed-http-status/response-json');
		expect(json.inputs).toEqual(expect.arrayContaining(['dist/index.js', 'dist/response.js']));
		for (const phrase of ['Not Found', 'Continue', 'Internal Server Error']) {
			expect(json.text).not.toContain(phrase);
		}
		// 4,337 B measured: the builder, its checks (options read as own data), the describer and escaping rule its
		// error messages share with the library, and the built-ins they capture.
		expect(json.raw).toBeLessThanOrEqual(ceiling(4337));
		expect(size('typed-http-status/response-problem').text).toContain('Not Found');
	});
});

describe('consumer type-check cost (50 handlers, guards, exhaustive switch, phrases)', () => {
	const programs = {
		ours: typedHttpStatusProgram(registry.map(entry => entry.code).filter(code => code >= 500)),
		plain: plainProgram(phrases),
	};
	const configurations: Array<[Compiler, boolean]> = [
		['tsc 6', true],
		['tsc 6', false],
		['tsc 7', true],
		['tsc 7', false],
	];
	const costs = new Map<string, CheckCost>();
	beforeAll(() => {
		for (const [compiler, skipLibCheck] of configurations) {
			for (const [name, source] of Object.entries(programs)) {
				costs.set(`${name} ${compiler} ${skipLibCheck}`, checkCost({compiler, dir: link.dir, source, skipLibCheck}));
			}
		}
	}, 120_000);
	const cost = (name: keyof typeof programs, compiler: Compiler, skipLibCheck: boolean): CheckCost => {
		const found = costs.get(`${name} ${compiler} ${skipLibCheck}`);
		if (found === undefined) {
			throw new Error(`${name} was not checked with ${compiler}`);
		}
		return found;
	};

	test.each(configurations)('%s, skipLibCheck %s: the only file of ours loaded is dist/index.d.ts', (compiler, skipLibCheck) => {
		const ours = cost('ours', compiler, skipLibCheck);
		expect(ours.loaded.map(file => relative(root, file))).toEqual(['dist/index.d.ts']);
		expect(ours.files).toBe(cost('plain', compiler, skipLibCheck).files + 1);
	});

	test('tsc 6: at most +1,000 Instantiations over the plain-number program (budget +1,000)', () => {
		const over = cost('ours', 'tsc 6', true).instantiations - cost('plain', 'tsc 6', true).instantiations;
		expect(over).toBeLessThanOrEqual(budget.INSTANTIATIONS_OVER_PLAIN);
		expect(over).toBeLessThanOrEqual(ceiling(MEASURED.instantiationsOverPlain));
	});

	test('tsc 6: +600 Types over the plain-number program is not met (when it is, make it a gate again)', () => {
		const over = cost('ours', 'tsc 6', true).types - cost('plain', 'tsc 6', true).types;
		expect(over).toBeGreaterThan(budget.TYPES_OVER_PLAIN);
		expect(over).toBeLessThanOrEqual(ceiling(MEASURED.typesOverPlain));
	});

	test.each(['tsc 6', 'tsc 7'] as const)('%s, skipLibCheck false: at most 3× the Instantiations of http-status-codes', compiler => {
		const ours = cost('ours', compiler, false).instantiations;
		expect(ours).toBeLessThanOrEqual(budget.LIB_CHECK_RATIO * budget.HTTP_STATUS_CODES_LIB_CHECK_INSTANTIATIONS[compiler]);
	});

	test.each(configurations)('%s, skipLibCheck %s: Types and Instantiations under their ceilings', (compiler, skipLibCheck) => {
		const ours = cost('ours', compiler, skipLibCheck);
		const measured = MEASURED[`${compiler} ${skipLibCheck}`];
		expect(ours.types).toBeLessThanOrEqual(ceiling(measured.types));
		expect(ours.instantiations).toBeLessThanOrEqual(ceiling(measured.instantiations));
	});
});

describe('at scale: 300 handlers in 30 files, against the same program with bare numbers', () => {
	const overBare = (compiler: Compiler, checkers?: number) => {
		const bare = checkProgram({compiler, dir: link.dir, files: atScaleProgram('bare'), skipLibCheck: true, checkers});
		const ours = checkProgram({compiler, dir: link.dir, files: atScaleProgram('typed-http-status'), skipLibCheck: true, checkers});
		return ours.instantiations - bare.instantiations;
	};
	test('tsc 6: at most +1,500 Instantiations over bare numbers (budget +1,500)', () => {
		const over = overBare('tsc 6');
		expect(over).toBeLessThanOrEqual(budget.AT_SCALE_INSTANTIATIONS_OVER_BARE);
		expect(over).toBeLessThanOrEqual(ceiling(MEASURED.atScaleOverBare['tsc 6']));
	}, 120_000);
	test('tsc 7: at most +1,500 Instantiations over bare numbers with its default four checkers, each paying every first use', () => {
		const over = overBare('tsc 7');
		expect(over).toBeLessThanOrEqual(budget.AT_SCALE_INSTANTIATIONS_OVER_BARE);
		expect(over).toBeLessThanOrEqual(ceiling(MEASURED.atScaleOverBare['tsc 7']));
		expect(overBare('tsc 7', 1)).toBeLessThanOrEqual(ceiling(MEASURED.atScaleOverBare['tsc 6']));
	}, 120_000);
	// hasStatus on a union whose members each have a status that is the code or another named code takes a signature
	// computed once per code: its cost does not grow with the number of response types (each handler has its own).
	test.each(['tsc 6', 'tsc 7'] as const)('%s: hasStatus costs the same for 10 and for 100 response types', {timeout: 120_000}, compiler => {
		const program = (handlers: number) => ({
			'handlers.ts': [
				"import {hasStatus} from 'typed-http-status/response';",
				...Array.from(
					{length: handlers},
					(_, index) =>
						`export function handler${index}(reply: {status: 200; note${index}: string} | {status: 404; error${index}: string}) {\n` +
						`\treturn hasStatus(reply, 404) ? reply.error${index} : reply.note${index};\n}`,
				),
			].join('\n'),
		});
		const cost = (handlers: number) =>
			checkProgram({compiler, dir: link.dir, files: program(handlers), skipLibCheck: true, checkers: compiler === 'tsc 7' ? 1 : undefined});
		const few = cost(10);
		const many = cost(100);
		expect(few.instantiations).toBeGreaterThan(0);
		expect(many.instantiations).toBe(few.instantiations);
	});
});

describe('in the editor: the file the editor section edits, alone in its project', () => {
	// After an edit, a language server checks the file with a new checker, so every type it uses is instantiated afresh:
	// the first use of each guard, builder and shared type is paid on every edit (bench/sections/tsserver.mjs times it).
	test.each(['tsc 6', 'tsc 7'] as const)('%s: Types and Instantiations under their ceilings', {timeout: 120_000}, compiler => {
		const [name = '', text = ''] = Object.entries(atScaleProgram('typed-http-status'))[0] ?? [];
		const cost = checkProgram({compiler, dir: link.dir, files: {[name]: text}, skipLibCheck: true});
		expect(cost.types).toBeLessThanOrEqual(ceiling(MEASURED.editorFile[compiler].types));
		expect(cost.instantiations).toBeLessThanOrEqual(ceiling(MEASURED.editorFile[compiler].instantiations));
	});
});

describe('typed-http-status/openapi at GitHub scale (every operation of @octokit/openapi-types)', () => {
	// Its own folder: the program links @octokit/openapi-types and writes the command line's key lists beside it.
	const github = linkPackage();
	afterAll(() => github.remove());
	const programs = githubPrograms(github);

	test('the program covers every operation and checks a sample of key lists', () => {
		expect(programs.operations).toBeGreaterThan(1000);
		expect(programs.sampled).toBeGreaterThanOrEqual(20);
	});

	// checkCost throws on any compile error: the key lists, the sample of statuses and every result must compile.
	test.each(['tsc 6', 'tsc 7'] as const)(
		'%s: compiles; Types and Instantiations, with our types and without, under their ceilings',
		compiler => {
			const ours = checkCost({compiler, dir: github.dir, source: programs.ours, skipLibCheck: true});
			const plain = checkCost({compiler, dir: github.dir, source: programs.plain, skipLibCheck: true});
			const measured = MEASURED_OPENAPI[compiler];
			expect(ours.types).toBeLessThanOrEqual(ceiling(measured.ours.types));
			expect(ours.instantiations).toBeLessThanOrEqual(ceiling(measured.ours.instantiations));
			expect(plain.types).toBeLessThanOrEqual(ceiling(measured.plain.types));
			expect(plain.instantiations).toBeLessThanOrEqual(ceiling(measured.plain.instantiations));
			expect(ours.loaded.map(file => relative(root, file).replace(/^node_modules\//, ''))).toEqual(
				expect.arrayContaining(['@octokit/openapi-types/types.d.ts', 'dist/index.d.ts', 'dist/response.d.ts', 'dist/openapi.d.ts']),
			);
		},
		120_000,
	);

	// With skipLibCheck false the compiler checks every declaration of the subpath once, whatever the program uses: a
	// generic declaration that is expensive to check costs every consumer, so its count has a ceiling of its own.
	test.each(['tsc 6', 'tsc 7'] as const)(
		'%s: checking the declarations of one readResponse call and one responder (skipLibCheck false) under its ceiling',
		compiler => {
			const cost = checkProgram({compiler, dir: github.dir, files: {'consumer.ts': ONE_CALL}, skipLibCheck: false});
			expect(cost.instantiations).toBeLessThanOrEqual(ceiling(MEASURED_OPENAPI[compiler].declarations.instantiations));
		},
		120_000,
	);
});

/** A consumer of typed-http-status/openapi as small as one client call and one handler. */
const ONE_CALL = `import {HTTP_200_OK} from 'typed-http-status';
import {readResponse, responder, type OperationResponse} from 'typed-http-status/openapi';
type GetNote = {responses: {200: {content: {'application/json': {id: number}}}; 404: {content?: never}; '5XX': {content?: never}}};
declare const response: Response;
export const got = readResponse<GetNote>(response, [200, 404, '5XX']);
export const handler = (): OperationResponse<GetNote> => responder<GetNote>().json({id: 7}, HTTP_200_OK);
`;
