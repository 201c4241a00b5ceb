// @ts-check
// Section 5 of docs/performance.md: what the ESLint plugin costs on a large file. A generated 10,000-line Express
// module (packages/eslint-plugin-typed-http-status/test/handlers.mjs) is linted by ESLint's own API with
// @eslint/js's recommended rules alone, then with the plugin's recommended config added, alternately, in one
// process; the JSON report's size is measured at 1,000 and 10,000 lines. The plugin is its build (dist/).
// The deterministic part (bytes per message, the same at both sizes) is checked by the plugin's linear.test.ts.
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {root} from '../lib/link.mjs';
import {table} from '../lib/markdown.mjs';
import {median} from '../lib/median.mjs';

const SAMPLES = 7;

/**
 * Lint the generated module and write the section.
 *
 * @returns {Promise<string>} the section's Markdown.
 */
export async function eslintSection() {
	const {ESLint} = await import(pathToFileURL(join(root, 'node_modules/eslint/lib/api.js')).href);
	const {default: js} = await import(pathToFileURL(join(root, 'node_modules/@eslint/js/src/index.js')).href);
	const {default: plugin} = await import(pathToFileURL(join(root, 'packages/eslint-plugin-typed-http-status/dist/index.js')).href);
	const {handlers} = await import(pathToFileURL(join(root, 'packages/eslint-plugin-typed-http-status/test/handlers.mjs')).href);
	const base = [js.configs.recommended, {languageOptions: {globals: {console: 'readonly'}}}];
	const withPlugin = [...base, plugin.configs.recommended];
	const configs = {'@eslint/js recommended': base, '… and typed-http-status recommended': withPlugin};

	/** @param {unknown[]} config @param {string} text @returns {Promise<{ms: number, messages: number, bytes: number}>} */
	const lint = async (config, text) => {
		const eslint = new ESLint({cwd: root, overrideConfigFile: true, overrideConfig: config});
		const started = performance.now();
		const results = await eslint.lintText(text, {filePath: 'handlers.js'});
		const ms = performance.now() - started;
		const json = await (await eslint.loadFormatter('json')).format(results);
		return {ms, messages: results[0].messages.length, bytes: json.length};
	};

	const large = handlers(10_000);
	/** @type {Record<string, number[]>} */
	const times = Object.fromEntries(Object.keys(configs).map(name => [name, []]));
	/** @type {Record<string, {messages: number, bytes: number}>} */
	const last = {};
	await lint(configs['@eslint/js recommended'], large); // warm up
	for (let sample = 0; sample < SAMPLES; sample++) {
		for (const [name, config] of Object.entries(configs)) {
			const run = await lint(config, large);
			times[name]?.push(run.ms);
			last[name] = run;
		}
	}
	const ratio = median(times['… and typed-http-status recommended'] ?? []) / median(times['@eslint/js recommended'] ?? []);
	const small = await lint(withPlugin, handlers(1000));
	const rows = Object.keys(configs).map(name => [
		name,
		`${median(times[name] ?? []).toFixed(0)} ms`,
		String(last[name]?.messages ?? 0),
		`${((last[name]?.bytes ?? 0) / 1e6).toFixed(2)} MB`,
	]);
	return `
## ESLint plugin on a 10,000-line file

A generated Express module (${large.split('\n').length.toLocaleString('en-US')} lines, five findings a handler), linted with
ESLint's API in one process, ${SAMPLES} alternating samples each, median shown. The plugin's recommended rules add
**${((ratio - 1) * 100).toFixed(0)} %** to ESLint's time on it (budget: 50 %). \`eslint -f json\`'s report:
${(small.bytes / 1e6).toFixed(2)} MB at 1,000 lines, ${((last['… and typed-http-status recommended']?.bytes ?? 0) / 1e6).toFixed(2)} MB at 10,000 (budget: 20 MB).

${table(['config', 'time', 'messages', 'JSON report'], rows, false)}`;
}
