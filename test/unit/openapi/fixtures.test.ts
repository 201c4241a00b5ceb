// The fixture types are openapi-typescript's own output for test/fixtures/openapi/pets.json, and the key lists the
// command line's: both are generated again here and compared byte for byte, so neither can drift from the description.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {openapiModule} from '../../../src/cli/openapi.ts';

const folder = join(import.meta.dirname, '../../fixtures/openapi');
const description = join(folder, 'pets.json');

// openapi-typescript's own command, as a user runs it (its JavaScript API's declarations need packages it does not
// install, so this project's compiler does not load them).
test('pets.d.ts is what openapi-typescript generates from pets.json', () => {
	const out = mkdtempSync(join(tmpdir(), 'typed-http-status-openapi-'));
	try {
		const cli = join(import.meta.dirname, '../../../node_modules/openapi-typescript/bin/cli.js');
		const run = spawnSync(process.execPath, [cli, description, '-o', join(out, 'pets.d.ts')], {encoding: 'utf8'});
		expect(run.status, run.stderr).toBe(0);
		expect(readFileSync(join(folder, 'pets.d.ts'), 'utf8')).toBe(readFileSync(join(out, 'pets.d.ts'), 'utf8'));
	} finally {
		rmSync(out, {recursive: true, force: true});
	}
}, 60_000);

test('pets-keys.ts is what `typed-http-status openapi` prints for pets.json', () => {
	expect(readFileSync(join(folder, 'pets-keys.ts'), 'utf8')).toBe(openapiModule('test/fixtures/openapi/pets.json', path => readFileSync(path, 'utf8')));
});

test('the description has numeric, range and default responses and several media types', () => {
	const text = readFileSync(description, 'utf8');
	for (const part of ['"openapi": "3.1.0"', '"4XX"', '"5XX"', '"default"', '"application/problem+json"', '"text/plain"', '"application/json"', '"204"']) {
		expect(text).toContain(part);
	}
});
