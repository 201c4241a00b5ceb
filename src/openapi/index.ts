// The subpath `typed-http-status/openapi`: status-typed API contracts from the types openapi-typescript generates.
// The client reads a response (or openapi-fetch's result) into a union discriminated by status; the server builds
// responses restricted to the statuses and bodies an operation declares. Web APIs only, like typed-http-status/response.
export type {KeyOfStatus, OperationShape, RangeKey, ResponseKey} from './response-key.ts';
export type {OperationStatus, StatusOfKey} from './operation-status.ts';
export type {OperationBody} from './operation-body.ts';
export type {OperationResult, ResultOfKey} from './operation-result.ts';
export type {DeclaredKeys, ResponseKeyValue} from './declared-keys.ts';
export {UndeclaredStatusError} from './undeclared-status-error.ts';
export {ResponseBodyError} from './response-body-error.ts';
export {readResponse} from './read-response.ts';
export {readFetchResult, type FetchResult} from './fetch-result.ts';
export {responder, type OperationResponse, type Responder} from './responder.ts';
