// typed-http-status, scenario (a), one constant. Idiom: a named import of the constant (README "Usage").
import {HTTP_404_NOT_FOUND} from 'typed-http-status';

console.log(HTTP_404_NOT_FOUND);
