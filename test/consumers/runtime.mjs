// An ESM consumer: `import` must load dist/index.js (and dist/registry.js for the subpath). Prints the file it loaded and what it found.
import * as status from 'typed-http-status';
import * as registry from 'typed-http-status/registry';
import {snapshot} from './snapshot.cjs';

console.log(
	JSON.stringify({
		loaded: import.meta.resolve('typed-http-status'),
		registryLoaded: import.meta.resolve('typed-http-status/registry'),
		...snapshot(status, registry),
	}),
);
