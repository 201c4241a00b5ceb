// Edges of toHaveStatus's reading of a received value that the main suite does not reach.
import '../../src/vitest.ts';
import {expect, test} from 'vitest';

test('a status getter that throws a value that cannot even be inspected is described, not rethrown', () => {
	const {proxy, revoke} = Proxy.revocable({}, {});
	revoke();
	const received = {
		get status(): number {
			throw proxy; // `instanceof Error` on a revoked proxy throws, so the error's text cannot be read
		},
	};
	expect(() => expect(received).toHaveStatus(201)).toThrow(
		'expected status 201 Created, received an object whose status could not be read (a thrown value that could not be read)',
	);
});
