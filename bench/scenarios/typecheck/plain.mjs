// @ts-check
// The plain-number consumer: the same program written with number literals, inline range checks, a local phrase
// table and a `switch` with a `default` (a `number` cannot be switched exhaustively). The baseline of the
// type-check cost.
import {CODES, eachHandler} from './shape.mjs';

/**
 * @param {Record<number, string>} phrases the phrase of each code in CODES.
 * @returns {string} the consumer program.
 */
export function plainProgram(phrases) {
	return `const PHRASES: Record<number, string> = {${CODES.map(code => `${code}: ${JSON.stringify(phrases[code])}`).join(', ')}};

function retryable(status: number): boolean {
	switch (status) {
		case 502: case 503: case 504: return true;
		default: return false;
	}
}

${eachHandler(
	(index, [first, second, third]) => `export function handler${index}(input: number): number {
	if (input > ${index}) return ${first};
	if (input < 0) return ${second};
	return ${third};
}
export function respond${index}(input: number): string {
	const status = handler${index}(input);
	if (status >= 200 && status <= 299) return \`\${status} \${PHRASES[status]}\`;
	if (status >= 500 && status <= 599) return retryable(status) ? 'retry' : PHRASES[status] ?? 'unknown';
	if (status >= 400 && status <= 499) return PHRASES[status] ?? 'unknown';
	return String(status);
}
`,
)}`;
}
