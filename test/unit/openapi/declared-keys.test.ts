// The checks of declared response keys at their bounds, and the walk of them under a polluted Array.prototype.
import {describe, expect, test} from 'vitest';
import {isResponseKey, keyFor, listKeys} from '../../../src/openapi/declared-keys.ts';

describe('isResponseKey at its bounds', () => {
	test.each([100, 599, '1XX', '5XX', 'default'])('%j is a key', key => {
		expect(isResponseKey(key)).toBe(true);
	});
	test.each([99, 600, 99.5, '0XX', '6XX', 'Default'])('%j is not', key => {
		expect(isResponseKey(key)).toBe(false);
	});
});

describe('keyFor reads only the keys given', () => {
	test('an index past the end, held by a polluted Array.prototype, covers nothing', () => {
		Object.defineProperty(Array.prototype, '1', {value: 'default', configurable: true, writable: true});
		try {
			expect(keyFor(404, [200])).toBeUndefined();
		} finally {
			delete (Array.prototype as unknown as Record<string, unknown>)['1'];
		}
		expect(keyFor(404, [200, 'default'])).toBe('default');
	});
});

describe('listKeys shows a hundred keys at most', () => {
	test('a hundred keys are listed whole', () => {
		const keys = Array.from({length: 100}, () => 200);
		expect(listKeys(keys)).toBe(`[${keys.join(', ')}]`);
	});
	test('the hundred and first is counted, not listed', () => {
		const keys = Array.from({length: 101}, () => 200);
		expect(listKeys(keys)).toBe(`[${keys.slice(0, 100).join(', ')}, … (101 keys)]`);
	});
});
