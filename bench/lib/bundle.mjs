// @ts-check
// Bundle-size measurement: esbuild 0.28 (the repository root's devDependency), bundled, minified, tree shaking on,
// ESM output, `mainFields: ['module', 'main']` so that each package's ESM build is picked, legal comments dropped.
// Sizes are the output's UTF-8 bytes, raw and gzip (zlib level 9).
import {build} from 'esbuild';
import {gzipSync} from 'node:zlib';

/**
 * @typedef {object} BundleSize
 * @property {number} raw bytes of the minified bundle.
 * @property {number} gzip bytes of the same, gzip level 9.
 * @property {string} text the bundle itself, to inspect what survived tree shaking.
 * @property {string[]} inputs the files esbuild read into the bundle, relative to the working directory.
 */

/**
 * Bundle one scenario file and measure it.
 *
 * @param {string} entry absolute path of the scenario file.
 * @param {string} modules a node_modules folder searched after the usual ones (see link.mjs).
 * @returns {Promise<BundleSize>} its sizes, text and inputs.
 */
export async function bundleSize(entry, modules) {
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		minify: true,
		treeShaking: true,
		format: 'esm',
		platform: 'neutral',
		mainFields: ['module', 'main'],
		target: 'es2022',
		legalComments: 'none',
		nodePaths: [modules],
		write: false,
		metafile: true,
		logLevel: 'silent',
	});
	const [output] = result.outputFiles;
	if (output === undefined) {
		throw new Error(`esbuild wrote no output for ${entry}`);
	}
	return {
		raw: output.contents.byteLength,
		gzip: gzipSync(output.contents, {level: 9}).byteLength,
		text: output.text,
		inputs: Object.keys(result.metafile.inputs),
	};
}
