// hono, scenario (a), one constant. Idiom: a number literal typed with Hono's `StatusCode` type
// (`hono/utils/http-status`); Hono has status types only, no runtime constants.
import type {StatusCode} from 'hono/utils/http-status';

const notFound: StatusCode = 404;
console.log(notFound);
