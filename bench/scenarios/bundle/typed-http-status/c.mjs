// typed-http-status, scenario (c), the reason phrase of a runtime code. Idiom: `reasonPhrase(code)` (README "Usage").
import {reasonPhrase} from 'typed-http-status';

console.log(reasonPhrase(Number(process.argv[2])));
