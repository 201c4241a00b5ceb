// A generated Express module of any length, written the way most code is (bare codes, a hand-written class
// check): the input of the plugin's linear-output test (test/unit/linear.test.ts) and of the ESLint section of
// `npm run bench`. Ten lines per handler, five findings each.

/**
 * The source of a module with `lines` lines (rounded down to a whole handler), no import of the package.
 *
 * @param {number} lines how long the module is.
 * @returns {string} its source.
 */
export function handlers(lines) {
	const parts = ["import express from 'express';", '', 'export const app = express();', ''];
	for (let index = 0; index * 10 + 14 <= lines; index++) {
		parts.push(
			`export function handler${index}(req, res) {`,
			'\tif (req.params.id === undefined) {',
			"\t\treturn res.status(400).json({error: 'missing id'});",
			'\t}',
			`\tconst status = req.params.id === '${index}' ? 200 : 404;`,
			'\tif (res.statusCode >= 500 && res.statusCode < 600) {',
			'\t\tres.status(503);',
			'\t}',
			'\treturn res.status(status).end();',
			'}',
		);
	}
	parts.push(`app.get('/', (req, res) => res.sendStatus(204));`, '', `app.listen(3000);`, '');
	return parts.join('\n');
}
