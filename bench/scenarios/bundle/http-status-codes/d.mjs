// http-status-codes, scenario (d), a namespace import using two constants. Idiom: `import * as`, then the
// `StatusCodes` enum.
import * as codes from 'http-status-codes';

console.log(codes.StatusCodes.NOT_FOUND, codes.StatusCodes.OK);
