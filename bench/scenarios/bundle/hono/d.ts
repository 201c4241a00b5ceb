// hono, scenario (d), a namespace import using two codes. Idiom: `import type * as` Hono's status module; its
// types are erased, so the codes are literals.
import type * as status from 'hono/utils/http-status';

const notFound: status.ClientErrorStatusCode = 404;
const ok: status.SuccessStatusCode = 200;
console.log(notFound, ok);
