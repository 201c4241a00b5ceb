import type {OperationResult} from 'typed-http-status/openapi';
import type {operations} from '../test/fixtures/openapi/pets.js';
declare const r: OperationResult<operations['getPet']>;
if (r.status === 200) { const x: 1 = r.body; }
if (r.status === 404) { const x: 1 = r.body; }
if (r.status === 422) { const x: 1 = r.body; }
