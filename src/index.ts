// The main entry. The registry of meanings and references is the subpath `typed-http-status/registry` (src/registry.ts).
export * from './generated/constants.ts';
export {STATUS_CODES} from './generated/status-codes.ts';
export {REASON_PHRASES} from './generated/reason-phrases.ts';
export {isStatusCode, reasonPhrase, type PhraseOf, type ReasonPhrase} from './reason-phrase.ts';
export {type StatusCode, type StatusCodeIn, type StatusInSet, type StatusName} from './status-code.ts';
export {
	statusClass,
	type ClassOf,
	type CodesInClass,
	type ErrorStatus,
	type Status1xx,
	type Status2xx,
	type Status3xx,
	type Status4xx,
	type Status5xx,
	type StatusClass,
	type StatusClassOf,
} from './status-class.ts';
export {
	isClientError,
	isError,
	isInformational,
	isRedirect,
	isServerError,
	isSuccess,
	type ClientErrorIn,
	type ErrorIn,
	type InformationalIn,
	type RedirectIn,
	type ServerErrorIn,
	type StatusIn,
	type SuccessIn,
} from './class-guards.ts';
export {isHttpStatus, parseStatus, type HttpStatus, type HttpStatusIn, type UnregisteredStatus} from './http-status.ts';
export type {StatusClassBrand, Uninferred} from './narrowing.ts';
export {assertNever} from './assert-never.ts';
export {
	CONTENTFUL_STATUSES,
	FINAL_STATUSES,
	HEURISTICALLY_CACHEABLE_STATUSES,
	NULL_BODY_STATUSES,
	RESPONSE_REDIRECT_STATUSES,
	RETRYABLE_STATUSES,
} from './generated/response-sets.ts';
export {
	isContentfulStatus,
	isFinalStatus,
	isHeuristicallyCacheable,
	isNullBodyStatus,
	isResponseRedirectStatus,
	isRetryableStatus,
	type ContentfulStatus,
	type FinalClass,
	type FinalStatus,
	type HeuristicallyCacheableStatus,
	type NullBodyStatus,
	type ResponseRedirectStatus,
	type RetryableStatus,
	type ContentfulIn,
} from './response-sets.ts';
