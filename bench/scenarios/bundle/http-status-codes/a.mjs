// http-status-codes, scenario (a), one constant. Idiom: the `StatusCodes` enum (its README, "Usage").
import {StatusCodes} from 'http-status-codes';

console.log(StatusCodes.NOT_FOUND);
