// What an npm user reads: each package's README, shown on the npm page and kept in node_modules, where a relative
// link leads nowhere. Every link is absolute (or a heading of the same page), and every link into the repository
// (package.json's `repository`) names a file or folder that exists in it.
import {existsSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, test} from 'vitest';
import {packageFolders} from '../../scripts/entries.mjs';
import {root} from '../consumers/pack.ts';

const repository = 'https://github.com/typed-http-status/typed-http-status';

describe.each(packageFolders().map(folder => [relative(root, folder) || '. (the core)', folder]))('the README of %s', (_label, folder) => {
	const readme = readFileSync(join(folder, 'README.md'), 'utf8');
	const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target!);

	test('links only absolutely or within the page', () => {
		expect(links.filter(link => !/^(https:\/\/|#)/.test(link))).toEqual([]);
	});

	test('links into the repository name files and folders that exist', () => {
		const inside = links.flatMap(link =>
			link.startsWith(`${repository}/`) ? (/^\/(?:blob|tree)\/main\/([^#]+)/.exec(link.slice(repository.length))?.slice(1) ?? []) : [],
		);
		expect(inside.length).toBeGreaterThan(0);
		expect(inside.filter(path => path === undefined || !existsSync(join(root, path)))).toEqual([]);
	});

	test("names the repository package.json's repository, homepage and bugs point at", () => {
		const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
			repository: {url: string; directory?: string};
			homepage: string;
			bugs: {url: string};
		};
		expect(manifest.repository.url).toBe(`git+${repository}.git`);
		expect(manifest.repository.directory).toBe(folder === root ? undefined : relative(root, folder));
		expect(manifest.homepage).toBe(folder === root ? `${repository}#readme` : `${repository}/tree/main/${relative(root, folder)}#readme`);
		expect(manifest.bugs.url).toBe(`${repository}/issues`);
		expect(readme).toContain(repository);
	});
});
