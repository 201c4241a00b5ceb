// @ts-check
// The package's entries through CommonJS `require`, keyed as in package.mjs: what run.cjs hands to the checks.
'use strict';

module.exports = {
	main: require('typed-http-status'),
	registry: require('typed-http-status/registry'),
	response: require('typed-http-status/response'),
	openapi: require('typed-http-status/openapi'),
};
