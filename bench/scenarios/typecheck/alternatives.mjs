// @ts-check
// Other ways to write typed-http-status's class types, measured on patched copies of dist/index.d.ts with the
// same consumer program, so that docs/performance.md can show what each would cost instead of guessing.
// `before` is how CodesInClass was first written (one conditional type per code); `listed` is what it
// takes to meet the Types budget: the class unions written out as literal lists (as a generator could emit them
// from data/registry.json) and `StatusCode` as `keyof typeof REASON_PHRASES` instead of the tuple's element type.

const CURRENT = /^type CodesInClass<Class extends StatusClass> = .*$/m;
const BEFORE =
	'type CodesInClass<Class extends StatusClass> = StatusCode extends infer Code extends StatusCode ? Code extends unknown ? (ClassOf<Code> extends Class ? Code : never) : never : never;';
const TUPLE_CODE = 'type StatusCode = (typeof STATUS_CODES)[number];';

/**
 * The patched declaration files, or `undefined` where dist/index.d.ts no longer has the shape patched here.
 *
 * @param {string} declarations dist/index.d.ts.
 * @param {readonly number[]} codes every named code.
 * @returns {Record<'before' | 'listed', string | undefined>} one declaration file per alternative.
 */
export function alternatives(declarations, codes) {
	if (!CURRENT.test(declarations) || !declarations.includes(TUPLE_CODE)) {
		return {before: undefined, listed: undefined};
	}
	let listed = declarations
		.replace(
			CURRENT,
			'type CodesInClass<Class extends StatusClass> = {"1xx": Status1xx; "2xx": Status2xx; "3xx": Status3xx; "4xx": Status4xx; "5xx": Status5xx}[Class];',
		)
		.replace(TUPLE_CODE, 'type StatusCode = keyof typeof REASON_PHRASES;');
	for (const digit of [1, 2, 3, 4, 5]) {
		const union = codes.filter(code => Math.floor(code / 100) === digit).join(' | ');
		listed = listed.replace(`type Status${digit}xx = CodesInClass<"${digit}xx">;`, `type Status${digit}xx = ${union};`);
	}
	return {before: declarations.replace(CURRENT, BEFORE), listed};
}
