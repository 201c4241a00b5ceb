// The same from a CommonJS module: require resolves the openapi subpath to its .d.cts declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS form under test
import openapi = require('typed-http-status/openapi');

type DeleteNote = {responses: {204: {content?: never}; 404: {content: {'application/json': {message: string}}}}};

export async function remove(response: Response): Promise<number> {
	const result = await openapi.readResponse<DeleteNote>(response, [204, 404]);
	return result.status;
}
