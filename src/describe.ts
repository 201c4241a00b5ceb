const LIMIT = 40;

function cut(text: string): string {
	return text.length > LIMIT ? `${text.slice(0, LIMIT)}… (${text.length} characters)` : text;
}

/**
 * Describe any value for an error message without running its code: no `toString`, `valueOf` or proxy trap
 * is called, and long strings, bigints and symbol descriptions are cut short. Internal; not exported.
 */
export function describe(value: unknown): string {
	switch (typeof value) {
		case 'string': {
			return value.length > LIMIT ? `${JSON.stringify(value.slice(0, LIMIT))}… (a string of ${value.length} characters)` : JSON.stringify(value);
		}
		case 'number': {
			return Object.is(value, -0) ? '-0' : String(value);
		}
		case 'bigint': {
			return cut(`${value}n`);
		}
		case 'symbol': {
			return cut(String(value));
		}
		case 'function': {
			return 'a function';
		}
		case 'object': {
			return value === null ? 'null' : describeObject(value);
		}
		default: {
			return String(value);
		}
	}
}

function describeObject(value: object): string {
	try {
		return Array.isArray(value) ? 'an array' : 'an object';
	} catch {
		return 'a revoked proxy';
	}
}
