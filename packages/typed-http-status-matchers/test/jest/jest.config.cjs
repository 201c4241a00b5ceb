// The jest project of the test suite (`npm run test:jest`, through run.mjs): CommonJS test files that use the
// built package by its name, registered the way the docs tell users to, in setupFilesAfterEnv.
module.exports = {
	rootDir: __dirname,
	testEnvironment: 'node',
	testMatch: ['<rootDir>/*.test.cjs'],
	setupFilesAfterEnv: ['typed-http-status-matchers/jest'],
	cacheDirectory: '<rootDir>/../../node_modules/.cache/jest',
};
