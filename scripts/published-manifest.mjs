// @ts-check
// The package.json a package is published with: its hand-edited package.json without the fields only this
// repository uses. Node.js reads and parses the whole package.json of a package each time a process first resolves
// it (for `exports` and `type`), so what users install should carry what they, their tools and the registry read,
// and nothing else. Every top-level field of every package.json here is in exactly one of the two lists below: the
// build fails on a field in neither (scripts/build.mjs), so a new field is kept or dropped by a decision, not by
// default. scripts/stage.mjs writes the result into the folder that is packed and published.

/**
 * The fields that are published, as consumers, their tools and the registry read them: the npm page (description,
 * keywords, licence, links), the installer (engines, bin, the dependency fields), Node.js and bundlers (type, main,
 * module, exports, imports, sideEffects) and compilers (types, typesVersions). `files` is kept for the tools that read
 * it from a published manifest, as publint does.
 */
export const PUBLISHED_FIELDS = /** @type {const} */ ([
	'name',
	'version',
	'description',
	'keywords',
	'license',
	'author',
	'contributors',
	'funding',
	'repository',
	'homepage',
	'bugs',
	'type',
	'sideEffects',
	'engines',
	'os',
	'cpu',
	'main',
	'module',
	'types',
	'typesVersions',
	'exports',
	'imports',
	'files',
	'bin',
	'dependencies',
	'peerDependencies',
	'peerDependenciesMeta',
	'optionalDependencies',
	'bundleDependencies',
	'publishConfig',
]);

/**
 * The fields that stay in the repository: npm's scripts, the development dependencies and their pins (`overrides`),
 * the workspaces, and the settings of tools that run here (tsd).
 */
export const DEVELOPMENT_FIELDS = /** @type {const} */ (['scripts', 'devDependencies', 'workspaces', 'overrides', 'tsd']);

const published = new Set(/** @type {readonly string[]} */ (PUBLISHED_FIELDS));
const development = new Set(/** @type {readonly string[]} */ (DEVELOPMENT_FIELDS));

/**
 * The top-level fields of a manifest that neither list names.
 * @param {Record<string, unknown>} manifest a parsed package.json
 * @returns {string[]}
 */
export function unclassifiedFields(manifest) {
	return Object.keys(manifest).filter(field => !published.has(field) && !development.has(field));
}

/**
 * The published manifest: the fields of `manifest` that PUBLISHED_FIELDS names, in the order and with the values
 * they have there. Throws when `manifest` has a field that neither list names.
 * @param {Record<string, unknown>} manifest a parsed package.json
 * @returns {Record<string, unknown>}
 */
export function publishedManifest(manifest) {
	const unknown = unclassifiedFields(manifest);
	if (unknown.length > 0) {
		throw new Error(
			`package.json: ${unknown.map(field => JSON.stringify(field)).join(', ')} is in neither list of scripts/published-manifest.mjs: add it to PUBLISHED_FIELDS or DEVELOPMENT_FIELDS`,
		);
	}
	return Object.fromEntries(Object.entries(manifest).filter(([field]) => published.has(field)));
}

/**
 * The text of the published package.json for the text of a hand-edited one: indented as npm writes a package.json,
 * with a final newline.
 * @param {string} text the hand-edited package.json
 * @returns {string}
 */
export function publishedManifestText(text) {
	return `${JSON.stringify(publishedManifest(JSON.parse(text)), null, 2)}\n`;
}
