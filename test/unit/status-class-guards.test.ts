import {describe, expect, test} from 'vitest';
import * as library from '../../src/index.ts';
import {STATUS_CLASS_GUARDS, STATUS_CLASS_TITLES} from '../../src/registry.ts';

describe('STATUS_CLASS_GUARDS', () => {
	test('names, for each class, the function of the main entry that is true for exactly the codes of that class', () => {
		expect(Object.keys(STATUS_CLASS_GUARDS)).toEqual(Object.keys(STATUS_CLASS_TITLES));
		for (const [family, name] of Object.entries(STATUS_CLASS_GUARDS)) {
			const guard = library[name] as (code: number) => boolean;
			const accepted = Array.from({length: 500}, (_, index) => index + 100).filter(code => guard(code));
			expect(accepted, name).toEqual(Array.from({length: 100}, (_, index) => Number(family[0]) * 100 + index));
		}
	});

	test('is frozen, with no prototype to inherit a polluted class from', () => {
		expect(Object.isFrozen(STATUS_CLASS_GUARDS)).toBe(true);
		expect(Object.getPrototypeOf(STATUS_CLASS_GUARDS)).toBeNull();
	});
});
