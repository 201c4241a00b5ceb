// @ts-check
// statuses consumer (types from @types/statuses). Idioms (its README): `status('Not Found')` for a code from its
// message, `status.message[code]` for a phrase, `status.retry[code]` to decide whether to retry; no class helpers,
// so classes are inline range checks.
import {eachHandler} from './shape.mjs';

/**
 * @param {Record<number, string>} phrases the phrase of each code in CODES, as statuses spells it.
 * @returns {string} the consumer program.
 */
export function statusesProgram(phrases) {
	return `import status from 'statuses';

const phrase = (code: number): string => status.message[code] ?? 'unknown';

${eachHandler(
	(index, [first, second, third]) => `export function handler${index}(input: number): number {
	if (input > ${index}) return status(${JSON.stringify(phrases[first])});
	if (input < 0) return status(${JSON.stringify(phrases[second])});
	return status(${JSON.stringify(phrases[third])});
}
export function respond${index}(input: number): string {
	const code = handler${index}(input);
	if (code >= 200 && code <= 299) return \`\${code} \${phrase(code)}\`;
	if (code >= 500 && code <= 599) return status.retry[code] ? 'retry' : phrase(code);
	if (code >= 400 && code <= 499) return phrase(code);
	return String(code);
}
`,
)}`;
}
