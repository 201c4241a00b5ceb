/** The two usage lines, at the top of `--help` and on standard error after every usage error. */
export const USAGE = 'Usage: typed-http-status [--json] [code | class | search words]\n       typed-http-status --help | --version\n';

/** The `--help` text. */
export const HELP_TEXT: string = `${USAGE}
Look up HTTP status codes in the registry that the typed-http-status library is built from.

  typed-http-status 418        one code: phrase, class, standing, reference, constant to import, meaning
  typed-http-status 599        a valid code that nothing names: says so, and gives its class
  typed-http-status 4xx        every named code of a class, one per line
  typed-http-status teapot     search phrases, constant names (deprecated ones too) and codes, best first:
                               "not found", NOT_FOUND and HTTP_404_NOT_FOUND all find 404
  typed-http-status            every named code, grouped by class
  typed-http-status openapi FILE   the response keys of every operation of an OpenAPI description
                               (JSON), as a module for typed-http-status/openapi (docs/openapi.md)

Options:
  --json        print one JSON document instead of text (fields in docs/cli.md)
  -h, --help    print this help
  --version     print the version
  --            end of options: what follows is the query

Exit status: 0 answered, 1 unknown code or no match (suggestions on standard error), 2 bad usage,
74 standard output could not be written (a closed pipe is no error: the answer's status stays).
Colours by class on a terminal. FORCE_COLOR=0 or 1 turns colour off or on; otherwise NO_COLOR
(not empty) or TERM=dumb turns it off.
`;
