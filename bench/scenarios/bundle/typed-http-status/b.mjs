// typed-http-status, scenario (b), one constant and one class guard on a runtime code. Idiom: named imports of
// the constant and the guard (README "Usage").
import {HTTP_404_NOT_FOUND, isClientError} from 'typed-http-status';

const code = Number(process.argv[2]);
console.log(HTTP_404_NOT_FOUND, isClientError(code));
