// Bare baseline of scenario (b): the literal and the range check written inline, no package at all.
const code = Number(process.argv[2]);
console.log(404, code >= 400 && code <= 499);
