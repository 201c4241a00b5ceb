// @ts-check
// The CommonJS launcher for Node.js (`node run.cjs`): `require`s the installed package (package.cjs), runs the
// same suite as run.mjs, and prints the report as one line of JSON, with the file each entry was loaded from.
'use strict';
const modules = require('./package.cjs');

void Promise.all([import('./harness.mjs'), import('./suite.mjs')]).then(async ([{runChecks}, {checks}]) => {
	const loaded = Object.fromEntries(Object.keys(modules).map(key => [key, require.resolve(key === 'main' ? 'typed-http-status' : `typed-http-status/${key}`)]));
	console.log(JSON.stringify({...(await runChecks(checks, modules)), loaded}));
});
