// http-status-codes, scenario (b), one constant and a class check on a runtime code. Idiom: the `StatusCodes`
// enum; the package has no class guard, so the range check is written inline, as its users do.
import {StatusCodes} from 'http-status-codes';

const code = Number(process.argv[2]);
console.log(StatusCodes.NOT_FOUND, code >= 400 && code <= 499);
