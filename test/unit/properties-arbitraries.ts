import fc from 'fast-check';

// fast-check generators for test/unit/properties.test.ts and test/unit/adversarial.test.ts: anything a JavaScript caller
// could pass where a status code is expected, and values that count every attempt to run their code.

/** A fixed seed, so every run tries the same values; FC_SEED=<n> tries others. fast-check prints the seed and the path on failure. */
export const SEED: number = Number(process.env['FC_SEED'] ?? 20_261_125);
/** A thousand values per property keeps each file around a second; FC_RUNS=<n> changes it (Stryker runs 100). */
export const RUNS: number = Number(process.env['FC_RUNS'] ?? 1000);

/** Every attempt to run a value's code: coercion methods called, proxy traps hit. */
export const touched: string[] = [];

/** An object whose `valueOf`, `toString` and `Symbol.toPrimitive` all answer `code`, and note that they ran. */
export function coercible(code: number, kind: 'valueOf' | 'toString' | 'toPrimitive' | 'all'): object {
	const object: Record<PropertyKey, unknown> = {};
	if (kind === 'valueOf' || kind === 'all') {
		object.valueOf = () => {
			touched.push('valueOf');
			return code;
		};
	}
	if (kind === 'toString' || kind === 'all') {
		object.toString = () => {
			touched.push('toString');
			return String(code);
		};
	}
	if (kind === 'toPrimitive' || kind === 'all') {
		object[Symbol.toPrimitive] = () => {
			touched.push('toPrimitive');
			return code;
		};
	}
	return object;
}

const traps = [
	'apply',
	'construct',
	'defineProperty',
	'deleteProperty',
	'get',
	'getOwnPropertyDescriptor',
	'getPrototypeOf',
	'has',
	'isExtensible',
	'ownKeys',
	'preventExtensions',
	'set',
	'setPrototypeOf',
] as const;

/** A proxy (of an object, array or function) whose every trap notes that it ran and throws. */
export function trappedProxy(target: object): object {
	const handler: ProxyHandler<object> = {};
	for (const trap of traps) {
		handler[trap] = () => {
			touched.push(`${trap} trap`);
			throw new Error(`${trap} trap`);
		};
	}
	return new Proxy(target, handler);
}

/** A revoked proxy: any operation on it throws. */
export function revokedProxy(target: object): object {
	const {proxy, revoke} = Proxy.revocable(target, {});
	revoke();
	return proxy;
}

/**
 * A value made only inside the property, so that fast-check's own probing (`in`, cloning, printing) never
 * touches a proxy or a coercion method; printed as its label.
 */
export class Made {
	readonly label: string;
	readonly make: () => unknown;

	constructor(label: string, make: () => unknown) {
		this.label = label;
		this.make = make;
	}

	[fc.toStringMethod](): string {
		return this.label;
	}
}

/** The value itself, made fresh where it is a {@link Made}. */
export const unwrap = (value: unknown): unknown => (value instanceof Made ? value.make() : value);

const made = (label: string, make: () => unknown) => new Made(label, make);

const wide = (code: string) => [...code].map(digit => String.fromCodePoint(0xff_10 + Number(digit))).join('');

/** Strings that look like a status code but are not three ASCII digits. */
export const lookalikeString: fc.Arbitrary<string> = fc
	.tuple(fc.integer({min: 100, max: 599}), fc.integer({min: 0, max: 12}))
	.map(
		([code, form]) =>
			[
				` ${code}`,
				`${code} `,
				`0${code}`,
				`${code / 100}e2`,
				`0x${code.toString(16)}`,
				`${code}.0`,
				wide(String(code)),
				`+${code}`,
				`${code}\n`,
				`${code}n`,
				`-${code}`,
				`\u00A0${code}`,
				`${code}\u0000`,
			][form]!,
	);

/** Strings that a lookup table might mistake for a key. */
export const keyString: fc.Arbitrary<string> = fc.constantFrom(
	'__proto__',
	'constructor',
	'toString',
	'valueOf',
	'hasOwnProperty',
	'prototype',
	'length',
	'NaN',
	'Infinity',
	'-0',
	'',
	' ',
	'404',
	'1e3',
	'４０４',
);

/** Numbers of every kind: integers in and around the range, any double (NaN, ±0, ±Infinity, subnormals). */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
	fc.integer({min: -1000, max: 2000}),
	fc.integer(),
	fc.double(),
	fc.constantFrom(
		Number.NaN,
		0,
		-0,
		Number.POSITIVE_INFINITY,
		Number.NEGATIVE_INFINITY,
		Number.MIN_VALUE,
		-Number.MIN_VALUE,
		2.225e-308,
		Number.MAX_VALUE,
		Number.EPSILON,
		404.000_000_000_000_1,
		599.999_999_999_999_9,
		99.999_999_999_999_99,
	),
	fc.integer({min: 100, max: 599}).chain(code => fc.constantFrom(code + 0.5, code - Number.EPSILON * code, code + 1e-9)),
);

/** Text with any UTF-16 code unit, lone surrogates, terminal controls and bidi overrides included. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
	fc.string({unit: fc.integer({min: 0, max: 0xff_ff}).map(unit => String.fromCharCode(unit))}),
	fc.string({
		unit: fc.constantFrom(
			'\u001B',
			'[',
			'2',
			'J',
			'\u007F',
			'\u0085',
			'\u009B',
			'\u061C',
			'\u200E',
			'\u2028',
			'\u2029',
			'\u202E',
			'\u2066',
			'\uD83D',
			'\uDE00',
			'"',
			'\\',
			'a',
			'4',
		),
	}),
	fc.string({unit: 'binary'}),
);

/** Any value a JavaScript caller could pass, most of which must be rejected. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
	anyNumber,
	fc.string(),
	lookalikeString,
	keyString,
	fc.integer({min: 100, max: 599}).map(String),
	fc.bigInt(),
	fc.string().map(description => Symbol(description)),
	anyText,
	anyText.map(description => Symbol(description)),
	fc.constantFrom(null, undefined, true, false, Symbol.iterator),
	fc.array(fc.integer({min: 100, max: 599}), {maxLength: 2}),
	fc.integer({min: 100, max: 599}).chain(code =>
		fc.constantFrom<unknown>(
			made(`an object whose valueOf answers ${code}`, () => coercible(code, 'valueOf')),
			made(`an object whose toString answers "${code}"`, () => coercible(code, 'toString')),
			made(`an object whose Symbol.toPrimitive answers ${code}`, () => coercible(code, 'toPrimitive')),
			made(`an object whose every coercion answers ${code}`, () => coercible(code, 'all')),
			Object(code),
			Object(String(code)),
			Object(BigInt(code)),
			[code],
			[[code]],
		),
	),
	fc
		.constantFrom<[string, () => object]>(
			['{}', () => ({})],
			['[]', () => []],
			['() => 404', () => () => 404],
			['Object.create(null)', () => Object.create(null)],
		)
		.map(([label, target]) => made(`a proxy of ${label} that throws on every trap`, () => trappedProxy(target()))),
	fc
		.constantFrom<[string, () => object]>(['{}', () => ({})], ['[404]', () => [404]], ['() => 404', () => () => 404])
		.map(([label, target]) => made(`a revoked proxy of ${label}`, () => revokedProxy(target()))),
	fc.object().map(object => Object.freeze(object)),
	fc.dictionary(fc.string(), fc.integer()).map(entries => Object.assign(Object.create(null), entries)),
	fc.anything({withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true}),
);
