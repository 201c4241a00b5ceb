// http-status, scenario (a), one constant. Idiom: the default export `status` and its `NOT_FOUND` key (its README).
import status from 'http-status';

console.log(status.NOT_FOUND);
