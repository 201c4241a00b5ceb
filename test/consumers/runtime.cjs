// A CommonJS consumer: `require` must load dist/index.cjs. Prints the file it loaded and what it found.
'use strict';
const status = require('typed-http-status');
const {snapshot} = require('./snapshot.cjs');

console.log(JSON.stringify({loaded: require.resolve('typed-http-status'), ...snapshot(status)}));
