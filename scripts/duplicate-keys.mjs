#!/usr/bin/env node
// @ts-check
// Duplicate keys in JSON text. JSON.parse keeps the last of two equal keys without a word, so a package.json with
// `peerDependencies` twice loses the first silently, and npm, publint and attw all read the survivor. This scans the
// raw text instead: each object's keys, at every depth, compared as the decoded strings JSON.parse would see.
// Usage: node scripts/duplicate-keys.mjs <file.json>…   prints each duplicate, exits 1 when there is one

import {readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

/**
 * Every key that appears twice in one object of a JSON text, as `path: "key"` lines (`$.peerDependencies`,
 * `$.exports["./registry"]`), in the order of the second appearance. Throws a SyntaxError when the text is not JSON.
 * @param {string} text
 * @returns {string[]}
 */
export function duplicateKeys(text) {
	JSON.parse(text); // the text is valid JSON: the scan below may then skip what it does not need to look at
	/** @type {string[]} */
	const found = [];
	let at = 0;
	const space = () => {
		while (/\s/.test(text[at] ?? '')) {
			at++;
		}
	};
	const string = () => {
		const start = at;
		at++; // the opening quote
		while (text[at] !== '"') {
			at += text[at] === '\\' ? 2 : 1;
		}
		at++;
		return /** @type {string} */ (JSON.parse(text.slice(start, at)));
	};
	/** @param {string} path */
	const value = path => {
		space();
		const first = text[at];
		if (first === '{') {
			at++;
			const seen = new Set();
			space();
			while (text[at] !== '}') {
				space();
				const key = string();
				const where = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
				if (seen.has(key)) {
					found.push(where);
				}
				seen.add(key);
				space();
				at++; // the colon
				value(where);
				space();
				if (text[at] === ',') {
					at++;
				}
				space();
			}
			at++;
		} else if (first === '[') {
			at++;
			space();
			for (let index = 0; text[at] !== ']'; index++) {
				value(`${path}[${index}]`);
				space();
				if (text[at] === ',') {
					at++;
				}
				space();
			}
			at++;
		} else if (first === '"') {
			string();
		} else {
			while (at < text.length && !/[\s,\]}]/.test(text[at] ?? '')) {
				at++;
			}
		}
	};
	value('$');
	return found;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	let count = 0;
	for (const file of process.argv.slice(2)) {
		for (const path of duplicateKeys(readFileSync(file, 'utf8'))) {
			console.error(`${file}: the key ${path} appears twice in one object; JSON.parse keeps only the last`);
			count++;
		}
	}
	process.exitCode = count === 0 ? 0 : 1;
}
