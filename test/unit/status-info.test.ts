import {expect, test} from 'vitest';
import {constantName} from '../../scripts/registry-schema.mjs';
import {STATUS_REGISTRY, statusInfo} from '../../src/status-info.ts';
import {integers, oddValues, registry} from '../helpers/values.ts';

test('STATUS_REGISTRY mirrors data/registry.json', () => {
	expect(STATUS_REGISTRY.map(info => info.code)).toEqual(registry.map(entry => entry.code));
	for (const [index, entry] of registry.entries()) {
		const info = STATUS_REGISTRY[index]!;
		expect(info.phrase).toBe(entry.phrase);
		expect(info.class).toBe(`${String(entry.code)[0]}xx`);
		expect(info.standing).toBe(entry.standing);
		expect(info.reference).toBe(entry.reference);
		expect(info.constant).toBe(constantName(entry));
		expect(info.deprecated).toEqual(entry.deprecated ?? []);
		expect(info.meaning).toBe(entry.meaning);
		expect(info.note).toBe(entry.note);
	}
});

test('statusInfo finds each named code and nothing else', () => {
	for (const code of integers) {
		expect(statusInfo(code)?.code).toBe(registry.some(entry => entry.code === code) ? code : undefined);
	}
});

test.each(oddValues)('statusInfo gives undefined for %s without throwing', (_label, value) => {
	expect(statusInfo(value as number)).toBeUndefined();
});

test.each([
	[104, 'temporary'],
	[306, 'unused'],
	[418, 'unused'],
	[509, 'unregistered'],
	[510, 'obsoleted'],
	[404, 'standard'],
])('%i has standing %s', (code, standing) => {
	expect(statusInfo(code)?.standing).toBe(standing);
});

test('the registry array, every entry and every alias list are frozen', () => {
	expect(Object.isFrozen(STATUS_REGISTRY)).toBe(true);
	for (const info of STATUS_REGISTRY) {
		expect(Object.isFrozen(info)).toBe(true);
		expect(Object.isFrozen(info.deprecated)).toBe(true);
	}
	expect(() => {
		(statusInfo(404) as {phrase: string}).phrase = 'Lost';
	}).toThrow(TypeError);
	expect(statusInfo(404)?.phrase).toBe('Not Found');
});
