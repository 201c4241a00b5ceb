// @ts-check
// typed-http-status consumer. Idioms (README "Usage"): named constants returned as `StatusCode`, narrowing with
// `isSuccess` / `isServerError` / `isClientError`, `reasonPhrase(status)` giving literal phrases, and an exhaustive
// `switch` over `Status5xx` closed by `assertNever`.
import {CODES, eachHandler} from './shape.mjs';

/** The constant of each code in CODES. */
const constants = {
	200: 'HTTP_200_OK',
	201: 'HTTP_201_CREATED',
	204: 'HTTP_204_NO_CONTENT',
	301: 'HTTP_301_MOVED_PERMANENTLY',
	304: 'HTTP_304_NOT_MODIFIED',
	400: 'HTTP_400_BAD_REQUEST',
	401: 'HTTP_401_UNAUTHORIZED',
	403: 'HTTP_403_FORBIDDEN',
	404: 'HTTP_404_NOT_FOUND',
	409: 'HTTP_409_CONFLICT',
	422: 'HTTP_422_UNPROCESSABLE_CONTENT',
	429: 'HTTP_429_TOO_MANY_REQUESTS',
	500: 'HTTP_500_INTERNAL_SERVER_ERROR',
	502: 'HTTP_502_BAD_GATEWAY',
	503: 'HTTP_503_SERVICE_UNAVAILABLE',
};

/**
 * @param {readonly number[]} serverErrors every named 5xx code (from data/registry.json), for the exhaustive switch.
 * @returns {string} the consumer program.
 */
export function typedHttpStatusProgram(serverErrors) {
	const names = CODES.map(code => constants[code]).join(', ');
	const others = serverErrors.filter(code => code < 502 || code > 504);
	return `import {${names}, assertNever, isClientError, isServerError, isSuccess, reasonPhrase, type Status5xx, type StatusCode} from 'typed-http-status';

function retryable(status: Status5xx): boolean {
	switch (status) {
		case 502: case 503: case 504: return true;
		${others.map(code => `case ${code}:`).join(' ')} return false;
		default: return assertNever(status);
	}
}

${eachHandler(
	(index, [first, second, third]) => `export function handler${index}(input: number): StatusCode {
	if (input > ${index}) return ${constants[first]};
	if (input < 0) return ${constants[second]};
	return ${constants[third]};
}
export function respond${index}(input: number): string {
	const status = handler${index}(input);
	if (isSuccess(status)) return \`\${status} \${reasonPhrase(status)}\`;
	if (isServerError(status)) return retryable(status) ? 'retry' : reasonPhrase(status);
	if (isClientError(status)) return reasonPhrase(status);
	return String(status);
}
`,
)}`;
}
