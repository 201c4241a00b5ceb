// @ts-check
/**
 * Every generated file as it is committed: the templates of scripts/render.mjs, formatted by Prettier with the
 * repository's settings, so a generated file passes `npm run format:check` and `npm run lint` unchanged.
 * scripts/generate.mjs writes them; test/unit/generate.test.ts compares them with the committed files.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as prettier from 'prettier';
import {MARKER_PREFIX} from './render-checks.mjs';
import {renderAll} from './render.mjs';

/** @typedef {import('./registry-schema.mjs').Entry} Entry */

const root = fileURLToPath(new URL('..', import.meta.url));

/** @typedef {import('./render-response-sets.mjs').ResponseSets} ResponseSets */

/**
 * Every hand-written module of src/ that marks a check for the generator to write (scripts/render-checks.mjs), by its
 * path relative to the repository root.
 * @returns {Record<string, string>}
 */
export function markedSources() {
	/** @type {Record<string, string>} */
	const sources = {};
	for (const file of readdirSync(join(root, 'src'), {recursive: true, encoding: 'utf8'}).sort()) {
		const path = `src/${file.replaceAll('\\', '/')}`;
		if (path.endsWith('.ts') && !path.startsWith('src/generated/')) {
			const text = readFileSync(join(root, path), 'utf8');
			if (text.includes(MARKER_PREFIX)) {
				sources[path] = text;
			}
		}
	}
	return sources;
}

/**
 * A map from each generated file's path (relative to the repository root) to its formatted text.
 * @param {Entry[]} registry
 * @param {ResponseSets} responseSets the response-semantics sets of data/response-sets.json.
 * @returns {Promise<Record<string, string>>}
 */
export async function generatedFiles(registry, responseSets) {
	/** @type {Record<string, string>} */
	const files = {};
	for (const [path, text] of Object.entries(renderAll(registry, responseSets, markedSources()))) {
		const filepath = join(root, path);
		const {ignored} = await prettier.getFileInfo(filepath, {ignorePath: join(root, '.prettierignore')});
		const options = await prettier.resolveConfig(filepath);
		files[path] = ignored ? text : await prettier.format(text, {...options, filepath});
	}
	return files;
}
