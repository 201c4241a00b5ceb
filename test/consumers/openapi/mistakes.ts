// A key list that misses a key the operation declares: the message names the list expected, under every compiler.
import {readResponse} from 'typed-http-status/openapi';

type GetNote = {responses: {200: {content: {'application/json': {id: number}}}; 404: {content?: never}; '5XX': {content?: never}}};
declare const response: Response;

export const missing = readResponse<GetNote>(response, [200, '5XX']);
