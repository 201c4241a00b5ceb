// http-status-codes, scenario (c), the reason phrase of a runtime code. Idiom: `getReasonPhrase(code)` (its README).
import {getReasonPhrase} from 'http-status-codes';

console.log(getReasonPhrase(Number(process.argv[2])));
