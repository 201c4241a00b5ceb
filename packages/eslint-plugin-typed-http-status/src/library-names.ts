// The status constants of the libraries `prefer-typed-http-status` migrates from. A member whose name reads like
// one of ours (`NOT_FOUND`, `NotFound`: see `statusNamed`) is that code; only the members whose name does not
// are listed here, with the value the library gives them. test/eslint-plugin/library-names.test.ts loads each
// installed library and checks every member it exports against what these tables make of it.
import {namedStatus, statusNamed, type NamedStatus} from './status-names.ts';

/** How a library is imported and which of its names hold status codes. */
export interface StatusLibrary {
	/** The package name, such as `'http-status-codes'`. */
	readonly module: string;
	/** What it is called in messages and docs. */
	readonly title: string;
	/** The exported object holding the codes (`StatusCodes`), or `'default'` when it is the default export. */
	readonly exportName: string;
	/** Other exports that are that same object (http-status exports it both as default and as `status`). */
	readonly alsoExportedAs: readonly string[];
	/** The members whose name is not one of ours, with the code the library gives them. */
	readonly unmatched: Readonly<Record<string, number>>;
	/** Codes whose reason phrase in the library differs from ours (http-status-codes and http-status only). */
	readonly phrasesDiffer: readonly number[];
	/** Whether the package is about status codes alone, so that migrating means removing every import of it. */
	readonly statusOnly: boolean;
	/** Whether `codes[codes.X]` is the reason phrase (http-status's table), not the member's name (an enum's reverse mapping). */
	readonly keyedPhrase: boolean;
}

/**
 * The four libraries, in the order the docs list them.
 *
 * @example
 * ```ts
 * STATUS_LIBRARIES.map(library => library.module);
 * //=> ['http-status-codes', 'http-status', '@nestjs/common', 'axios']
 * ```
 */
export const STATUS_LIBRARIES: readonly StatusLibrary[] = [
	{
		module: 'http-status-codes',
		title: 'http-status-codes',
		exportName: 'StatusCodes',
		alsoExportedAs: [],
		unmatched: {MOVED_TEMPORARILY: 302, REQUEST_TOO_LONG: 413, INSUFFICIENT_SPACE_ON_RESOURCE: 419, METHOD_FAILURE: 420},
		phrasesDiffer: [203, 302, 413, 414, 416, 419, 420, 422],
		statusOnly: true,
		keyedPhrase: false,
	},
	{
		module: 'http-status',
		title: 'http-status',
		exportName: 'default',
		alsoExportedAs: ['status'],
		unmatched: {SWITCH_PROXY: 306},
		phrasesDiffer: [207, 306, 408, 413, 414, 416, 422, 504, 505],
		statusOnly: true,
		keyedPhrase: true,
	},
	{
		module: '@nestjs/common',
		title: 'NestJS',
		exportName: 'HttpStatus',
		alsoExportedAs: [],
		unmatched: {CONTENT_DIFFERENT: 210, AMBIGUOUS: 300, PAYLOAD_TOO_LARGE: 413, I_AM_A_TEAPOT: 418, MISDIRECTED: 421, UNRECOVERABLE_ERROR: 456},
		phrasesDiffer: [],
		statusOnly: false,
		keyedPhrase: false,
	},
	{
		module: 'axios',
		title: 'axios',
		exportName: 'HttpStatusCode',
		alsoExportedAs: [],
		unmatched: {
			Unused: 306,
			PayloadTooLarge: 413,
			WebServerReturnsAnUnknownError: 520,
			WebServerIsDown: 521,
			ConnectionTimedOut: 522,
			OriginIsUnreachable: 523,
			TimeoutOccurred: 524,
			SslHandshakeFailed: 525,
			InvalidSslCertificate: 526,
		},
		phrasesDiffer: [],
		statusOnly: false,
		keyedPhrase: false,
	},
];

/**
 * The code a library's member holds, as far as the tables know: its listed value, else the code of our constant
 * with the same name; `undefined` for a name that is neither (the rule leaves such a member alone).
 *
 * @example
 * ```ts
 * libraryCode(STATUS_LIBRARIES[0], 'MOVED_TEMPORARILY');
 * //=> 302
 * ```
 */
export function libraryCode(library: StatusLibrary, member: string): number | undefined {
	return Object.hasOwn(library.unmatched, member) ? library.unmatched[member] : statusNamed(member)?.code;
}

/**
 * What a library's member becomes: our constant for its code (`constant`); our constant for its code while our
 * constant of the same name is another code (`renamed`: only suggested, never fixed); or nothing, for a code we do
 * not name (`unnamed`). `undefined` for a member the tables do not know.
 *
 * @example
 * ```ts
 * migrationTarget(STATUS_LIBRARIES[0], 'MOVED_TEMPORARILY')?.kind;
 * //=> 'constant'
 * ```
 */
export function migrationTarget(library: StatusLibrary, member: string): MigrationTarget | undefined {
	const code = libraryCode(library, member);
	if (code === undefined) {
		return undefined;
	}
	const named = namedStatus(code);
	if (named === undefined) {
		return {kind: 'unnamed', code};
	}
	const sameName = statusNamed(member);
	return sameName !== undefined && sameName.code !== code ? {kind: 'renamed', code, named, sameName} : {kind: 'constant', code, named};
}

/** The outcome of {@link migrationTarget}. */
export type MigrationTarget =
	| {readonly kind: 'constant'; readonly code: number; readonly named: NamedStatus}
	| {readonly kind: 'renamed'; readonly code: number; readonly named: NamedStatus; readonly sameName: NamedStatus}
	| {readonly kind: 'unnamed'; readonly code: number};
