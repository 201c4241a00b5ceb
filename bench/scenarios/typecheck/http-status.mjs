// @ts-check
// http-status consumer. Idioms (its README): the default export `status`, `status.NOT_FOUND` for a code,
// `status[code]` for its message, `status[`${code}_CLASS`]` compared with `status.classes.*` for its class. Its
// object is typed with literal keys, so a runtime `number` needs `keyof typeof status` to index it; there are no
// class types, so the retry `switch` needs a `default`.
import {eachHandler} from './shape.mjs';

/** The key of each code in CODES. */
const keys = {
	200: 'OK',
	201: 'CREATED',
	204: 'NO_CONTENT',
	301: 'MOVED_PERMANENTLY',
	304: 'NOT_MODIFIED',
	400: 'BAD_REQUEST',
	401: 'UNAUTHORIZED',
	403: 'FORBIDDEN',
	404: 'NOT_FOUND',
	409: 'CONFLICT',
	422: 'UNPROCESSABLE_ENTITY',
	429: 'TOO_MANY_REQUESTS',
	500: 'INTERNAL_SERVER_ERROR',
	502: 'BAD_GATEWAY',
	503: 'SERVICE_UNAVAILABLE',
};

/** @returns {string} the consumer program. */
export function httpStatusProgram() {
	return `import status from 'http-status';

type Key = keyof typeof status;
const phrase = (code: number): string => String(status[code as Key]);
const classOf = (code: number): unknown => status[\`\${code}_CLASS\` as Key];

function retryable(code: number): boolean {
	switch (code) {
		case status.BAD_GATEWAY: case status.SERVICE_UNAVAILABLE: case status.GATEWAY_TIMEOUT: return true;
		default: return false;
	}
}

${eachHandler(
	(index, [first, second, third]) => `export function handler${index}(input: number): number {
	if (input > ${index}) return status.${keys[first]};
	if (input < 0) return status.${keys[second]};
	return status.${keys[third]};
}
export function respond${index}(input: number): string {
	const code = handler${index}(input);
	if (classOf(code) === status.classes.SUCCESSFUL) return \`\${code} \${phrase(code)}\`;
	if (classOf(code) === status.classes.SERVER_ERROR) return retryable(code) ? 'retry' : phrase(code);
	if (classOf(code) === status.classes.CLIENT_ERROR) return phrase(code);
	return String(code);
}
`,
)}`;
}
