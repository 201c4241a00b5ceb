import {escapeControls, excerpt} from './escape.ts';

/** How much of a received body a failure message shows. */
const BODY_LIMIT = 300;

/** What a received value says about its status: the number and, when it carries one synchronously, its body. */
export type ReceivedStatus = {readonly status: number; readonly body: string | undefined} | {readonly problem: string};

/**
 * Read the status of whatever an API test holds: a number, a fetch `Response`, or any object with a numeric
 * `status` or `statusCode` (supertest, light-my-request, `IncomingMessage`, axios). Never throws: a getter that
 * throws, or a value without a status, becomes a `problem` that says what was received. Internal.
 */
export function readReceived(received: unknown): ReceivedStatus {
	if (typeof received === 'number') {
		return {status: received, body: undefined};
	}
	if ((typeof received !== 'object' && typeof received !== 'function') || received === null) {
		return {problem: `received ${describePrimitive(received)}, not a response or a status code`};
	}
	try {
		const {status, statusCode} = received as {status?: unknown; statusCode?: unknown};
		const code = typeof status === 'number' ? status : statusCode;
		if (typeof code !== 'number') {
			return {problem: `received ${describeObject(received)} with neither a numeric \`status\` nor a numeric \`statusCode\``};
		}
		return {status: code, body: readBody(received)};
	} catch (error) {
		return {problem: `received ${describeObject(received)} whose status could not be read (${escapeControls(excerpt(errorText(error), 100))})`};
	}
}

// The bodies that test clients hold synchronously: supertest's `text` (the raw body) or `body` (parsed JSON),
// light-my-request's `payload`. A fetch Response's `body` is a stream and is left alone.
function readBody(received: object): string | undefined {
	const {text, payload, body} = received as {text?: unknown; payload?: unknown; body?: unknown};
	const raw = typeof text === 'string' ? text : typeof payload === 'string' ? payload : plainBody(body);
	return raw === undefined || raw === '' ? undefined : escapeControls(excerpt(raw, BODY_LIMIT));
}

function plainBody(body: unknown): string | undefined {
	if (typeof body === 'string') {
		return body;
	}
	if (typeof body !== 'object' || body === null) {
		return undefined;
	}
	const prototype: unknown = Object.getPrototypeOf(body);
	if (!Array.isArray(body) && prototype !== Object.prototype && prototype !== null) {
		return undefined; // a stream, a Buffer, a Blob: not a body we can show without reading it
	}
	try {
		return JSON.stringify(body);
	} catch {
		return undefined; // a cycle or a BigInt: nothing trustworthy to show
	}
}

function describePrimitive(value: unknown): string {
	switch (typeof value) {
		case 'string': {
			return `the string ${escapeControls(excerpt(JSON.stringify(value), 40))}`;
		}
		case 'bigint': {
			return `the bigint ${excerpt(`${value}n`, 40)}`;
		}
		case 'symbol': {
			return `a symbol`;
		}
		default: {
			return String(value); // undefined, null, true, false
		}
	}
}

function describeObject(value: object): string {
	if (typeof value === 'function') {
		return 'a function';
	}
	try {
		if (Array.isArray(value)) {
			return 'an array';
		}
		const prototype: unknown = Object.getPrototypeOf(value);
		const name: unknown = typeof prototype === 'object' && prototype !== null ? (prototype as {constructor?: {name?: unknown}}).constructor?.name : undefined;
		return typeof name === 'string' && name !== '' && name !== 'Object' ? `an object (${escapeControls(excerpt(name, 40))})` : 'an object';
	} catch {
		return 'an object';
	}
}

function errorText(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : 'a thrown non-error';
}
