import {assertNever, HTTP_200_OK, HTTP_201_CREATED, HTTP_204_NO_CONTENT, HTTP_404_NOT_FOUND, parseStatus} from 'typed-http-status';
import {readResponse, responder, type DeclaredKeys, type OperationResult, type OperationStatus, type OperationBody, type OperationResponse} from 'typed-http-status/openapi';
import type {operations, paths} from '../test/fixtures/openapi/pets.js';

type GetPet = operations['getPet'];
type S = OperationStatus<GetPet>;
declare const s: S;
s;
type K = DeclaredKeys<GetPet>;
declare const k: K;
k;
type D = OperationStatus<operations['deletePet']>;
declare const d: D;
d;
async function client(response: Response) {
	const result = await readResponse<GetPet>(response, [200, 404, '4XX', 'default']);
	switch (result.status) {
		case 200: { const b: {id: number} | string = result.body; break; }
		case 404: { result.body.title; break; }
		default: { result.body; }
	}
	const bad = await readResponse<GetPet>(response, [200, '4XX', 'default']);
	const r2 = await readResponse<operations['deletePet']>(response, [204, 404]);
	switch (r2.status) {
		case 204: break;
		case 404: break;
		default: assertNever(r2);
	}
	const r3 = await readResponse<paths['/pets/{petId}']['delete']>(response, [204, 404]);
	if (r3.status === 204) { const n: null = r3.body; }
}
const s499: S = parseStatus('499');
const respond = responder<GetPet>();
respond.json({id: 1, name: 'x'}, HTTP_200_OK);
respond.json({id: 1}, HTTP_200_OK);
respond.json({id: 1, name: 'x'}, HTTP_201_CREATED);
const h = (): OperationResponse<operations['deletePet']> => responder<operations['deletePet']>().empty(HTTP_204_NO_CONTENT);
const h2 = (): OperationResponse<operations['deletePet']> => responder<GetPet>().json({id: 1, name: 'x'}, HTTP_200_OK);
