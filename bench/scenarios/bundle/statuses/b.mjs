// statuses, scenario (b), one constant and a class check on a runtime code. Idiom: `status('Not Found')`; the
// package has no class guard, so the range check is written inline.
import status from 'statuses';

const code = Number(process.argv[2]);
console.log(status('Not Found'), code >= 400 && code <= 499);
