// @ts-check
// The launcher for Node.js (`node run.mjs`), Deno (`deno run run.mjs`) and Bun (`bun run.mjs`): imports the
// installed package, runs the suite, and prints the report as one line of JSON, with the file each entry was
// loaded from. A check that fails is in the report; a package that cannot load makes this exit non-zero.
import {runChecks} from './harness.mjs';
import * as modules from './package.mjs';
import {checks} from './suite.mjs';

const loaded = Object.fromEntries(
	Object.keys(modules).map(key => [key, import.meta.resolve(key === 'main' ? 'typed-http-status' : `typed-http-status/${key}`)]),
);
console.log(JSON.stringify({...(await runChecks(checks, {...modules})), loaded}));
