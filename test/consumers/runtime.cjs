// A CommonJS consumer: `require` must load dist/index.cjs (and dist/registry.cjs for the subpath). Prints the file it loaded and what it found.
'use strict';
const status = require('typed-http-status');
const registry = require('typed-http-status/registry');
const {snapshot} = require('./snapshot.cjs');

console.log(
	JSON.stringify({loaded: require.resolve('typed-http-status'), registryLoaded: require.resolve('typed-http-status/registry'), ...snapshot(status, registry)}),
);
