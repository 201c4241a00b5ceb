// http-status, scenario (b), one constant and a class check on a runtime code. Idiom: `status[`${code}_CLASS`]`
// compared with `status.classes.CLIENT_ERROR` (its README, "HTTP Status code classes").
import status from 'http-status';

const code = Number(process.argv[2]);
console.log(status.NOT_FOUND, status[`${code}_CLASS`] === status.classes.CLIENT_ERROR);
