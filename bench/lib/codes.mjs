// @ts-check
// Every code and phrase of data/registry.json, for the benchmark programs that need them.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {root} from './link.mjs';

/** @type {ReadonlyArray<{code: import('../../src/index.ts').StatusCode, phrase: string, meaning: string}>} */
export const registry = JSON.parse(readFileSync(join(root, 'data/registry.json'), 'utf8'));

/** The phrase of every code. */
export const phrases = /** @type {Record<number, string>} */ (Object.fromEntries(registry.map(({code, phrase}) => [code, phrase])));
