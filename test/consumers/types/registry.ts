// The subpath `typed-http-status/registry`: it resolves under every module resolution, and its types mix with the
// main entry's (its declarations carry their own copies of StatusCode, StatusName and StatusClass).
import {HTTP_413_CONTENT_TOO_LARGE, type StatusClass, type StatusCode, type StatusName} from 'typed-http-status';
import {STATUS_REGISTRY, statusInfo, type Standing, type StatusInfo} from 'typed-http-status/registry';
import type {Equal} from './equal.js';

const known: StatusInfo = statusInfo(HTTP_413_CONTENT_TOO_LARGE);
const code: StatusCode = known.code;
const family: StatusClass = known.class;
const names: readonly StatusName[] = [known.constant, ...known.deprecated];
const maybe: StatusInfo | undefined = statusInfo(299 as number);
const standing: Standing = STATUS_REGISTRY[0]!.standing;

export const registryHolds: [Equal<typeof known.code, StatusCode>, Equal<Standing, 'standard' | 'temporary' | 'obsoleted' | 'unused' | 'unregistered'>] = [
	true,
	true,
];
export {code, family, maybe, names, standing};
