/**
 * `typed-http-status/registry`: everything the package knows about each named code — phrase, class, IANA
 * standing, reference, constant names and a sentence of meaning — and the title and guard of each class, for
 * tools, docs and the command line.
 *
 * A subpath of its own because the meanings are most of the package's data (about 4.5 kB gzip on their own,
 * measured in docs/performance.md): the main entry stays small even for a bundle that keeps every export.
 * Types such as `StatusCode` are the main entry's.
 *
 * @example
 * ```ts
 * import {statusInfo} from 'typed-http-status/registry';
 * statusInfo(422)?.constant;
 * //=> 'HTTP_422_UNPROCESSABLE_CONTENT'
 * ```
 *
 * @module
 */
export {STATUS_REGISTRY, statusInfo, type Standing, type StatusInfo} from './status-info.ts';
export {STATUS_CLASS_TITLES} from './status-class.ts';
export {STATUS_CLASS_GUARDS} from './status-class-guards.ts';
