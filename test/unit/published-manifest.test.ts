// The published manifest (scripts/published-manifest.mjs): each package's package.json without the fields only the
// repository uses. What the tarballs hold is checked on the packed tarballs, in test/package/package.test.ts.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {packageFolders} from '../../scripts/entries.mjs';
import {DEVELOPMENT_FIELDS, PUBLISHED_FIELDS, publishedManifest, publishedManifestText, unclassifiedFields} from '../../scripts/published-manifest.mjs';

const manifests = packageFolders().map(folder => ({folder, text: readFileSync(join(folder, 'package.json'), 'utf8')}));

describe('the two lists', () => {
	test('name no field twice, and none in both', () => {
		const all = [...PUBLISHED_FIELDS, ...DEVELOPMENT_FIELDS];
		expect(new Set(all).size).toBe(all.length);
	});

	test.each(manifests)('classify every field of $folder/package.json', ({text}) => {
		expect(unclassifiedFields(JSON.parse(text))).toEqual([]);
	});
});

describe.each(manifests)('the published manifest of $folder', ({text}) => {
	const manifest = JSON.parse(text) as Record<string, unknown>;
	const published = publishedManifest(manifest);

	test('keeps each published field, with its value, in the order of package.json', () => {
		expect(Object.keys(published)).toEqual(Object.keys(manifest).filter(field => (PUBLISHED_FIELDS as readonly string[]).includes(field)));
		for (const [field, value] of Object.entries(published)) {
			expect(value, field).toBe(manifest[field]);
		}
	});

	test('drops scripts and every development field, and keeps the fields every package has', () => {
		expect(Object.keys(manifest)).toContain('scripts');
		for (const field of DEVELOPMENT_FIELDS) {
			expect(published, field).not.toHaveProperty(field);
		}
		expect(Object.keys(published)).toEqual(
			expect.arrayContaining(['name', 'version', 'license', 'type', 'sideEffects', 'engines', 'main', 'types', 'exports', 'files']),
		);
	});

	test('is written indented as npm writes a package.json, with a final newline', () => {
		expect(publishedManifestText(text)).toBe(`${JSON.stringify(published, null, 2)}\n`);
	});
});

test('a field in neither list is refused, by name, and reported by unclassifiedFields', () => {
	const manifest = {name: 'x', version: '1.0.0', scripts: {}, prettier: {}, 'lint-staged': {}};
	expect(unclassifiedFields(manifest)).toEqual(['prettier', 'lint-staged']);
	expect(() => publishedManifest(manifest)).toThrow(/"prettier", "lint-staged" is in neither list/);
});
