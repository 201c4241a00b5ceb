// typed-http-status/response, the json budget: a fetch handler answering with `json` alone.
import {json} from 'typed-http-status/response';

export function handle() {
	return json({ok: true});
}
