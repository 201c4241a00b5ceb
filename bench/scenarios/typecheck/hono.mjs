// @ts-check
// Hono consumer. Idioms (`hono/utils/http-status`): handlers return Hono's `StatusCode`, an exhaustive `switch`
// over `ServerErrorStatusCode` closed by a `never` check; Hono has no guards and no phrases, so classes are
// inline range checks that do not narrow (a cast is needed for the switch) and phrases come from a local table.
import {CODES, eachHandler} from './shape.mjs';

/** Hono's ServerErrorStatusCode (hono 4.13: no 509). */
const SERVER_ERRORS = [500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511];

/**
 * @param {Record<number, string>} phrases the phrase of each code in CODES.
 * @returns {string} the consumer program.
 */
export function honoProgram(phrases) {
	const others = SERVER_ERRORS.filter(code => code < 502 || code > 504);
	return `import type {ServerErrorStatusCode, StatusCode} from 'hono/utils/http-status';

const PHRASES: Partial<Record<StatusCode, string>> = {${CODES.map(code => `${code}: ${JSON.stringify(phrases[code])}`).join(', ')}};

function retryable(status: ServerErrorStatusCode): boolean {
	switch (status) {
		case 502: case 503: case 504: return true;
		${others.map(code => `case ${code}:`).join(' ')} return false;
		default: {
			const unhandled: never = status;
			throw new TypeError(\`Unhandled \${unhandled}\`);
		}
	}
}

${eachHandler(
	(index, [first, second, third]) => `export function handler${index}(input: number): StatusCode {
	if (input > ${index}) return ${first};
	if (input < 0) return ${second};
	return ${third};
}
export function respond${index}(input: number): string {
	const status = handler${index}(input);
	if (status >= 200 && status <= 299) return \`\${status} \${PHRASES[status]}\`;
	if (status >= 500 && status <= 599) return retryable(status as ServerErrorStatusCode) ? 'retry' : PHRASES[status] ?? 'unknown';
	if (status >= 400 && status <= 499) return PHRASES[status] ?? 'unknown';
	return String(status);
}
`,
)}`;
}
