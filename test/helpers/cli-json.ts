import {STATUS_CLASS_GUARDS} from '../../src/registry.ts';
import type {StatusJson} from '../../src/cli/render-json.ts';
import {STATUS_CLASS_TITLES, type StatusInfo} from '../../src/registry.ts';

/** What `--json` must say about a named code: everything in the registry, nothing else (docs/cli.md). */
export function expectedJson(info: StatusInfo): StatusJson {
	return {
		code: info.code,
		named: true,
		phrase: info.phrase,
		class: info.class,
		classTitle: STATUS_CLASS_TITLES[info.class],
		standing: info.standing,
		reference: info.reference,
		constant: info.constant,
		deprecated: [...info.deprecated],
		meaning: info.meaning,
		note: info.note ?? null,
		guard: STATUS_CLASS_GUARDS[info.class],
	};
}
