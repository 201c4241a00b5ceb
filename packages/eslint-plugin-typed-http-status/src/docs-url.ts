/**
 * The documentation page of a rule: its section of docs/eslint.md in the repository.
 *
 * @example
 * ```ts
 * docsUrl('no-bare-status');
 * //=> 'https://github.com/typed-http-status/typed-http-status/blob/main/docs/eslint.md#no-bare-status'
 * ```
 */
export function docsUrl(rule: string): string {
	return `https://github.com/typed-http-status/typed-http-status/blob/main/docs/eslint.md#${rule}`;
}
