/**
 * `eslint-plugin-typed-http-status`: a flat-config plugin for ESLint 9 and 10 that finds bare status codes,
 * hand-written class checks and deprecated names, and fixes them to the package's constants and guards; its
 * `migrate` config moves a codebase over from http-status-codes, http-status, NestJS and axios. Guide:
 * docs/eslint.md.
 *
 * The package's one default export, because that is the shape ESLint's flat config takes a plugin in
 * (`plugins: {'typed-http-status': plugin}`); CommonJS gets the plugin itself from `require`.
 *
 * @example
 * ```js
 * // eslint.config.js
 * import typedHttpStatus from 'eslint-plugin-typed-http-status';
 * export default [typedHttpStatus.configs.recommended];
 * ```
 *
 * @module
 */
import type {Linter, Rule} from 'eslint';
import {noBareStatus} from './no-bare-status.ts';
import {noBodyWithNullBodyStatus} from './no-body-with-null-body-status.ts';
import {noDeprecatedStatus} from './no-deprecated-status.ts';
import {preferClassGuard} from './prefer-class-guard.ts';
import {preferTypedHttpStatus} from './prefer-typed-http-status.ts';

// The build replaces this with the version in package.json (tsdown.config.ts, `define`); run from source, it stays unset.
declare const TYPED_HTTP_STATUS_VERSION: string | undefined;

/** The plugin: its rules, and the `recommended` and `migrate` configs that enable them under the `typed-http-status/` prefix. */
interface TypedHttpStatusPlugin {
	readonly meta: {readonly name: 'typed-http-status'; readonly version: string};
	readonly rules: {
		readonly 'no-bare-status': Rule.RuleModule;
		readonly 'prefer-class-guard': Rule.RuleModule;
		readonly 'no-deprecated-status': Rule.RuleModule;
		readonly 'prefer-typed-http-status': Rule.RuleModule;
		readonly 'no-body-with-null-body-status': Rule.RuleModule;
	};
	readonly configs: {
		/** `no-bare-status`, `prefer-class-guard`, `no-deprecated-status` and `no-body-with-null-body-status`, as errors. */
		readonly recommended: Linter.Config;
		/** The recommended rules plus `prefer-typed-http-status`, for moving a codebase over with one `eslint --fix`. */
		readonly migrate: Linter.Config;
	};
}

const rules = {
	'no-bare-status': noBareStatus,
	'prefer-class-guard': preferClassGuard,
	'no-deprecated-status': noDeprecatedStatus,
	'prefer-typed-http-status': preferTypedHttpStatus,
	'no-body-with-null-body-status': noBodyWithNullBodyStatus,
} as const;

const plugin: TypedHttpStatusPlugin = {
	meta: {name: 'typed-http-status', version: typeof TYPED_HTTP_STATUS_VERSION === 'string' ? TYPED_HTTP_STATUS_VERSION : '0.0.0-source'},
	rules,
	configs: {recommended: {}, migrate: {}},
};

const recommendedRules: Linter.RulesRecord = {
	'typed-http-status/no-bare-status': 'error',
	'typed-http-status/prefer-class-guard': 'error',
	'typed-http-status/no-deprecated-status': 'error',
	'typed-http-status/no-body-with-null-body-status': 'error',
};
// The configs name the plugin itself, so they are filled in once it exists.
Object.assign(plugin.configs, {
	recommended: {name: 'typed-http-status/recommended', plugins: {'typed-http-status': plugin}, rules: recommendedRules},
	migrate: {
		name: 'typed-http-status/migrate',
		plugins: {'typed-http-status': plugin},
		rules: {...recommendedRules, 'typed-http-status/prefer-typed-http-status': 'error'},
	},
});

export default plugin;
