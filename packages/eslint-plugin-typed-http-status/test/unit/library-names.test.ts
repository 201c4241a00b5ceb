// The name tables of `prefer-typed-http-status`, checked against each library's own installed package: every
// member that holds a code maps to that code, every listed exception is a real member, and the phrases the
// rule calls different are exactly those that differ.
import {HttpStatus} from '@nestjs/common';
import {HttpStatusCode} from 'axios';
import {status as httpStatus} from 'http-status';
import {getReasonPhrase, StatusCodes} from 'http-status-codes';
import {describe, expect, test} from 'vitest';
import {libraryCode, migrationTarget, STATUS_LIBRARIES, type StatusLibrary} from '../../src/library-names.ts';
import {reasonPhrase} from 'typed-http-status';

function library(module: string): StatusLibrary {
	const found = STATUS_LIBRARIES.find(candidate => candidate.module === module);
	if (found === undefined) {
		throw new Error(`no table for ${module}`);
	}
	return found;
}

/** The members of an exported object (or TypeScript enum) that hold a code, by name. */
function codeMembers(object: object): Array<[string, number]> {
	return Object.entries(object).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && /^[A-Za-z_]+$/.test(entry[0]));
}

const installed = [
	['http-status-codes', StatusCodes],
	['http-status', httpStatus],
	['@nestjs/common', HttpStatus],
	['axios', HttpStatusCode],
] as const;

describe.each(installed)('%s', (module, object) => {
	const table = library(module);
	const members = codeMembers(object);

	test('the installed package has the members the table expects', () => {
		expect(members.length).toBeGreaterThan(50);
		for (const name of Object.keys(table.unmatched)) {
			expect(
				members.map(([member]) => member),
				name,
			).toContain(name);
		}
	});

	test('every member maps to the code the library gives it', () => {
		const wrong = members
			.filter(([name, code]) => libraryCode(table, name) !== code)
			.map(([name, code]) => `${name}=${code}: rule says ${libraryCode(table, name)}`);
		expect(wrong).toEqual([]);
	});
});

test('http-status-codes: the phrases called different are exactly those getReasonPhrase words differently from ours', () => {
	const codes = codeMembers(StatusCodes).map(([, code]) => code);
	const differ = codes.filter(code => getReasonPhrase(code) !== reasonPhrase(code)).sort((a, b) => a - b);
	expect(differ).toEqual([...library('http-status-codes').phrasesDiffer]);
});

test('http-status: the phrases called different are exactly those status[code] words differently from ours', () => {
	const codes = Object.keys(httpStatus)
		.filter(key => /^\d{3}$/.test(key))
		.map(Number);
	expect(codes.length).toBeGreaterThan(55);
	const differ = codes.filter(code => httpStatus[code as keyof typeof httpStatus] !== reasonPhrase(code)).sort((a, b) => a - b);
	expect(differ).toEqual([...library('http-status').phrasesDiffer]);
});

test('a name neither listed nor one of ours is left alone', () => {
	expect(libraryCode(library('http-status-codes'), 'NOT_A_CODE')).toBeUndefined();
	expect(libraryCode(library('http-status'), 'NOT_FOUND_NAME')).toBeUndefined();
	expect(libraryCode(library('axios'), 'constructor')).toBeUndefined();
});

test('a member whose code differs from our constant of the same name is a rename, only ever suggested', () => {
	// None of the four libraries has one today (the tests above prove it); a table that did would read like this.
	const drifted: StatusLibrary = {...library('axios'), unmatched: {NotFound: 410}};
	expect(migrationTarget(drifted, 'NotFound')).toMatchObject({
		kind: 'renamed',
		code: 410,
		named: {constant: 'HTTP_410_GONE'},
		sameName: {constant: 'HTTP_404_NOT_FOUND'},
	});
	expect(migrationTarget(library('axios'), 'NotFound')).toMatchObject({kind: 'constant', code: 404});
	expect(migrationTarget(library('axios'), 'WebServerIsDown')).toEqual({kind: 'unnamed', code: 521});
	expect(migrationTarget(library('axios'), 'NotAMember')).toBeUndefined();
});
