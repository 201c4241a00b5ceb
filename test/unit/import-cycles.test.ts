// No module of src/ imports itself back through others: every relative import of src/**/*.ts is followed, and a
// cycle fails with its path. Type-only imports count too, since a circle of types is still a knot to untie.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {expect, test} from 'vitest';

const src = resolve(import.meta.dirname, '..', '..', 'src');

function modules(folder: string): string[] {
	return readdirSync(folder, {withFileTypes: true}).flatMap(entry =>
		entry.isDirectory() ? modules(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
	);
}

/** The relative imports and re-exports of a module, resolved to files. */
export function importsOf(file: string, text: string): string[] {
	return [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms)].map(match => resolve(dirname(file), match[1] ?? ''));
}

/** Every cycle reachable in a graph, each as the path that closes it. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const found: string[][] = [];
	const done = new Set<string>();
	const visit = (node: string, path: string[]): void => {
		const at = path.indexOf(node);
		if (at !== -1) {
			found.push([...path.slice(at), node]);
			return;
		}
		if (done.has(node)) {
			return;
		}
		for (const next of graph.get(node) ?? []) {
			visit(next, [...path, node]);
		}
		done.add(node);
	};
	for (const node of graph.keys()) {
		visit(node, []);
	}
	return found;
}

test('finds a cycle when there is one, and none in a chain', () => {
	expect(
		cycles(
			new Map([
				['a', ['b']],
				['b', ['c']],
				['c', ['a']],
			]),
		),
	).toEqual([['a', 'b', 'c', 'a']]);
	expect(
		cycles(
			new Map([
				['a', ['b']],
				['b', ['c']],
				['c', []],
			]),
		),
	).toEqual([]);
	expect(importsOf('/s/a.ts', "import type {X} from './b.ts';\nexport {Y} from '../c.ts';\nimport z from 'z';")).toEqual(['/s/b.ts', '/c.ts']);
});

test('no module of src/ imports itself back, type-only imports included', () => {
	const files = modules(src);
	const graph = new Map(files.map(file => [file, importsOf(file, readFileSync(file, 'utf8'))]));
	expect(cycles(graph).map(cycle => cycle.map(file => relative(src, file)).join(' → '))).toEqual([]);
	expect(files.length).toBeGreaterThan(20);
});
