// http-status, scenario (d), a namespace import using two constants. Idiom: `import * as`, then its named
// export `status` (its README: `import { status } from "http-status"`).
import * as http from 'http-status';

console.log(http.status.NOT_FOUND, http.status.OK);
