// What `--fix` writes passes the project's formatter: each file below is formatted by Prettier with its project's
// options, fixed by the plugin's `migrate` config, and checked by Prettier again with the same options.
import {Linter} from 'eslint';
import * as prettier from 'prettier';
import {expect, test} from 'vitest';
import plugin from '../../src/index.ts';

const migrate: Linter.Config[] = [{languageOptions: {ecmaVersion: 2024, sourceType: 'module'}}, plugin.configs.migrate];

const cases: Array<{name: string; options: prettier.Options; code: string; imports: string}> = [
	{
		name: "Prettier's defaults: double quotes, spaced braces, a list wrapped at 80 columns",
		options: {},
		code: `import { StatusCodes } from "http-status-codes";

export function handle(res, found, fresh) {
  if (!found) {
    return res.status(StatusCodes.NOT_FOUND).end();
  }
  return res.status(fresh ? StatusCodes.CREATED : StatusCodes.OK).end();
}
`,
		imports: 'import {\n  HTTP_200_OK,\n  HTTP_201_CREATED,\n  HTTP_404_NOT_FOUND,\n} from "typed-http-status";\n',
	},
	{
		name: 'a wide print width: the list stays on one line in a file whose lines are longer than 80',
		options: {printWidth: 125, singleQuote: true, useTabs: true, bracketSpacing: false},
		code: `import express from 'express';
import {StatusCodes} from 'http-status-codes';

export const router = express.Router();
router.get('/items/:id', (req, res) => res.status(req.params.id === 'gone' ? StatusCodes.NOT_FOUND : StatusCodes.OK).end());
router.use((error, req, res, next) => res.status(StatusCodes.INTERNAL_SERVER_ERROR).end());
`,
		imports: "import express from 'express';\nimport {HTTP_200_OK, HTTP_404_NOT_FOUND, HTTP_500_INTERNAL_SERVER_ERROR} from 'typed-http-status';\n",
	},
	{
		name: "the old library's import first in the file, above a blank line",
		options: {singleQuote: true},
		code: `import { StatusCodes } from 'http-status-codes';

import { HTTP_200_OK } from 'typed-http-status';

export const ok = (res) => res.status(HTTP_200_OK).send(String(StatusCodes.OK));
`,
		imports: "import { HTTP_200_OK } from 'typed-http-status';\n",
	},
];

test.each(cases)('$name', async ({options, code, imports}) => {
	expect(await prettier.check(code, {...options, parser: 'babel'})).toBe(true);
	const fixed = new Linter({configType: 'flat'}).verifyAndFix(code, migrate).output;
	expect(fixed.startsWith(imports), fixed).toBe(true);
	expect(fixed).not.toContain('http-status-codes');
	expect(await prettier.check(fixed, {...options, parser: 'babel'}), fixed).toBe(true);
});
