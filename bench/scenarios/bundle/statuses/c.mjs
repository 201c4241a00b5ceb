// statuses, scenario (c), the reason phrase of a runtime code. Idiom: `status.message[code]` (its README).
import status from 'statuses';

console.log(status.message[Number(process.argv[2])]);
