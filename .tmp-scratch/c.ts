import type {Status4xx} from 'typed-http-status';
import type {OperationStatus} from 'typed-http-status/openapi';
import type {operations} from '../test/fixtures/openapi/pets.js';
type G = OperationStatus<operations['getPet']>;
const a: Exclude<Extract<G, Status4xx>, Exclude<Status4xx, 404>> = 1 as never as {x: 1};
const b: Exclude<Exclude<Status4xx, 404>, Extract<G, Status4xx>> = 1 as never as {x: 1};
