// Bare baseline of scenario (d): the two codes as number literals, no package at all.
console.log(404, 200);
