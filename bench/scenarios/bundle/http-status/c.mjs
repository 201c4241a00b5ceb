// http-status, scenario (c), the reason phrase of a runtime code. Idiom: `status[code]` (its README, "Usage").
import status from 'http-status';

console.log(status[Number(process.argv[2])]);
