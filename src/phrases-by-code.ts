// The reason phrases by code, for the lookups: REASON_PHRASES is frozen with a null prototype, which V8 keeps as a
// dictionary, where a lookup costs about ten times a plain object's. So reasonPhrase and isStatusCode read this
// copy instead, an array indexed by code with every slot from 0 to 599 set (no lookup ever reaches a prototype) that
// only the library can see: a table left unfrozen (a replaced Object.freeze) and changed later changes none of their
// answers. Built once when the module loads, and dropped by bundlers when neither lookup is used. A for-in over the
// null-prototype table fills it, not Array.from, which a polluted Object.prototype[Symbol.iterator] would turn into an
// empty array; an index loop, not `fill`, so that the array is packed. See docs/performance.md. Internal.
import {REASON_PHRASES} from './generated/reason-phrases.ts';
import type {StatusCode} from './status-code.ts';

/** The phrase of every named code at its index, `undefined` at every other index from 0 to 599. */
export const PHRASES_BY_CODE: ReadonlyArray<string | undefined> = /* @__PURE__ */ (() => {
	const byCode: Array<string | undefined> = [];
	for (let code = 0; code !== 600; code++) {
		byCode[code] = undefined;
	}
	for (const code in REASON_PHRASES) {
		byCode[+code] = REASON_PHRASES[+code as StatusCode];
	}
	return byCode;
})();
