// @ts-check
/**
 * Every generated file as it is committed: the templates of scripts/render.mjs, formatted by Prettier with the
 * repository's settings, so a generated file passes `npm run format:check` and `npm run lint` unchanged.
 * scripts/generate.mjs writes them; test/unit/generate.test.ts compares them with the committed files.
 */
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as prettier from 'prettier';
import {renderAll} from './render.mjs';

/** @typedef {import('./registry-schema.mjs').Entry} Entry */

const root = fileURLToPath(new URL('..', import.meta.url));

/** @typedef {import('./render-response-sets.mjs').ResponseSets} ResponseSets */

/**
 * A map from each generated file's path (relative to the repository root) to its formatted text.
 * @param {Entry[]} registry
 * @param {ResponseSets} responseSets the response-semantics sets of data/response-sets.json.
 * @returns {Promise<Record<string, string>>}
 */
export async function generatedFiles(registry, responseSets) {
	/** @type {Record<string, string>} */
	const files = {};
	for (const [path, text] of Object.entries(renderAll(registry, responseSets))) {
		const filepath = join(root, path);
		const {ignored} = await prettier.getFileInfo(filepath, {ignorePath: join(root, '.prettierignore')});
		const options = await prettier.resolveConfig(filepath);
		files[path] = ignored ? text : await prettier.format(text, {...options, filepath});
	}
	return files;
}
