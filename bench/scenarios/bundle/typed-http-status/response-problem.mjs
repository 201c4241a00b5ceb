// typed-http-status/response, for comparison with response-json.mjs: `problem`, which carries the phrase table.
import {problem} from 'typed-http-status/response';

export function handle() {
	return problem(404);
}
