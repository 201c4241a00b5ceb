// Bare baseline of the set-guard budget: the same program as typed-http-status/set-guard-*.mjs, printing the code
// where they print the guard's answer; no package at all.
const code = Number(process.argv[2]);
console.log(code);
