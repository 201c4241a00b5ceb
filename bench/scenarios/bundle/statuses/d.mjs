// statuses, scenario (d), a namespace import using two constants. Idiom: `import * as` of the CommonJS module,
// then `status('Not Found')` and `status('OK')` through its default export.
import * as statuses from 'statuses';

console.log(statuses.default('Not Found'), statuses.default('OK'));
