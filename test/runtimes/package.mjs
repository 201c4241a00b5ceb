// @ts-check
// The package's entries as ES modules, keyed by the suite's section names (suite.mjs): what run.mjs (Node.js,
// Deno, Bun) and worker.mjs (workerd) hand to the checks. A key's specifier is `typed-http-status/<key>`, and
// `typed-http-status` for `main`; package.cjs loads the same entries with `require`.
export * as main from 'typed-http-status';
export * as registry from 'typed-http-status/registry';
export * as response from 'typed-http-status/response';
export * as openapi from 'typed-http-status/openapi';
