// A real server on 127.0.0.1 that implements test/fixtures/openapi/pets.json with `responder`: every handler's
// result type is the operation's OperationResponse, so it cannot send a status the description does not declare.
// One route drifts from the description on purpose (DELETE /pets/13 answers 409), as a server out of step with
// its description would, for the client's UndeclaredStatusError.
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {
	HTTP_200_OK,
	HTTP_201_CREATED,
	HTTP_204_NO_CONTENT,
	HTTP_303_SEE_OTHER,
	HTTP_400_BAD_REQUEST,
	HTTP_404_NOT_FOUND,
	HTTP_418_IM_A_TEAPOT,
	HTTP_422_UNPROCESSABLE_CONTENT,
	HTTP_502_BAD_GATEWAY,
	HTTP_503_SERVICE_UNAVAILABLE,
	isClientError,
	isHttpStatus,
	isServerError,
	parseStatus,
} from '../../../src/index.ts';
import {responder, type OperationResponse} from '../../../src/openapi/index.ts';
import type {components, operations} from '../../fixtures/openapi/pets.js';

type Pet = components['schemas']['Pet'];
const PETS: readonly Pet[] = [
	{id: 1, name: 'Rex', tag: 'dog'},
	{id: 2, name: 'Tom'},
];

function listPets(url: URL): OperationResponse<operations['listPets']> {
	const respond = responder<operations['listPets']>();
	return url.searchParams.has('tag', '') ? respond.problem(HTTP_400_BAD_REQUEST, {detail: 'an empty tag'}) : respond.json([...PETS], HTTP_200_OK);
}

async function createPet(request: Request): Promise<OperationResponse<operations['createPet']>> {
	const respond = responder<operations['createPet']>();
	if (request.headers.has('x-fail')) {
		return respond.text('the database is down', HTTP_502_BAD_GATEWAY);
	}
	const body = (await request.json()) as Partial<components['schemas']['NewPet']>;
	return typeof body.name === 'string'
		? respond.json({id: 3, name: body.name}, HTTP_201_CREATED)
		: respond.json({fields: ['name']}, HTTP_422_UNPROCESSABLE_CONTENT);
}

// getPet answers an id with the status it names when no pet has it: 418 and 499 are covered by 4XX, 503 by default.
function getPet(request: Request, id: number): OperationResponse<operations['getPet']> {
	const respond = responder<operations['getPet']>();
	const pet = PETS.find(candidate => candidate.id === id);
	if (pet !== undefined) {
		return request.headers.get('accept') === 'text/plain' ? respond.text(pet.name, HTTP_200_OK) : respond.json(pet, HTTP_200_OK);
	}
	if (id === HTTP_418_IM_A_TEAPOT) {
		return respond.json({code: id, message: 'a teapot'}, HTTP_418_IM_A_TEAPOT);
	}
	if (!isHttpStatus(id)) {
		return respond.problem(HTTP_404_NOT_FOUND, {detail: `no pet ${id}`});
	}
	const status = parseStatus(String(id)); // a status from outside the program: 499, which nothing names
	if (isClientError(status) && status !== HTTP_404_NOT_FOUND) {
		return respond.json({code: id, message: 'client error'}, status);
	}
	if (id === HTTP_503_SERVICE_UNAVAILABLE && isServerError(status)) {
		return respond.json({code: id, message: 'try later'}, status);
	}
	return respond.problem(HTTP_404_NOT_FOUND, {detail: `no pet ${id}`});
}

function deletePet(id: number): OperationResponse<operations['deletePet']> | Response {
	const respond = responder<operations['deletePet']>();
	if (id === 13) {
		return new Response('locked', {status: 409}); // the drift: 409 is not in the description
	}
	return PETS.some(pet => pet.id === id) ? respond.empty(HTTP_204_NO_CONTENT) : respond.problem(HTTP_404_NOT_FOUND, {detail: `no pet ${id}`});
}

function findPetByName(name: string): OperationResponse<operations['findPetByName']> {
	const respond = responder<operations['findPetByName']>();
	const pet = PETS.find(candidate => candidate.name === name);
	return pet === undefined ? respond.problem(HTTP_404_NOT_FOUND, {detail: `no pet named ${name}`}) : respond.redirect(`/pets/${pet.id}`, HTTP_303_SEE_OTHER);
}

/** The fetch handler: a Request in, one of the operations' responses out. */
export async function handle(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const byName = /^\/pets\/by-name\/([^/]+)$/.exec(url.pathname);
	const byId = /^\/pets\/(\d+)$/.exec(url.pathname);
	if (url.pathname === '/pets') {
		return request.method === 'POST' ? createPet(request) : listPets(url);
	}
	if (byName !== null && request.method === 'GET') {
		return findPetByName(decodeURIComponent(byName[1]!));
	}
	if (byId !== null) {
		return request.method === 'DELETE' ? deletePet(Number(byId[1])) : getPet(request, Number(byId[1]));
	}
	return new Response(null, {status: 404});
}

/** Listen on 127.0.0.1 on a free port; node:http carries each Request to `handle` and its Response back. */
export async function listen(): Promise<{origin: string; close: () => Promise<void>}> {
	const server: Server = createServer((incoming, outgoing) => {
		const chunks: Buffer[] = [];
		incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
		incoming.on('end', () => {
			const body = chunks.length === 0 ? null : Buffer.concat(chunks);
			const request = new Request(`http://127.0.0.1${incoming.url ?? '/'}`, {
				method: incoming.method ?? 'GET',
				headers: incoming.headers as Record<string, string>,
				body,
			});
			void handle(request).then(async response => {
				outgoing.writeHead(response.status, Object.fromEntries(response.headers));
				outgoing.end(Buffer.from(await response.arrayBuffer()));
			});
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>(resolve => server.close(() => resolve()))};
}
