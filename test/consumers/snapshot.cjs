// What a consumer sees of the package, as plain JSON: used by runtime.mjs (ESM `import`) and runtime.cjs
// (CommonJS `require`), whose outputs test/package/package-consumers.test.ts compares.
'use strict';

/** @param {unknown} value */
function shape(value) {
	return typeof value === 'function' ? `function ${value.name}/${value.length}` : value;
}

/** @param {() => unknown} run */
function thrown(run) {
	try {
		return {returned: run()};
	} catch (error) {
		return {threw: String(error)};
	}
}

// `status` is the ESM namespace or the CommonJS exports object. It is typed loosely on purpose: each of the two
// declaration files declares its own brand symbol, so their types do not mix (docs/build.md).
/** @param {any} status @param {any} registry the `typed-http-status/registry` subpath */
exports.snapshot = function snapshot(status, registry) {
	const names = Object.keys(status).sort();
	return {
		names,
		values: Object.fromEntries(names.map(name => [name, shape(status[name])])),
		frozen: Object.fromEntries(['STATUS_CODES', 'REASON_PHRASES'].map(name => [name, Object.isFrozen(status[name])])),
		registryNames: Object.keys(registry).sort(),
		registryFrozen: Object.isFrozen(registry.STATUS_REGISTRY) && Object.isFrozen(registry.STATUS_CLASS_TITLES),
		entriesFrozen: registry.STATUS_REGISTRY.every((/** @type {any} */ info) => Object.isFrozen(info) && Object.isFrozen(info.deprecated)),
		phrasesHaveNullPrototype: Object.getPrototypeOf(status.REASON_PHRASES) === null,
		calls: {
			reasonPhrase404: status.reasonPhrase(404),
			reasonPhraseProto: status.reasonPhrase('__proto__') ?? null,
			isClientError499: status.isClientError(499),
			statusClass418: status.statusClass(418),
			parseStatus404: thrown(() => status.parseStatus('404')),
			parseStatus99: thrown(() => status.parseStatus(99)),
			parseStatusObject: thrown(() => status.parseStatus({})),
			assertNever: thrown(() => status.assertNever(7)),
			statusInfo418: registry.statusInfo(418)?.standing,
			statusInfoProto: registry.statusInfo('__proto__') ?? null,
		},
	};
};
