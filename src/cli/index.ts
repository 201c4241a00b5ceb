import {painter, wantsColour} from './colour.ts';
import {HELP_TEXT, USAGE} from './help-text.ts';
import {openapiModule, type DescriptionError} from './openapi.ts';
import {parseArguments} from './parse-arguments.ts';
import {renderJson} from './render-json.ts';
import {renderText} from './render-text.ts';
import {resolveQuery} from './resolve-query.ts';
import {escapeControls} from '../escape-text.ts';

/** Where the command line writes: `process.stdout` and `process.stderr` fit, and so does a test's fake. */
export interface Writer {
	write(text: string): unknown;
	/** True when the output is a terminal; colours are used only then. */
	readonly isTTY?: boolean | undefined;
}

/** Everything the command line takes from its process, passed in so that it runs anywhere and in tests. */
export interface CliIo {
	readonly stdout: Writer;
	readonly stderr: Writer;
	/** The environment; only `FORCE_COLOR`, `NO_COLOR` and `TERM` are read (see {@link wantsColour}). */
	readonly env: Readonly<Record<string, string | undefined>>;
	/** The package's version, for `--version`. */
	readonly version: string;
	/** Reads a file as UTF-8 text, for `typed-http-status openapi <file>`; throws Node.js's error (with its `code`) when it cannot. */
	readonly readFile?: (path: string) => string;
}

/** Exit status: answered. */
export const EXIT_OK = 0;
/** Exit status: an unknown code or class, or a search without a match. */
export const EXIT_NOT_FOUND = 1;
/** Exit status: a malformed option or an empty query. */
export const EXIT_USAGE = 2;
/** Exit status: standard output could not be written for a reason other than its reader going away (`EX_IOERR` of sysexits.h). */
export const EXIT_WRITE_ERROR = 74;

/**
 * Run the `typed-http-status` command line (docs/cli.md) on its arguments, writing to `io`; returns the exit
 * status. Everything it prints comes from the library's own exports, never from a file.
 *
 * @example
 * ```ts
 * import {run} from './index.ts';
 * run(['418'], {stdout: process.stdout, stderr: process.stderr, env: process.env, version: '0.1.0'});
 * // prints 418 I'm a teapot, its class, standing, reference, constant and meaning
 * //=> 0
 * ```
 */
export function run(args: readonly string[], io: CliIo): number {
	if (args[0] === 'openapi') {
		return runOpenapi(args.slice(1), io);
	}
	const request = parseArguments(args);
	switch (request.action) {
		case 'help': {
			io.stdout.write(HELP_TEXT);
			return EXIT_OK;
		}
		case 'version': {
			io.stdout.write(`${io.version}\n`);
			return EXIT_OK;
		}
		case 'usage-error': {
			io.stderr.write(`typed-http-status: ${request.message}\n${USAGE}Run typed-http-status --help for more.\n`);
			return EXIT_USAGE;
		}
		case 'lookup': {
			const answer = resolveQuery(request.query);
			const text = renderText(answer, painter(!request.json && wantsColour(io.stdout, io.env)));
			if (text.stderr !== '') {
				io.stderr.write(text.stderr);
			}
			const output = request.json ? renderJson(answer) : text.stdout;
			if (output !== '') {
				io.stdout.write(output);
			}
			return answer.kind === 'error' ? EXIT_NOT_FOUND : EXIT_OK;
		}
	}
}

/** `typed-http-status openapi <file>`: the module of response keys, or one line on standard error. */
function runOpenapi(args: readonly string[], io: CliIo): number {
	if (args.length !== 1 || args[0]!.startsWith('-') || io.readFile === undefined) {
		io.stderr.write('typed-http-status: usage: typed-http-status openapi <file.json>\n');
		return EXIT_USAGE;
	}
	try {
		io.stdout.write(openapiModule(args[0]!, io.readFile));
		return EXIT_OK;
	} catch (error) {
		// openapiModule throws only DescriptionError, whose message is one line.
		io.stderr.write(`typed-http-status openapi: ${(error as DescriptionError).message}\n`);
		return EXIT_NOT_FOUND;
	}
}

/** A stream of the process, such as `process.stdout`: a {@link Writer} that reports failed writes as `'error'` events. */
export interface OutputStream extends Writer {
	on(event: 'error', listener: (error: unknown) => void): unknown;
}

/** What {@link runInProcess} takes from the process: its streams, environment and version, and where to put the exit status. */
export interface ProcessIo extends CliIo {
	readonly stdout: OutputStream;
	readonly stderr: OutputStream;
	/** Called with the exit status, and called again if a write fails after {@link run} has returned. */
	setExitCode(code: number): void;
}

/**
 * Run the command line as a process: {@link run}, plus what a process must do when its output fails. When the
 * reader of standard output goes away (`EPIPE`, as in `typed-http-status | head -1`) it stops writing and ends
 * quietly with the answer's status; any other failed write (`ENOSPC` on `/dev/full`) gets one line on standard
 * error and {@link EXIT_WRITE_ERROR}. A failed write to standard error itself is ignored: there is nowhere left to
 * tell. Whether a stream fails at once (a file) or later with an `'error'` event (a pipe), no stack trace is printed.
 *
 * @example
 * ```ts
 * import {runInProcess} from './index.ts';
 * runInProcess(['418'], {stdout: process.stdout, stderr: process.stderr, env: process.env, version: '0.1.0', setExitCode: code => (process.exitCode = code)});
 * ```
 */
export function runInProcess(args: readonly string[], io: ProcessIo): void {
	// Only the first failure counts (a stream may report one more than once). `as boolean`, because the closure
	// changes them: without it, the compiler would take `failed` to be still `false` at the end.
	let reported = false as boolean;
	let failed = false as boolean;
	const fail = (error: unknown): void => {
		if (reported) {
			return;
		}
		reported = true;
		if (errorCode(error) !== 'EPIPE') {
			failed = true;
			io.setExitCode(EXIT_WRITE_ERROR);
			attempt(io.stderr, `typed-http-status: cannot write to standard output: ${escapeControls(errorMessage(error))}\n`, ignore);
		}
	};
	io.stdout.on('error', fail);
	io.stderr.on('error', ignore);
	// run writes each stream at most once, so nothing is left to hold back after a failed write.
	const stdout: Writer = {isTTY: io.stdout.isTTY, write: text => attempt(io.stdout, text, fail)};
	const stderr: Writer = {write: text => attempt(io.stderr, text, ignore)};
	const status = run(args, {...io, stdout, stderr});
	if (!failed) {
		io.setExitCode(status);
	}
}

function ignore(): void {
	// A failed write to standard error: there is nowhere left to report it.
}

// Write, and hand a synchronous failure (a file such as /dev/full fails at once) to `onError`; a stream that fails
// later reports it to its 'error' listener instead.
function attempt(stream: Writer, text: string, onError: (error: unknown) => void): void {
	try {
		stream.write(text);
	} catch (error) {
		onError(error);
	}
}

function errorCode(error: unknown): unknown {
	return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
