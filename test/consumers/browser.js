// A browser app that needs one constant and one guard: bundled by esbuild in test/package/package-consumers.test.ts,
// which asserts that neither the phrase table nor any unused constant comes along.
import {HTTP_404_NOT_FOUND, isClientError} from 'typed-http-status';

/** @param {number} status */
export function retryAfterNotFound(status) {
	return status === HTTP_404_NOT_FOUND || !isClientError(status);
}
