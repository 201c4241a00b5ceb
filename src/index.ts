export * from './generated/constants.ts';
export {STATUS_CODES} from './generated/status-codes.ts';
export {REASON_PHRASES} from './generated/reason-phrases.ts';
export {isStatusCode, type StatusCode, type StatusName} from './status-code.ts';
export {
	STATUS_CLASS_TITLES,
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
} from './status-class.ts';
export {isClientError, isError, isInformational, isRedirect, isServerError, isSuccess} from './class-guards.ts';
export {isHttpStatus, parseStatus, type HttpStatus, type UnregisteredStatus} from './http-status.ts';
export {reasonPhrase, type ReasonPhrase} from './reason-phrase.ts';
export {assertNever} from './assert-never.ts';
export {STATUS_REGISTRY, statusInfo, type Standing, type StatusInfo} from './status-info.ts';
