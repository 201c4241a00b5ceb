// A library member whose value differs from our constant of the same name must be suggested, never fixed. None
// of the four libraries has one today (library-names.test.ts proves it against the installed packages), so the
// rule is run here with a table where axios's `NotFound` holds 410, as a future release might.
import {vi} from 'vitest';
import {preferTypedHttpStatus} from '../../src/prefer-typed-http-status.ts';
import type * as LibraryNames from '../../src/library-names.ts';
import {javascript} from './rule-tester.ts';

vi.mock('../../src/library-names.ts', async importOriginal => {
	const original = await importOriginal<typeof LibraryNames>();
	const STATUS_LIBRARIES = original.STATUS_LIBRARIES.map(library =>
		library.module === 'axios' ? {...library, unmatched: {...library.unmatched, NotFound: 410}} : library,
	);
	return {...original, STATUS_LIBRARIES};
});

javascript.run('prefer-typed-http-status (a member that drifted from our name)', preferTypedHttpStatus, {
	valid: [],
	invalid: [
		{
			code: "import {HttpStatusCode} from 'axios';\nres.status(HttpStatusCode.NotFound);",
			output: null,
			errors: [
				{
					messageId: 'renamed',
					data: {source: 'HttpStatusCode.NotFound', code: '410', sameName: 'HTTP_404_NOT_FOUND', name: 'HTTP_410_GONE (410 Gone)'},
					suggestions: [
						{
							messageId: 'replaceWith',
							data: {replacement: 'HTTP_410_GONE'},
							output: "import {HttpStatusCode} from 'axios';\nimport {HTTP_410_GONE} from 'typed-http-status';\nres.status(HTTP_410_GONE);",
						},
					],
				},
			],
		},
	],
});
