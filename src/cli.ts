import {painter, wantsColour} from './cli/colour.ts';
import {HELP_TEXT, USAGE} from './cli/help-text.ts';
import {parseArguments} from './cli/parse-arguments.ts';
import {renderJson} from './cli/render-json.ts';
import {renderText} from './cli/render-text.ts';
import {resolveQuery} from './cli/resolve-query.ts';

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
	/** The environment; only `NO_COLOR` is read. */
	readonly env: Readonly<Record<string, string | undefined>>;
	/** The package's version, for `--version`. */
	readonly version: string;
}

/** Exit status: answered. */
export const EXIT_OK = 0;
/** Exit status: an unknown code or class, or a search without a match. */
export const EXIT_NOT_FOUND = 1;
/** Exit status: a malformed option or an empty query. */
export const EXIT_USAGE = 2;

/**
 * Run the `typed-http-status` command line (docs/cli.md) on its arguments, writing to `io`; returns the exit
 * status. Everything it prints comes from the library's own exports, never from a file.
 *
 * @example
 * ```ts
 * import {run} from './cli.ts';
 * run(['418'], {stdout: process.stdout, stderr: process.stderr, env: process.env, version: '0.1.0'});
 * // prints 418 I'm a teapot, its class, standing, reference, constant and meaning
 * //=> 0
 * ```
 */
export function run(args: readonly string[], io: CliIo): number {
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
