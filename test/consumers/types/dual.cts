// A CommonJS module of a consumer: its `typed-http-status` is dist/index.d.cts.
import status = require('typed-http-status');

export const fromRequire: status.HttpStatus = status.parseStatus('503');
export function takesRequired(value: status.HttpStatus<'5xx'>): number {
	return value;
}
