// What an editor shows for the types of typed-http-status/openapi: the TypeScript 6 language service's quick info for
// the idioms in test/fixtures/openapi/hovers.ts, pinned. Statuses print by the core's names (Status4xx,
// UnregisteredStatus<"4xx">), results and responses by their own, never as a wall of literals.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import ts from 'typescript';
import {expect, test} from 'vitest';

const file = resolve(import.meta.dirname, '..', '..', 'fixtures', 'openapi', 'hovers.ts');
const text = readFileSync(file, 'utf8');
const root = resolve(import.meta.dirname, '..', '..', '..');
// The settings a consumer's editor would have, with the DOM's Response (the readers take one).
const {options} = ts.convertCompilerOptionsFromJson(
	{strict: true, target: 'es2022', module: 'nodenext', lib: ['es2022', 'dom'], types: [], allowImportingTsExtensions: true, noEmit: true},
	root,
);
const service = ts.createLanguageService({
	getScriptFileNames: () => [file],
	getScriptVersion: () => '1',
	getScriptSnapshot: name => (ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name) ?? '') : undefined),
	getCurrentDirectory: () => root,
	getCompilationSettings: () => options,
	getDefaultLibFileName: settings => ts.getDefaultLibFilePath(settings),
	fileExists: name => ts.sys.fileExists(name),
	readFile: name => ts.sys.readFile(name),
});

/** The hover of the name declared on the line marked `// hover: label`, or of the last name of its `void` expression. */
function hover(label: string): string {
	const at = text.indexOf(`// hover: ${label}\n`);
	const start = text.lastIndexOf('\n', at) + 1;
	const line = text.slice(start, at);
	const name = /const (\w+)|void [\w.]*?(\w+);/.exec(line);
	const word = name?.[1] ?? name?.[2] ?? '';
	const info = service.getQuickInfoAtPosition(file, start + line.lastIndexOf(word));
	return ts.displayPartsToString(info?.displayParts).replaceAll(/\s+/g, ' ');
}

test('the service reports no error in the idioms', () => {
	expect(service.getSemanticDiagnostics(file).map(diagnostic => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))).toEqual([]);
}, 60_000);

const expected: Record<string, string> = {
	found: 'const found: TypedResponse<200>',
	missing: 'const missing: TypedResponse<404>',
	'read status': 'const code: 204 | 404',
	'open status': 'const status: HttpStatus', // 200, 404, 4XX and default: every status
	'closed status': 'const closed: 204 | 404',
	'ranged status': 'const ranged: 201 | 422 | HttpStatus<"5xx">',
};

test.each(Object.entries(expected))('hover "%s" reads %s', (label, shown) => {
	const printed = hover(label);
	// Literal members print in the order the compiler met them, which the fixture does not control: compared as sets.
	const sorted = (text: string) =>
		`${text.slice(0, text.indexOf(': ') + 2)}${text
			.slice(text.indexOf(': ') + 2)
			.split(' | ')
			.sort()
			.join(' | ')}`;
	expect(sorted(printed)).toBe(sorted(shown));
});
