// In a file with no import to go after, the added import goes below the file's pragmas (they stop working once
// code comes before them) and above the comments that govern only the first statement.
import {noBareStatus} from '../../src/no-bare-status.ts';
import {javascript, typescript} from './rule-tester.ts';

const notFound = {messageId: 'bare', data: {name: 'HTTP_404_NOT_FOUND (404 Not Found)', code: '404'}};
const imports = "import {HTTP_404_NOT_FOUND} from 'typed-http-status';";
const at = '@';
/** The file as written, and as fixed with the import after its `header` lines. */
const below = (header: string, rest = 'res.status(404);') => ({
	code: `${header}\n${rest}`,
	output: `${header}\n${imports}\n${rest.replace('status(404)', 'status(HTTP_404_NOT_FOUND)')}`,
	errors: [notFound],
});
/** The file as written, and as fixed with the import first. */
const above = (code: string) => ({code, output: `${imports}\n${code.replace('status(404)', 'status(HTTP_404_NOT_FOUND)')}`, errors: [notFound]});

typescript.run('no-bare-status: the import goes below the pragmas', noBareStatus, {
	valid: [],
	invalid: [
		below('// @ts-nocheck', 'export function f(res: {status(code: number): void}) {\n\tres.status(404);\n}'),
		below('// @ts-check'),
		below('/// <reference lib="dom" />'),
		below('/// <reference types="node" />\n/// <reference path="./globals.d.ts" />'),
		below('/** @jsxImportSource preact */'),
		below('/** @jsx h */'),
		// spelt in two parts, or vitest would read them as this file's own environment
		below(`/**\n * ${at}jest-environment jsdom\n */`),
		below(`// ${at}vitest-environment happy-dom`),
		below('/* eslint-disable no-console */'),
		below('/* eslint no-console: "off" */'),
		below('/* global app */'),
		below('/*! Copyright (c) the authors, MIT licensed */'),
		below('/**\n * @license MIT\n */'),
		below('/** @format */'),
		// the comments after the last pragma govern the first statement and stay with it
		below('// @ts-nocheck', '// the handlers\nres.status(404);'),
		below('// @ts-nocheck', "// @ts-expect-error: a string for a number\nconst label: number = 'six';\nres.status(404);"),
		// a comment on the pragma's line stays on it
		below('/* @flow */ // a typed file'),
		// a pragma set apart by a blank line was already above the import
		{code: '// @ts-nocheck\n\nres.status(404);', output: `// @ts-nocheck\n\n${imports}\nres.status(HTTP_404_NOT_FOUND);`, errors: [notFound]},
	],
});

javascript.run('no-bare-status: comments that are not pragmas stay below the import', noBareStatus, {
	valid: [],
	invalid: [
		above('// @ts-expect-error: the next line says why\nconst label = 6;\nres.status(404);'),
		above('// @ts-ignore\nconst label = 6;\nres.status(404);'),
		above('// eslint-disable-next-line no-console\nconsole.log(1);\nres.status(404);'),
		above('/* eslint-disable-line no-console */ res.status(404);'),
		above('/** Answers every request with 404. */\nexport function handle(res) {\n\tres.status(404);\n}'),
		above('// @flowtype is a tag of its own\nres.status(404);'),
		// a pragma written on the first statement's line is not a header
		above('/* @flow */ res.status(404);'),
	],
});

javascript.run('no-bare-status: a shebang and directives stay first, pragmas with them', noBareStatus, {
	valid: [],
	invalid: [
		below('#!/usr/bin/env node'),
		below('#!/usr/bin/env node\n// @flow'),
		below("'use strict';"),
		below("// @ts-check\n'use strict';"),
		below("'use client';"),
		below("// @flow\n'use client';"),
	],
});
