// What compiles against the installed declarations of typed-http-status/openapi, from an ES module.
import {assertNever, HTTP_204_NO_CONTENT} from 'typed-http-status';
import {readResponse, responder, type OperationResponse, type OperationResult, type OperationStatus} from 'typed-http-status/openapi';

type DeleteNote = {responses: {204: {content?: never}; 404: {content: {'application/json': {message: string}}}}};

export const statuses: Array<OperationStatus<DeleteNote>> = [204, 404];
export async function remove(response: Response): Promise<string> {
	const result: OperationResult<DeleteNote> = await readResponse<DeleteNote>(response, [204, 404]);
	switch (result.status) {
		case 204: {
			return 'deleted';
		}
		case 404: {
			return result.body.message;
		}
		default: {
			return assertNever(result);
		}
	}
}
export const handler = (): OperationResponse<DeleteNote> => responder<DeleteNote>().empty(HTTP_204_NO_CONTENT);
