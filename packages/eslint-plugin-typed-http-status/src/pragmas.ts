// The comments at the top of a file that speak for the whole file and must stay above its first import:
// TypeScript's `// @ts-nocheck` and `/// <reference … />`, `@jsxImportSource`, `@flow`, a test environment's
// docblock, ESLint's file-wide comments, Prettier's `@format`, a license to keep. A comment that governs only the
// line below it (`// @ts-expect-error`, `// eslint-disable-next-line`) is not one of them.
import type {AST, SourceCode} from 'eslint';
import type * as ESTree from 'estree';

/** Tags that make a comment a pragma wherever they stand in it. */
const TAGS =
	/@(?:ts-nocheck|ts-check|jsx|jsxImportSource|jsxFrag|jsxRuntime|flow|noflow|jest-environment|vitest-environment|license|preserve|format|prettier)\b/;
/** ESLint's comments for the rest of the file, by their first word: not `eslint-disable-next-line` or `eslint-disable-line`. */
const ESLINT = /^\s*(?:eslint-disable|eslint-enable|eslint-env|eslint|globals?|exported)(?:\s|$)/;

/**
 * Whether a comment speaks for the whole file: a triple-slash directive, a `/*!` comment kept by minifiers, an
 * ESLint file-wide comment, or one with a file-level tag.
 *
 * @example
 * ```ts
 * [isPragma(comment('// @ts-nocheck')), isPragma(comment('// @ts-expect-error'))];
 * //=> [true, false]
 * ```
 */
export function isPragma(comment: ESTree.Comment): boolean {
	if (comment.type === 'Line' && /^\/\s*<(?:reference|amd-module|amd-dependency)\b/.test(comment.value)) {
		return true;
	}
	return (comment.type === 'Block' && comment.value.startsWith('!')) || ESLINT.test(comment.value) || TAGS.test(comment.value);
}

/**
 * Where a new import goes in a file with nothing to go after, when a pragma would otherwise end up below it:
 * the end of the last pragma among the comments from `start` up to the first statement's line, with any comment on
 * that pragma's last line; `undefined` when there is no such pragma and the import goes at `start`.
 *
 * @example
 * ```ts
 * // @ts-nocheck
 * // the handlers
 * // export function handler(res) { … }
 * afterPragmas(sourceCode, program.body[0], 0);
 * //=> 14, the end of `// @ts-nocheck`
 * ```
 */
export function afterPragmas(sourceCode: SourceCode, first: ESTree.Node, start: number): number | undefined {
	const comments = sourceCode.getCommentsBefore(first).filter(comment => comment.range![0] >= start && comment.loc!.end.line < first.loc!.start.line);
	const pragma = comments.filter(comment => isPragma(comment)).at(-1);
	if (pragma === undefined) {
		return undefined;
	}
	const line = pragma.loc!.end.line;
	return Math.max(pragma.range![1], ...comments.filter(comment => comment.loc!.start.line === line).map(comment => (comment.range as AST.Range)[1]));
}
