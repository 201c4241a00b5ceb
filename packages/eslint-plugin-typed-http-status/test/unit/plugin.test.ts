// The plugin object: its meta, its rules with their documentation links, and its two configs.
import {afterEach, expect, test, vi} from 'vitest';
import plugin from '../../src/index.ts';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
});

test('meta names the plugin; run from source its version says so', () => {
	expect(plugin.meta).toEqual({name: 'typed-http-status', version: '0.0.0-source'});
});

test('the build puts the package version in meta (tsdown defines TYPED_HTTP_STATUS_VERSION)', async () => {
	vi.stubGlobal('TYPED_HTTP_STATUS_VERSION', '1.2.3');
	vi.resetModules();
	const {default: built} = await import('../../src/index.ts');
	expect(built.meta.version).toBe('1.2.3');
});

test('every rule links its section of docs/eslint.md; all but no-body-with-null-body-status are fixable', () => {
	for (const [name, rule] of Object.entries(plugin.rules)) {
		expect(rule.meta?.docs?.url).toBe(`https://github.com/typed-http-status/typed-http-status/blob/main/docs/eslint.md#${name}`);
		expect(rule.meta?.fixable).toBe(name === 'no-body-with-null-body-status' ? undefined : 'code');
	}
});

test('recommended enables the four everyday rules; migrate adds prefer-typed-http-status; both name the plugin', () => {
	expect(plugin.configs.recommended.rules).toEqual({
		'typed-http-status/no-bare-status': 'error',
		'typed-http-status/prefer-class-guard': 'error',
		'typed-http-status/no-deprecated-status': 'error',
		'typed-http-status/no-body-with-null-body-status': 'error',
	});
	expect(plugin.configs.migrate.rules).toEqual({...plugin.configs.recommended.rules, 'typed-http-status/prefer-typed-http-status': 'error'});
	expect(plugin.configs.recommended.plugins?.['typed-http-status']).toBe(plugin);
	expect(plugin.configs.migrate.plugins?.['typed-http-status']).toBe(plugin);
	expect(
		Object.entries(plugin.rules)
			.filter(([, rule]) => rule.meta?.docs?.recommended)
			.map(([name]) => name),
	).toEqual(['no-bare-status', 'prefer-class-guard', 'no-deprecated-status', 'no-body-with-null-body-status']);
});
