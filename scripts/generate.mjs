#!/usr/bin/env node
// @ts-check
// Writes every generated file from data/registry.json and data/vocabulary.json. Usage: npm run generate
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {generatedFiles} from './generated-files.mjs';
import {validateRegistry} from './registry-schema.mjs';
import {validateResponseSets} from './render-response-sets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const registry = validateRegistry(JSON.parse(readFileSync(join(root, 'data/registry.json'), 'utf8')));
const responseSets = validateResponseSets(JSON.parse(readFileSync(join(root, 'data/response-sets.json'), 'utf8')), registry);
for (const [path, text] of Object.entries(await generatedFiles(registry, responseSets))) {
	mkdirSync(dirname(join(root, path)), {recursive: true});
	writeFileSync(join(root, path), text);
	console.log(`wrote ${path}`);
}
