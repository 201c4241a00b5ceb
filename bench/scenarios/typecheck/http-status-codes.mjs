// @ts-check
// http-status-codes consumer. Idioms (its README): handlers return the `StatusCodes` enum, phrases come from
// `getReasonPhrase(code)`; it has no class guards or class types, so classes are inline range checks and the retry
// `switch` needs a `default`.
import {eachHandler} from './shape.mjs';

/** The enum member of each code in CODES. */
const members = {
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
export function httpStatusCodesProgram() {
	return `import {StatusCodes, getReasonPhrase} from 'http-status-codes';

function retryable(status: StatusCodes): boolean {
	switch (status) {
		case StatusCodes.BAD_GATEWAY: case StatusCodes.SERVICE_UNAVAILABLE: case StatusCodes.GATEWAY_TIMEOUT: return true;
		default: return false;
	}
}

${eachHandler(
	(index, [first, second, third]) => `export function handler${index}(input: number): StatusCodes {
	if (input > ${index}) return StatusCodes.${members[first]};
	if (input < 0) return StatusCodes.${members[second]};
	return StatusCodes.${members[third]};
}
export function respond${index}(input: number): string {
	const status = handler${index}(input);
	if (status >= 200 && status <= 299) return \`\${status} \${getReasonPhrase(status)}\`;
	if (status >= 500 && status <= 599) return retryable(status) ? 'retry' : getReasonPhrase(status);
	if (status >= 400 && status <= 499) return getReasonPhrase(status);
	return String(status);
}
`,
)}`;
}
