import {preferClassGuard} from '../../src/prefer-class-guard.ts';
import {javascript, typed, typescript} from './rule-tester.ts';

const imports = (names: string) => `import {${names}} from 'typed-http-status';`;
/** What the check accepts and the guard refuses, with examples of the class of `digit`; without types, strings and the like too. */
const untyped = (digit: number) => `, and strings such as '${digit}50', bigints and boxed numbers`;
const integers = (digit: number) => `non-integers such as ${digit}04.5${untyped(digit)}`;
const codes = (digit: number) => `numbers that are not three-digit codes, such as ${digit} or ${digit}000${untyped(digit)}`;
/** An unproven check: reported with a suggestion that rewrites it, never fixed. */
const suggested = (code: string, call: string, title: string, differs: string, guard = call.slice(0, call.indexOf('('))) => ({
	code,
	output: null,
	errors: [
		{
			messageId: 'unproven',
			data: {call, title, differs},
			suggestions: [{messageId: 'useGuard', data: {call, title, differs}, output: `${imports(guard)}\n${code.replace(/if \((.*)\) \{\}/, `if (${call}) {}`)}`}],
		},
	],
});

javascript.run('prefer-class-guard', preferClassGuard, {
	valid: [
		'if (s >= 400 && s < 501) {}',
		'if (s >= 400 && t < 500) {}',
		'if (s >= 400 || s < 500) {}',
		'if (s > 400 && s < 500) {}',
		'if (s >= 400 && s >= 500) {}',
		'if (f() >= 400 && f() < 500) {}',
		'if (Math.floor(s / 10) === 4) {}',
		'if (Math.floor(s / 100) === 6) {}',
		'if (Math.round(s / 100) === 4) {}',
		"if (String(s).startsWith('6')) {}",
		"if (String(s).startsWith('40')) {}",
		"if (name.startsWith('4')) {}",
		"if (String(s)[1] === '4') {}",
		'if (isClientError(s)) {}',
		'if (index >= 0 && index < length) {}',
		'if (s >= 400 && s === 500) {}',
		'if (s >= 400 && s >= 500) {}'.replace('s >= 500', '500 >= 400'),
		"if (String(getStatus()).startsWith('4')) {}",
		'class Reply { #status = 0; get client() { return this.#status >= 400 && this.#status < 500; } }',
		'if (String(s)[0] === 4) {}',
		"if (String(s).startsWith('4', 1)) {}",
		'if (Math.floor(s / 100, 2) === 4) {}',
		'if (Math.floor(s * 100) === 4) {}',
		"if (s.charAt(0) === '4') {}",
		"if (String(s).charAt(1) === '4') {}",
		"if (s.toString(16).startsWith('4')) {}",
		"if (`x${s}`.startsWith('4')) {}",
		// a range that is not a status, by name and without a status type
		'if (elapsed >= 200 && elapsed < 300) {}',
		'if (Math.floor(total / 100) === 4) {}',
		"if (String(zip).startsWith('4')) {}",
		// "code" in a name that is another kind of code
		'if (event.keyCode >= 100 && event.keyCode < 200) {}',
		'if (exitCode >= 100 && exitCode < 200) {}',
		"if (String(unicode).startsWith('4')) {}",
	],
	invalid: [
		suggested('if (s >= 400 && s < 500) {}', 'isClientError(s)', 'Client Error', integers(4)),
		suggested('if (s >= 400 && s <= 499) {}', 'isClientError(s)', 'Client Error', integers(4)),
		suggested('if (s > 399 && s < 500) {}', 'isClientError(s)', 'Client Error', integers(4)),
		suggested('if (500 > s && 400 <= s) {}', 'isClientError(s)', 'Client Error', integers(4)),
		suggested('if (response.status >= 200 && response.status < 300) {}', 'isSuccess(response.status)', 'Successful', integers(2)),
		suggested('if (s >= 100 && s < 200) {}', 'isInformational(s)', 'Informational', integers(1)),
		suggested('if (s >= 300 && s < 400) {}', 'isRedirect(s)', 'Redirection', integers(3)),
		suggested('if (s >= 500 && s <= 599) {}', 'isServerError(s)', 'Server Error', integers(5)),
		suggested('if (s >= 400 && s < 600) {}', 'isError(s)', 'Client Error or Server Error', integers(4)),
		suggested('if (Math.floor(s / 100) === 5) {}', 'isServerError(s)', 'Server Error', integers(5)),
		suggested('if (2 === Math.trunc(res.statusCode / 100)) {}', 'isSuccess(res.statusCode)', 'Successful', integers(2)),
		suggested("if (String(s).startsWith('4')) {}", 'isClientError(s)', 'Client Error', codes(4)),
		suggested("if (s.toString().startsWith('2')) {}", 'isSuccess(s)', 'Successful', codes(2)),
		suggested("if (`${s}`.startsWith('3')) {}", 'isRedirect(s)', 'Redirection', codes(3)),
		suggested("if (s.toString()[0] === '2') {}", 'isSuccess(s)', 'Successful', codes(2)),
		suggested("if ('5' === String(s)[0]) {}", 'isServerError(s)', 'Server Error', codes(5)),
		suggested("if (String(s).charAt(0) == '4') {}", 'isClientError(s)', 'Client Error', codes(4)),
		suggested('if (code >= 400 && code < 500) {}', 'isClientError(code)', 'Client Error', integers(4)),
		suggested('if (httpStatusCode >= 500 && httpStatusCode < 600) {}', 'isServerError(httpStatusCode)', 'Server Error', integers(5)),
	],
});

typescript.run('prefer-class-guard (TypeScript, no type information)', preferClassGuard, {
	valid: ['const within = (s: number): boolean => s >= 0 && s < 100;'],
	invalid: [
		suggested('if (s >= 400 && s < 500) {}', 'isClientError(s)', 'Client Error', integers(4)),
		suggested('if (this.status >= 500 && this.status < 600) {}', 'isServerError(this.status)', 'Server Error', integers(5)),
	],
});

// With type information, a union of integer literals proves the rewrite: it is fixed.
typed.run('prefer-class-guard (TypeScript with type information)', preferClassGuard, {
	valid: [],
	invalid: [
		{
			code: 'declare const code: 200 | 404 | 500;\nexport const missing = code >= 400 && code < 500;',
			output: `${imports('isClientError')}\ndeclare const code: 200 | 404 | 500;\nexport const missing = isClientError(code);`,
			errors: [{messageId: 'guard', data: {call: 'isClientError(code)', title: 'Client Error'}}],
		},
		{
			code: "import {isSuccess} from 'typed-http-status';\ndeclare const code: 200 | 404;\nexport const failed = Math.floor(code / 100) === 5 || isSuccess(code);",
			output:
				"import {isServerError, isSuccess} from 'typed-http-status';\ndeclare const code: 200 | 404;\nexport const failed = isServerError(code) || isSuccess(code);",
			errors: [{messageId: 'guard', data: {call: 'isServerError(code)', title: 'Server Error'}}],
		},
		{
			code: "declare const code: 201 | 204;\nexport const ok = String(code).startsWith('2');",
			output: `${imports('isSuccess')}\ndeclare const code: 201 | 204;\nexport const ok = isSuccess(code);`,
			errors: [{messageId: 'guard', data: {call: 'isSuccess(code)', title: 'Successful'}}],
		},
		{
			// a one-digit literal reads '4' too: the first-digit form is only proven for three-digit codes
			code: "declare const code: 4 | 404;\nexport const client = String(code).startsWith('4');",
			output: null,
			errors: [
				{
					messageId: 'unproven',
					data: {call: 'isClientError(code)', title: 'Client Error', differs: 'numbers that are not three-digit codes, such as 4 or 4000'},
					suggestions: [
						{messageId: 'useGuard', output: `${imports('isClientError')}\ndeclare const code: 4 | 404;\nexport const client = isClientError(code);`},
					],
				},
			],
		},
		{
			// a status type proves it is a status, whatever its name
			code: 'declare const reply: {sent: 200 | 404};\nexport const missing = reply.sent >= 400 && reply.sent < 500;',
			output: `${imports('isClientError')}\ndeclare const reply: {sent: 200 | 404};\nexport const missing = isClientError(reply.sent);`,
			errors: [{messageId: 'guard', data: {call: 'isClientError(reply.sent)', title: 'Client Error'}}],
		},
		{
			code: 'declare const code: number;\nexport const client = code >= 400 && code < 500;',
			output: null,
			errors: [
				{
					messageId: 'unproven',
					data: {call: 'isClientError(code)', title: 'Client Error', differs: 'non-integers such as 404.5'},
					suggestions: [
						{messageId: 'useGuard', output: `${imports('isClientError')}\ndeclare const code: number;\nexport const client = isClientError(code);`},
					],
				},
			],
		},
		{
			// the example is of the class checked; a number type leaves out strings and the like
			code: 'declare const code: number | 204;\nexport const ok = code >= 200 && code < 300;',
			output: null,
			errors: [
				{
					messageId: 'unproven',
					data: {call: 'isSuccess(code)', title: 'Successful', differs: 'non-integers such as 204.5'},
					suggestions: [{messageId: 'useGuard', output: `${imports('isSuccess')}\ndeclare const code: number | 204;\nexport const ok = isSuccess(code);`}],
				},
			],
		},
		...['string', 'number | string', 'bigint', 'Number', 'any'].map(type => ({
			// a string, a bigint or a boxed number passes the comparison and fails the guard's typeof
			code: `declare const status: ${type};\nexport const ok = status >= 200 && status < 300;`,
			output: null,
			errors: [
				{
					messageId: 'unproven',
					data: {call: 'isSuccess(status)', title: 'Successful', differs: integers(2)},
					suggestions: [{messageId: 'useGuard', output: `${imports('isSuccess')}\ndeclare const status: ${type};\nexport const ok = isSuccess(status);`}],
				},
			],
		})),
	],
});
