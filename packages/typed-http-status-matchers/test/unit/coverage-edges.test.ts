// Edges of toHaveStatus's reading of a received value that the main suite does not reach.
import '../../src/vitest.ts';
import {expect, test} from 'vitest';

test('a status getter that throws a value that cannot even be inspected is described, not rethrown', () => {
	const {proxy, revoke} = Proxy.revocable({}, {});
	revoke();
	const received = {
		get status(): number {
			// eslint-disable-next-line @typescript-eslint/only-throw-error -- `instanceof Error` on a revoked proxy throws, so its text cannot be read
			throw proxy;
		},
	};
	expect(() => expect(received).toHaveStatus(201)).toThrow(
		'expected status 201 Created, received an object whose status could not be read (a thrown value that could not be read)',
	);
});

test('an error without its own message, a name or a prototype where it is read is still described', () => {
	class Custom extends Error {} // no own `name` on its prototype: read as `Error`
	let prototypeReads = 0;
	const prototypeless = new Proxy(new Error('gone'), {
		// `instanceof Error` sees Error.prototype; the second read, for the name, finds none
		getPrototypeOf: () => (prototypeReads++ === 0 ? Error.prototype : null),
	});
	let descriptorReads = 0;
	const vanishing = new Proxy(new Error('vanishing'), {
		// the message is own when asked, then has no descriptor when read
		getOwnPropertyDescriptor: (target, key) => (descriptorReads++ === 0 ? Reflect.getOwnPropertyDescriptor(target, key) : undefined),
	});
	for (const [error, said] of [
		[new Error(), 'Error: undefined'],
		[new Custom('custom'), 'Error: custom'],
		[prototypeless, 'Error: gone'],
		[vanishing, 'Error: undefined'],
	] as const) {
		const received = {
			get status(): number {
				throw error;
			},
		};
		expect(() => expect(received).toHaveStatus(200)).toThrow(`expected status 200 OK, received an object whose status could not be read (${said})`);
	}
});
