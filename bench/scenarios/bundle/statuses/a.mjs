// statuses, scenario (a), one constant. Idiom: `status('Not Found')`, the code from its message (its README,
// "status(code)"); the package has no named constants.
import status from 'statuses';

console.log(status('Not Found'));
