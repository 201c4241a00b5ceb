// A short tour of typed-http-status, run by `npm run example` (after `npm ci`, which builds the package).
import * as status from 'typed-http-status';
import {isClientError, isSuccess, parseStatus, reasonPhrase, statusClass} from 'typed-http-status';
import {statusInfo} from 'typed-http-status/registry';

console.log(`status.HTTP_201_CREATED         = ${status.HTTP_201_CREATED}`);
console.log(`reasonPhrase(422)               = ${JSON.stringify(reasonPhrase(422))}`);
console.log(`statusClass(418)                = ${JSON.stringify(statusClass(418))}`);
console.log(`isSuccess(204), isSuccess(299)  = ${isSuccess(204)}, ${isSuccess(299)}`);
console.log(`isClientError(404.5)            = ${isClientError(404.5)}`);
console.log(`parseStatus('404')              = ${parseStatus('404')}`);
try {
	parseStatus(' 404');
} catch (error) {
	console.log(`parseStatus(' 404')             throws ${String(error)}`);
}
const teapot = statusInfo(418);
console.log(`statusInfo(418)                 = ${teapot.code} ${teapot.phrase} (${teapot.standing}, ${teapot.reference}): ${teapot.meaning}`);
