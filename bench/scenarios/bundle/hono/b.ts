// hono, scenario (b), one constant and a class check on a runtime code. Idiom: Hono's status types; it has no
// class guard, so the range check is written inline.
import type {StatusCode} from 'hono/utils/http-status';

const notFound: StatusCode = 404;
const code = Number(process.argv[2]);
console.log(notFound, code >= 400 && code <= 499);
