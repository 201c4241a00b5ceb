// An ESM consumer: `import` must load dist/index.js. Prints the file it loaded and what it found.
import * as status from 'typed-http-status';
import {snapshot} from './snapshot.cjs';

console.log(JSON.stringify({loaded: import.meta.resolve('typed-http-status'), ...snapshot(status)}));
