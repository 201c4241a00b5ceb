// Bare-literal baseline: the status as a number literal, no package at all. Scenario (a) of every package is
// measured against this file.
console.log(404);
