// @ts-check
// The assertion harness of the runtime smoke suite: a few assertions and a runner that needs nothing but the
// language, so the same file runs in Node.js, Deno, Bun and workerd. Nothing here uses a runtime's own API.
//
// `runChecks` runs every check and returns one plain object — the runtime it ran on, the export names it saw,
// the counts and one result per check — that each launcher prints as a single line of JSON and that
// test/runtimes/runtimes.spec.ts reads back.

/**
 * @typedef {{name: string, section: string, run: (modules: Modules) => void | Promise<void>}} Check
 * @typedef {{name: string, ok: boolean, error?: string}} Result
 * @typedef {{name: string, version: string}} Runtime
 * @typedef {{runtime: Runtime, exports: Record<string, string[]>, passed: number, failed: number, results: Result[]}} Report
 */
// The loaded entries of the package, keyed by section (`main` is `typed-http-status`, `registry` is
// `typed-http-status/registry`). Typed loosely on purpose: the checks call every function with hostile values.
/** @typedef {Record<string, any>} Modules */

/** A short, safe rendering of any value for a failure message. */
export function show(/** @type {unknown} */ value) {
	if (typeof value === 'string') {
		return JSON.stringify(value);
	}
	if (typeof value === 'number') {
		return Object.is(value, -0) ? '-0' : String(value);
	}
	if (typeof value === 'bigint') {
		return `${value}n`;
	}
	if (typeof value === 'function') {
		return `function ${value.name}`;
	}
	if (typeof value === 'symbol' || value === undefined) {
		return String(value);
	}
	try {
		return JSON.stringify(value);
	} catch {
		return 'an object that cannot be shown'; // a revoked proxy throws on every operation
	}
}

/** Fails unless `actual` is `expected` (`Object.is`). */
export function equal(/** @type {unknown} */ actual, /** @type {unknown} */ expected, /** @type {string} */ what) {
	if (!Object.is(actual, expected)) {
		throw new Error(`${what}: expected ${show(expected)}, got ${show(actual)}`);
	}
}

/** Fails unless `actual` and `expected` serialize to the same JSON (arrays and plain objects of primitives). */
export function same(/** @type {unknown} */ actual, /** @type {unknown} */ expected, /** @type {string} */ what) {
	if (JSON.stringify(actual) !== JSON.stringify(expected)) {
		throw new Error(`${what}: expected ${show(expected)}, got ${show(actual)}`);
	}
}

/** Fails unless `value` is `true` (not merely truthy). */
export function ok(/** @type {unknown} */ value, /** @type {string} */ what) {
	equal(value, true, what);
}

/**
 * Fails unless `run` throws an instance of this runtime's own `Type` whose message is exactly `message` (any message
 * when `message` is `undefined`: the engine's own wording differs between engines).
 */
export function throws(
	/** @type {() => unknown} */ run,
	/** @type {ErrorConstructor} */ Type,
	/** @type {string | undefined} */ message,
	/** @type {string} */ what,
) {
	let returned;
	try {
		returned = run();
	} catch (error) {
		if (!(error instanceof Type)) {
			throw new Error(`${what}: expected a ${Type.name}, got ${String(error)}`);
		}
		if (message !== undefined) {
			equal(error.message, message, `${what}: the ${Type.name}'s message`);
		}
		return;
	}
	throw new Error(`${what}: expected a ${Type.name}, but it returned ${show(returned)}`);
}

/** The runtime this code runs on, from its own globals (Deno and Bun also define `process`, so they come first). */
export function currentRuntime() {
	/** @type {any} */
	const global = globalThis;
	if (typeof global.Deno?.version?.deno === 'string') {
		return {name: 'deno', version: global.Deno.version.deno};
	}
	if (typeof global.Bun?.version === 'string') {
		return {name: 'bun', version: global.Bun.version};
	}
	if (global.navigator?.userAgent === 'Cloudflare-Workers') {
		return {name: 'workerd', version: ''}; // workerd does not expose its version to a worker; the test reads `workerd --version`
	}
	if (typeof global.process?.versions?.node === 'string') {
		return {name: 'node', version: global.process.versions.node};
	}
	return {name: 'unknown', version: ''};
}

/**
 * Run every check against the loaded modules, one after another, and report. A check may be async (reading a
 * `Response` body is); a check that throws or rejects fails with its error, and the others still run.
 *
 * @param {readonly Check[]} checks
 * @param {Modules} modules
 * @returns {Promise<Report>}
 */
export async function runChecks(checks, modules) {
	/** @type {Result[]} */
	const results = [];
	for (const check of checks) {
		try {
			await check.run(modules);
			results.push({name: check.name, ok: true});
		} catch (error) {
			results.push({name: check.name, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : show(error)});
		}
	}
	const passed = results.filter(result => result.ok).length;
	return {
		runtime: currentRuntime(),
		exports: Object.fromEntries(Object.entries(modules).map(([section, module]) => [section, Object.keys(module).sort()])),
		passed,
		failed: results.length - passed,
		results,
	};
}
