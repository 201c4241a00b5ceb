import {expectAssignable, expectError, expectNotAssignable, expectType} from 'tsd';
import type {IsEqual} from 'type-fest';
import {
	assertNever,
	HTTP_200_OK,
	HTTP_201_CREATED,
	HTTP_204_NO_CONTENT,
	HTTP_303_SEE_OTHER,
	HTTP_400_BAD_REQUEST,
	HTTP_404_NOT_FOUND,
	HTTP_422_UNPROCESSABLE_CONTENT,
	HTTP_500_INTERNAL_SERVER_ERROR,
	parseStatus,
	type HttpStatus,
	type Status4xx,
	type StatusClass,
	type UnregisteredStatus,
} from '../dist/index.js';
import type {TypedResponse} from '../dist/response.js';
import {
	readFetchResult,
	readResponse,
	responder,
	type DeclaredKeys,
	type OperationBody,
	type OperationResponse,
	type OperationResult,
	type OperationStatus,
	type StatusOfKey,
} from '../dist/openapi.js';
import type {components, operations, paths} from '../test/fixtures/openapi/pets.js';

type Pet = components['schemas']['Pet'];
type Problem = components['schemas']['Problem'];
type ApiError = components['schemas']['Error'];
type GetPet = operations['getPet'];
type DeletePet = operations['deletePet'];
declare const response: Response;

// A closed operation: exactly its status literals, through operations[id] and through paths[path][method].
expectType<true>({} as IsEqual<OperationStatus<DeletePet>, 204 | 404>);
expectType<true>({} as IsEqual<OperationStatus<paths['/pets/{petId}']['delete']>, 204 | 404>);
expectType<true>({} as IsEqual<OperationStatus<operations['listPets']>, 200 | 400>);

// A range key admits every other status of its class, named or not (499 from parseStatus), and default the rest.
type GetPetStatus = OperationStatus<GetPet>;
expectType<true>({} as IsEqual<Extract<GetPetStatus, Status4xx>, Status4xx>);
expectType<true>({} as IsEqual<StatusOfKey<GetPet, '4XX'>, Exclude<Status4xx, 404> | UnregisteredStatus<'4xx'>>);
expectAssignable<GetPetStatus>(HTTP_422_UNPROCESSABLE_CONTENT);
expectAssignable<GetPetStatus>(parseStatus('499') as UnregisteredStatus<'4xx'>);
expectAssignable<GetPetStatus>(HTTP_500_INTERNAL_SERVER_ERROR);
expectAssignable<GetPetStatus>(HTTP_303_SEE_OTHER);
expectAssignable<GetPetStatus>(0 as UnregisteredStatus<'5xx'>);
// Nothing is dropped: every HTTP status is one the operation declares.
expectType<true>({} as IsEqual<Exclude<HttpStatus, GetPetStatus>, never>);
// createPet has 201, 422 and 5XX only: no default, so a 404 or a 2xx other than 201 is not declared.
type CreatePetStatus = OperationStatus<operations['createPet']>;
expectNotAssignable<CreatePetStatus>(HTTP_404_NOT_FOUND);
expectNotAssignable<CreatePetStatus>(HTTP_200_OK);
expectAssignable<CreatePetStatus>(0 as UnregisteredStatus<'5xx'>);
expectType<true>({} as IsEqual<Exclude<HttpStatus<Exclude<StatusClass, '5xx'>>, CreatePetStatus>, Exclude<HttpStatus<Exclude<StatusClass, '5xx'>>, 201 | 422>>);

// Bodies by literal, by range and by default; null without content; by media type.
expectType<Pet>({} as OperationBody<GetPet, 200>);
expectType<string>({} as OperationBody<GetPet, 200, 'text/plain'>);
expectType<Problem>({} as OperationBody<GetPet, 404, 'application/problem+json'>);
expectType<ApiError>({} as OperationBody<GetPet, 422>);
expectType<ApiError>({} as OperationBody<GetPet, '4XX'>);
expectType<ApiError>({} as OperationBody<GetPet, UnregisteredStatus<'4xx'>>);
expectType<ApiError>({} as OperationBody<GetPet, 503>);
expectType<ApiError>({} as OperationBody<GetPet, 'default'>);
expectType<null>(null as OperationBody<DeletePet, 204>);
expectType<string>({} as OperationBody<operations['createPet'], 502, 'text/plain'>);

// The key lists: exactly the operation's keys, in the command line's order.
expectType<true>({} as IsEqual<DeclaredKeys<GetPet>, readonly [200, 404, '4XX', 'default']>);
expectType<true>({} as IsEqual<DeclaredKeys<operations['createPet']>, readonly [201, 422, '5XX']>);
expectError(readResponse<GetPet>(response, [200, '4XX', 'default'])); // 404 missing
expectError(readResponse<GetPet>(response, [200, 404, '4XX'])); // default missing
expectError(readResponse<DeletePet>(response, [204, 404, 500])); // one too many
expectError(readResponse<DeletePet>(response, [204, 405])); // a key the operation does not have

async function client() {
	// A closed operation: switch (status) narrows the body and proves exhaustiveness.
	const deleted = await readResponse<DeletePet>(response, [204, 404]);
	switch (deleted.status) {
		case 204: {
			expectType<null>(deleted.body);
			break;
		}
		case 404: {
			expectType<Problem>(deleted.body);
			break;
		}
		default: {
			assertNever(deleted);
		}
	}
	// An open one: switch (key) narrows the body, the status to what the key covers, and is exhaustive too.
	const found = await readResponse<GetPet>(response, [200, 404, '4XX', 'default']);
	switch (found.key) {
		case 200: {
			expectType<Pet | string>(found.body);
			expectType<200>(found.status);
			break;
		}
		case 404: {
			expectType<Problem>(found.body);
			break;
		}
		case '4XX': {
			expectType<ApiError>(found.body);
			expectAssignable<typeof found.status>(parseStatus('499') as UnregisteredStatus<'4xx'>);
			expectNotAssignable<typeof found.status>(HTTP_404_NOT_FOUND);
			break;
		}
		case 'default': {
			expectType<ApiError>(found.body);
			break;
		}
		default: {
			assertNever(found);
		}
	}
	expectType<OperationResult<GetPet>>(found);
	expectType<OperationResult<DeletePet>>(readFetchResult<DeletePet>({response}, [204, 404]));
}
void client;

function incomplete(result: OperationResult<DeletePet>): string {
	switch (result.status) {
		case 204: {
			return 'deleted';
		}
		default: {
			// 404 is not handled
			expectError(assertNever(result));
			return '';
		}
	}
}
void incomplete;

// The server side: only declared statuses, each with its schema.
const pets = responder<GetPet>();
expectType<TypedResponse<200>>(pets.json({id: 1, name: 'Rex'}, HTTP_200_OK));
expectType<TypedResponse<422>>(pets.json({code: 422, message: 'no'}, HTTP_422_UNPROCESSABLE_CONTENT));
expectType<TypedResponse<200>>(pets.text('Rex', HTTP_200_OK));
expectType<TypedResponse<404>>(pets.problem(HTTP_404_NOT_FOUND, {detail: 'no pet 7'}));
// problem sets type, title and status itself: refused, even as undefined, as the core problem refuses them.
expectType<TypedResponse<404>>(pets.problem(HTTP_404_NOT_FOUND, {detail: 'no pet 7', petId: 7}));
expectError(pets.problem(HTTP_404_NOT_FOUND, {status: 500}));
expectError(pets.problem(HTTP_404_NOT_FOUND, {type: undefined}));
expectError(pets.problem(HTTP_404_NOT_FOUND, {title: 'Gone'}));
expectError(pets.json({id: 1}, HTTP_200_OK)); // no name: not the 200 schema
expectError(pets.json({id: 1, name: 'Rex'}, HTTP_400_BAD_REQUEST)); // the 4XX schema is Error
expectError(pets.empty(HTTP_204_NO_CONTENT)); // 204 is covered by default, which has content
const deletes = responder<DeletePet>();
expectType<TypedResponse<204>>(deletes.empty(HTTP_204_NO_CONTENT));
expectError(deletes.json({id: 1, name: 'Rex'}, HTTP_201_CREATED)); // 201 is not declared
expectError(deletes.json({}, HTTP_200_OK)); // nor 200
expectError(deletes.empty(HTTP_404_NOT_FOUND)); // 404 has content
const finds = responder<operations['findPetByName']>();
expectType<TypedResponse<303>>(finds.redirect('/pets/7', HTTP_303_SEE_OTHER));
expectError(finds.redirect('/pets/7', 301));

// A handler's result type: the union of the declared statuses' responses.
const handler = (found: boolean): OperationResponse<DeletePet> => (found ? deletes.empty(HTTP_204_NO_CONTENT) : deletes.problem(HTTP_404_NOT_FOUND));
void handler;
expectNotAssignable<OperationResponse<DeletePet>>(pets.json({id: 1, name: 'Rex'}, HTTP_200_OK));
expectAssignable<OperationResponse<GetPet>>(pets.json({code: 1, message: 'teapot'}, 418));
