// What an editor shows: the TypeScript 6 language service's quick info (tsserver's hover) for the documented idioms
// in test/fixtures/hovers.ts, pinned, and never more than 12 members of a union in one.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import ts from 'typescript';
import {expect, test} from 'vitest';

const file = resolve(import.meta.dirname, '..', 'fixtures', 'hovers.ts');
const text = readFileSync(file, 'utf8');
const options: ts.CompilerOptions = {
	strict: true,
	target: ts.ScriptTarget.ES2022,
	module: ts.ModuleKind.NodeNext,
	moduleResolution: ts.ModuleResolutionKind.NodeNext,
	allowImportingTsExtensions: true,
	noEmit: true,
	lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
	types: [],
};
const host: ts.LanguageServiceHost = {
	getScriptFileNames: () => [file],
	getScriptVersion: () => '1',
	getScriptSnapshot: name => (ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name) ?? '') : undefined),
	getCurrentDirectory: () => resolve(import.meta.dirname, '..', '..'),
	getCompilationSettings: () => options,
	getDefaultLibFileName: settings => ts.getDefaultLibFilePath(settings),
	fileExists: name => ts.sys.fileExists(name),
	readFile: name => ts.sys.readFile(name),
};
const service = ts.createLanguageService(host);

/** The hover of the name just before `// hover: label` (or the declared name on that line). */
function hover(label: string): string {
	const at = text.indexOf(`// hover: ${label}\n`);
	const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
	const name = /(?:const (\w+)|void (\w+))/.exec(line);
	const word = name?.[1] ?? name?.[2] ?? '';
	const position = text.lastIndexOf('\n', at) + 1 + line.indexOf(word);
	const info = service.getQuickInfoAtPosition(file, position);
	return ts.displayPartsToString(info?.displayParts).replaceAll(/\s+/g, ' ');
}

/** The members of a printed union at its top level (outside parentheses, brackets and angle brackets). */
function members(printed: string): number {
	let depth = 0;
	let count = 1;
	for (const [index, char] of [...printed].entries()) {
		depth += '(<[{'.includes(char) ? 1 : ')>]}'.includes(char) ? -1 : 0;
		count += depth === 0 && char === '|' && printed[index - 1] === ' ' ? 1 : 0;
	}
	return count;
}

const expected: Record<string, string> = {
	success: 'const fromNetwork: HttpStatus<"2xx">',
	'not success': 'const fromNetwork: number',
	contentful: 'const fromNetwork: ContentfulStatus | UnregisteredStatus<FinalClass>',
	valid: 'const fromNetwork: HttpStatus<StatusClass>',
	named: 'const fromNetwork: StatusCode',
	'named code': 'const known: StatusCode',
	'named success': 'const known: Status2xx',
	'named other than success': 'const known: Status1xx | Status3xx | Status4xx | Status5xx',
	'validated client error': 'const validated: HttpStatus<"4xx">',
	family: 'const family: StatusClass',
	phrase: 'const phrase: ReasonPhrase<StatusCode>',
	parsed: 'const parsed: HttpStatus<StatusClass>',
	created: 'const created: TypedResponse<200 | 201>',
};

test('the service reports no error in the idioms', () => {
	expect(service.getSemanticDiagnostics(file).map(diagnostic => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))).toEqual([]);
}, 60_000);

test.each(Object.entries(expected))('hover "%s" reads %s, at most 12 members', (label, shown) => {
	const printed = hover(label);
	expect(printed).toBe(shown);
	expect(members(printed.slice(printed.indexOf(': ') + 2))).toBeLessThanOrEqual(12);
});
