// The ESM side of one program that also has CommonJS modules: one brand, so statuses cross in both directions.
import {isServerError, parseStatus, type HttpStatus} from 'typed-http-status';
import {fromRequire, takesRequired} from './dual.cjs';

export const imported: HttpStatus = fromRequire;
const status = parseStatus('599');
if (isServerError(status)) {
	takesRequired(status);
}
