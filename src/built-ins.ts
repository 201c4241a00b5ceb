// The built-ins the library's checks and messages rely on, captured once when the module loads: a program that later
// replaces `String.prototype.charCodeAt`, `Object.hasOwn`, `JSON.stringify` or `Reflect.ownKeys` changes none of
// the library's answers or messages. Each method is bound to `Function.prototype.call` here, so a later call reads
// no property of the prototype it came from (nor `call` itself). Operators need no capturing: `typeof`, the
// comparisons, `%`, indexing a string, and a template literal, which writes a number or a bigint in decimal without
// calling `Number.prototype.toString`. Each capture is a call of `capture` marked pure, so a bundle that uses none
// of them drops it (a bundler keeps a bare `Object.hasOwn` read, which might run a getter). `freeze`, last, freezes
// every exported table even when `Object.freeze` was replaced before the package loaded. Internal; not exported.

/** The value `read` returns, read once, now. */
export function capture<Value>(read: () => Value): Value {
	return read();
}

/** `text.charCodeAt(index)`, as the built-in was at load. */
export const charCodeAt: (text: string, index: number) => number = /* @__PURE__ */ capture(() =>
	// eslint-disable-next-line @typescript-eslint/unbound-method -- bound to `call`, which is the point
	Function.prototype.call.bind(String.prototype.charCodeAt),
);

/** `text.slice(start, end)`, as the built-in was at load. */
export const sliceText: (text: string, start: number, end?: number) => string = /* @__PURE__ */ capture(() =>
	// eslint-disable-next-line @typescript-eslint/unbound-method -- bound to `call`, which is the point
	Function.prototype.call.bind(String.prototype.slice),
);

/** `text.indexOf(part)`, as the built-in was at load: the first index of `part` in `text`, or -1. */
export const indexOfText: (text: string, part: string) => number = /* @__PURE__ */ capture(() =>
	// eslint-disable-next-line @typescript-eslint/unbound-method -- bound to `call`, which is the point
	Function.prototype.call.bind(String.prototype.indexOf),
);

/** `symbol.description`, as the built-in getter was at load. */
export const symbolDescription: (symbol: symbol) => string | undefined = /* @__PURE__ */ capture(() =>
	Function.prototype.call.bind((Object.getOwnPropertyDescriptor(Symbol.prototype, 'description') as {get: () => string | undefined}).get),
);

/** `JSON.stringify`, as it was at load. */
export const stringify: (value: unknown) => string | undefined = /* @__PURE__ */ capture(() => JSON.stringify);

/** `Array.isArray`, as it was at load; throws for a revoked proxy. */
export const isArray: (value: unknown) => value is readonly unknown[] = /* @__PURE__ */ capture(() => Array.isArray);

/** `Reflect.ownKeys`, as it was at load: one call to a proxy's `ownKeys` trap. */
export const ownKeys: (target: object) => ReadonlyArray<string | symbol> = /* @__PURE__ */ capture(() => Reflect.ownKeys);

/** `Object.getOwnPropertyDescriptor`, as it was at load: one call to a proxy's `getOwnPropertyDescriptor` trap. */
export const ownDescriptor: (target: object, key: string | symbol) => PropertyDescriptor | undefined = /* @__PURE__ */ capture(
	() => Object.getOwnPropertyDescriptor,
);

/** `Object.hasOwn`, as it was at load. */
export const hasOwn: (target: object, key: string | symbol) => boolean = /* @__PURE__ */ capture(() => Object.hasOwn);

/** `Object.getPrototypeOf`, as it was at load. */
export const getPrototypeOf: (target: object) => object | null = /* @__PURE__ */ capture(() => Object.getPrototypeOf);

/**
 * `table`, frozen even when `Object.freeze` was replaced before the package loaded (some programs stub it for speed).
 * It freezes with `Object.freeze`; when the table is then not frozen, it makes each own property read-only with
 * `Reflect.defineProperty` and seals the table with `Object.seal` (every property non-configurable, the table
 * non-extensible), which freezes it. Asking `Object.isFrozen` first keeps the common load cheap: setting the attributes
 * of every property of the registry's 133 tables outright cost about 0.3 ms of each load. A program that replaces
 * `Object.isFrozen` as well as `Object.freeze` before the package loads is as undefended as one that replaces every
 * freezing built-in: code that runs first owns the realm. The table is returned whatever the built-ins return. Called
 * only while the package loads, so each built-in it reads is the one of that moment, as a captured one would be. For
 * tables of data properties (an accessor would become a data property), and not for an empty array: use
 * {@link frozenEmptyList}. Every exported table, of every entry, goes through one of the two; each call is marked
 * pure, so a bundle drops the tables it does not use.
 */
export function freeze<Table extends object>(table: Table): Readonly<Table> {
	Object.freeze(table);
	if (!Object.isFrozen(table)) {
		const keys = Reflect.ownKeys(table);
		for (let index = 0; index !== keys.length; index++) {
			Reflect.defineProperty(table, keys[index]!, {writable: false});
		}
		Object.seal(table);
	}
	return table;
}

/**
 * A new empty list, frozen whatever `Object.freeze` was replaced with. `freeze` cannot tell that a replacement only
 * sealed an empty array: V8 answers `Object.isFrozen` true for a sealed or non-extensible empty array whose `length`
 * is still writable (and `length = 5` then lengthens it). So the length is made read-only first, and `freeze` does
 * the rest.
 */
export function frozenEmptyList(): readonly never[] {
	const list: never[] = [];
	Reflect.defineProperty(list, 'length', {writable: false});
	return freeze(list);
}
