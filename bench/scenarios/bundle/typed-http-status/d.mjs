// typed-http-status, scenario (d), a namespace import using two constants. Idiom: `import * as status`, read
// like Django REST framework's `status.HTTP_201_CREATED` (README "Usage").
import * as status from 'typed-http-status';

console.log(status.HTTP_404_NOT_FOUND, status.HTTP_200_OK);
