import {readFileSync} from 'node:fs';
import {validateRegistry, type Entry} from '../../scripts/registry-schema.mjs';

/** The registry as the generator reads it. */
export const registry: Entry[] = validateRegistry(JSON.parse(readFileSync(new URL('../../data/registry.json', import.meta.url), 'utf8')));

/** Every integer from -1000 to 2000. */
export const integers: number[] = Array.from({length: 3001}, (_, index) => index - 1000);

const throwingProxy = new Proxy(
	{},
	{
		get() {
			throw new Error('get trap');
		},
		has() {
			throw new Error('has trap');
		},
		getPrototypeOf() {
			throw new Error('getPrototypeOf trap');
		},
		ownKeys() {
			throw new Error('ownKeys trap');
		},
		getOwnPropertyDescriptor() {
			throw new Error('getOwnPropertyDescriptor trap');
		},
	},
);
const revoked = Proxy.revocable({}, {});
revoked.revoke();

/** Values that are not integers from 100 to 599, whatever they look like; with a label for test names. */
export const oddValues: Array<[label: string, value: unknown]> = [
	['NaN', Number.NaN],
	['Infinity', Number.POSITIVE_INFINITY],
	['-Infinity', Number.NEGATIVE_INFINITY],
	['0', 0],
	['-0', -0],
	['200.5', 200.5],
	['404.000001', 404.000_001],
	['-404', -404],
	['1e21', 1e21],
	['Number.MAX_VALUE', Number.MAX_VALUE],
	['Number.MIN_VALUE', Number.MIN_VALUE],
	['"200"', '200'],
	['"404"', '404'],
	['""', ''],
	['200n', 200n],
	['null', null],
	['undefined', undefined],
	['true', true],
	['{valueOf: () => 200}', {valueOf: () => 200}],
	['{toString: () => "404"}', {toString: () => '404'}],
	['{[Symbol.toPrimitive]: () => 404}', {[Symbol.toPrimitive]: () => 404}],
	['new Number(404)', Object(404)],
	['[404]', [404]],
	['Symbol(404)', Symbol('404')],
	['() => 404', () => 404],
	['"__proto__"', '__proto__'],
	['"constructor"', 'constructor'],
	['"toString"', 'toString'],
	['a proxy that throws on every trap', throwingProxy],
	['a revoked proxy', revoked.proxy],
	['Object.create(null)', Object.create(null)],
];
