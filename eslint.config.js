// @ts-check
// `npm run lint`: ESLint 9 with typescript-eslint's type-checked rules over every TypeScript and JavaScript file,
// zero warnings allowed. Formatting is Prettier's job (.prettierrc.json, `npm run format`), so no rule here is
// about layout. Type information comes from the TypeScript project service, which finds each file's tsconfig:
// tsconfig.json for src/ and test/, tsconfig.tools.json for scripts/, bench/ and the configuration files.
import js from '@eslint/js';
import {defineConfig} from 'eslint/config';
import typedHttpStatus from 'eslint-plugin-typed-http-status';
import tseslint from 'typescript-eslint';

/**
 * The library's public entries, the only way into it from a subpath folder (src/cli/, src/response/,
 * …): each of those is shipped as its own entry and must see the library
 * exactly as a user does, so it may import `../index.ts` and `../registry.ts` and nothing else one level up.
 */
const PUBLIC_ENTRIES = ['index.ts', 'registry.ts'];
/**
 * The modules a subpath folder may share besides them: the escaping rule for text that reaches a terminal or a
 * log (src/escape-text.ts), which the library's messages and the command line's echoes must apply alike, the one
 * value describer built on it (src/describe-value.ts), and the built-ins captured at load (src/built-ins.ts). They
 * know nothing of status codes, so sharing them leaks no library internals.
 */
const SHARED_MODULES = ['escape-text.ts', 'describe-value.ts', 'built-ins.ts'];

/** `no-restricted-imports` patterns that keep a subpath folder on the public entries. */
const subpathImports = {
	patterns: [
		{
			regex: String.raw`^\.\./(?!(?:${[...PUBLIC_ENTRIES, ...SHARED_MODULES].map(name => name.replaceAll('.', String.raw`\.`)).join('|')})$)`,
			message: `A subpath folder imports the library only through its public entries: ../${PUBLIC_ENTRIES.join(' or ../')}.`,
		},
		{
			regex: String.raw`^\.\./\.\.`,
			message: 'A subpath folder imports nothing from outside src/.',
		},
	],
};

export default defineConfig(
	{
		ignores: [
			'dist/',
			'coverage/',
			'reports/',
			'docs/api/',
			'.stryker-tmp/',
			'.tmp-*/',
			'bench/node_modules/',
			'registry/',
			'bench/scenarios/bundle/',
			'packages/*/dist/',
			'test/fixtures/openapi/',
			'test/fixtures/frameworks/',
		],
	},
	js.configs.recommended,
	tseslint.configs.strictTypeChecked,
	tseslint.configs.stylisticTypeChecked,
	{
		languageOptions: {
			ecmaVersion: 2022,
			sourceType: 'module',
			parserOptions: {
				project: ['tsconfig.json', 'tsconfig.tools.json', 'examples/tsconfig.json', 'packages/*/tsconfig.json'],
				tsconfigRootDir: import.meta.dirname,
			},
		},
		linterOptions: {reportUnusedDisableDirectives: 'error'},
		rules: {
			complexity: ['error', 20],
			// The compiler knows every name (checkJs covers the JavaScript too); ESLint's list of globals would not.
			'no-undef': 'off',
			eqeqeq: ['error', 'always'],
			'no-console': 'off',
			'prefer-const': 'error',
			'object-shorthand': 'error',
			'@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
			'@typescript-eslint/no-import-type-side-effects': 'error',
			// `${code}` with a number is how this package spells its class patterns and messages.
			'@typescript-eslint/restrict-template-expressions': ['error', {allowNumber: true}],
			// Type aliases, not interfaces: a union of literals and a record print alike in hovers.
			'@typescript-eslint/consistent-type-definitions': 'off',
			// `T[]` and `readonly T[]` for simple element types, `Array<…>` for the rest (the code's habit).
			'@typescript-eslint/array-type': ['error', {default: 'array-simple'}],
			// `value => void sideEffect(value)` and `() => expect(…)` are arrow shorthands whose void nobody reads.
			'@typescript-eslint/no-confusing-void-expression': ['error', {ignoreArrowShorthand: true}],
			// With noUncheckedIndexedAccess every index read may be undefined; `!` marks the reads the code has
			// already bounded (a loop index, a regex group that matched), which the compiler cannot follow.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// `export const RUNS: number = …` widens on purpose: with isolatedDeclarations the annotation is what the
			// declaration file says, and a literal type there would be wrong.
			'@typescript-eslint/no-inferrable-types': 'off',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'}],
		},
	},
	{
		// The public subpath folders: the library only through its public entries.
		files: ['src/*/**/*.ts'],
		ignores: ['src/generated/**'],
		rules: {'no-restricted-imports': ['error', subpathImports]},
	},
	{
		// typed-http-status/openapi builds on typed-http-status/response, through that subpath's public entry too.
		files: ['src/openapi/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: String.raw`^\.\./(?!(?:${[...PUBLIC_ENTRIES, ...SHARED_MODULES, 'response/index.ts'].map(name => name.replaceAll('.', String.raw`\.`)).join('|')})$)`,
							message: `typed-http-status/openapi imports the library only through its public entries: ../${[...PUBLIC_ENTRIES, 'response/index.ts'].join(' or ../')}.`,
						},
						subpathImports.patterns[1],
					],
				},
			],
		},
	},
	{
		// Generated files are leaves: they import nothing back from the hand-written modules, but for src/built-ins.ts,
		// itself a leaf that knows nothing of status codes, whose `freeze` and `frozen` freeze the tables (the registry's
		// even when `Object.freeze` was replaced before the package loaded).
		files: ['src/generated/**/*.ts'],
		// `import type` is still allowed: src/generated/status-registry.ts names its element type StatusInfo, which
		// lives in src/status-info.ts. Set allowTypeImports to false once that type moves beside the data.
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: String.raw`^\.\./(?!built-ins\.ts$)`,
							allowTypeImports: true,
							message: 'A generated file imports nothing from the hand-written modules but ../built-ins.ts.',
						},
					],
				},
			],
		},
	},
	{
		// Files under no tsconfig get the rules that need no type information: the bin (a two-line shim), the
		// type tests (tsd checks them against dist/) and the bench programs that import the peers of bench/.
		files: ['bin/**', 'type-tests/**', 'packages/*/type-tests/**', 'bench/run.mjs', 'bench/sections/**', 'bench/scenarios/runtime/**'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// Consumer programs that test/package/package-consumers.test.ts and openapi-consumers.test.ts compile with their own
		// settings, outside tsconfig.json: the CommonJS syntax of dual.cts and its ESM twin, the handlers that
		// messages/mistakes.ts misuses, and the installed /openapi subpath's consumers.
		files: ['test/consumers/types/dual.cts', 'test/consumers/types/dual-use.mts', 'test/consumers/messages/**', 'test/consumers/openapi/**'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// The project lints itself with its own plugin: the library and the examples name every code. The generated
		// tables and the plugin's own sources hold bare codes as data; tests use them on purpose.
		files: ['src/**/*.ts', 'examples/**/*.ts'],
		ignores: ['src/generated/**'],
		...typedHttpStatus.configs.recommended,
	},
	{
		// `| never` on a derived union is deliberate: it makes the union a type of the alias, which then prints by name
		// (src/class-codes.ts writes it `| (Status1xx & never)`, to order the classes; it says why).
		files: ['src/class-codes.ts', 'src/status-code.ts', 'src/status-class.ts', 'src/response-sets.ts'],
		rules: {'@typescript-eslint/no-redundant-type-constituents': 'off'},
	},
	{
		// `status === undefined ? 200 : status`, not `??`: a null status from JavaScript must reach the validator and
		// be rejected, not silently become the default.
		files: ['src/response/builders.ts'],
		rules: {'@typescript-eslint/prefer-nullish-coalescing': ['error', {ignoreTernaryTests: true}]},
	},
	{
		// Adding matchers to a test runner's types is declaration merging: an interface that only extends ours.
		files: ['packages/typed-http-status-matchers/src/jest.ts', 'packages/typed-http-status-matchers/src/vitest.ts'],
		rules: {'@typescript-eslint/no-empty-object-type': ['error', {allowInterfaces: 'with-single-extends'}]},
	},
	{
		// Tests state facts about values: an `any` from a JSON fixture, an empty function given to a mock, and the
		// adversarial inputs (a deleted array slot, a dynamic delete, an object without toString) are how they say it.
		// A test may also probe at run time what the types already promise (`statusInfo(404)?.phrase`).
		files: ['test/**/*.ts', 'type-tests/**/*.ts', 'packages/*/test/**/*.ts', 'packages/*/type-tests/**/*.ts'],
		rules: {
			'@typescript-eslint/no-unnecessary-condition': 'off',
			'@typescript-eslint/no-array-delete': 'off',
			'@typescript-eslint/no-dynamic-delete': 'off',
			'@typescript-eslint/no-base-to-string': 'off',
			'@typescript-eslint/no-misused-spread': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-empty-function': 'off',
			'@typescript-eslint/unbound-method': 'off',
		},
	},
	{
		// Tests that call what the types say returns `undefined` (`reasonPhrase(299)`) to check that it does, and jest's
		// asymmetric matchers, which its types declare as returning void.
		files: ['test/unit/adversarial.test.ts', 'test/unit/reason-phrase.test.ts', 'packages/typed-http-status-matchers/test/jest/**'],
		rules: {'@typescript-eslint/no-confusing-void-expression': 'off'},
	},
	{
		// Adversarial tests throw what is not an Error (a string from a Proxy trap, any value from a fake stream).
		files: ['test/unit/cli.test.ts', 'packages/typed-http-status-matchers/test/unit/to-have-status.test.ts'],
		rules: {'@typescript-eslint/only-throw-error': 'off'},
	},
	{
		// A sample app as users write one, the plugin's input: a fetch handler is async by convention.
		files: ['packages/eslint-plugin-typed-http-status/test/unit/fixture-app/**'],
		rules: {'@typescript-eslint/require-await': 'off'},
	},
	{
		// tsd pins what a matcher returns with `expectType<void>(…)`, and the runners' matcher types are `R = void`.
		files: ['type-tests/**', 'packages/*/type-tests/**'],
		rules: {'@typescript-eslint/no-invalid-void-type': 'off'},
	},
	{
		// The consumer type tests and type-tests/ exercise the public types the way a user might, on purpose: a
		// deprecated alias, a value imported and used only for its type, a generic used once, a `void` that marks an
		// expression.
		files: ['test/consumers/types/**', 'type-tests/**', 'packages/*/type-tests/**'],
		rules: {
			'@typescript-eslint/consistent-type-imports': 'off',
			'@typescript-eslint/no-deprecated': 'off',
			'@typescript-eslint/no-unused-vars': 'off',
			'@typescript-eslint/no-unnecessary-type-parameters': 'off',
			'@typescript-eslint/no-meaningless-void-operator': 'off',
			'@typescript-eslint/no-unnecessary-type-assertion': 'off',
		},
	},
	{
		// CommonJS consumers (test/consumers/*.cjs) load the package with require(), which is what they test.
		files: ['**/*.cjs'],
		languageOptions: {sourceType: 'commonjs'},
		rules: {'@typescript-eslint/no-require-imports': 'off'},
	},
	{
		// The TypeScript CommonJS consumer: `import status = require('typed-http-status')` is what it tests.
		files: ['test/consumers/types/dual.cts'],
		rules: {'@typescript-eslint/no-require-imports': 'off'},
	},
	{
		// The scripts, benchmarks and configuration files are JavaScript with JSDoc types, checked by tsconfig.tools.json.
		files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
);
