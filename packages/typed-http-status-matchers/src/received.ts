import {bodyText} from './body-text.ts';
import {describeValue, excerpt} from './escape.ts';
import {getPrototypeOf, hasOwn, ownDescriptor} from '../../../src/built-ins.ts';

/** How much of a received body a failure message shows. */
const BODY_LIMIT = 300;

/**
 * What a received value says about its status: the number, and a way to read its body for a failure message (read
 * only then, so that a body that cannot be read never changes the verdict).
 */
export type ReceivedStatus = {readonly status: number; readonly body: () => string | undefined} | {readonly problem: string};

const NO_BODY = (): undefined => undefined;

/**
 * Read the status of whatever an API test holds: a number, a fetch `Response`, or any object with a numeric
 * `status` or `statusCode` (supertest, light-my-request, `IncomingMessage`, axios). Never throws: a getter that
 * throws, or a value without a status, becomes a `problem` that says what was received. Internal.
 */
export function readReceived(received: unknown): ReceivedStatus {
	if (typeof received === 'number') {
		return {status: received, body: NO_BODY};
	}
	if ((typeof received !== 'object' && typeof received !== 'function') || received === null) {
		return {problem: `received ${describeValue(received)}, not a response or a status code`};
	}
	try {
		const status: unknown = (received as {status?: unknown}).status;
		const code = typeof status === 'number' ? status : (received as {statusCode?: unknown}).statusCode;
		if (typeof code !== 'number') {
			return {problem: `received ${describeValue(received)} with neither a numeric \`status\` nor a numeric \`statusCode\``};
		}
		return {status: code, body: () => readBody(received)};
	} catch (error) {
		return {problem: `received ${describeValue(received)} whose status could not be read (${excerpt(errorText(error), 100)})`};
	}
}

// The bodies that test clients hold synchronously: supertest's `text` (the raw body) or `body` (parsed JSON),
// light-my-request's `payload`. A fetch Response's `body` is a stream and is left alone. Read only for a failure
// message; a getter that throws leaves the body out of it.
function readBody(received: object): string | undefined {
	try {
		const {text, payload, body} = received as {text?: unknown; payload?: unknown; body?: unknown};
		const raw = typeof text === 'string' ? text : typeof payload === 'string' ? payload : plainBody(body);
		return raw === undefined || raw === '' ? undefined : excerpt(raw, BODY_LIMIT);
	} catch {
		return undefined;
	}
}

function plainBody(body: unknown): string | undefined {
	if (typeof body === 'string') {
		return body;
	}
	if (typeof body !== 'object' || body === null) {
		return undefined;
	}
	const prototype = getPrototypeOf(body);
	if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) {
		return undefined; // a stream, a Buffer, a Blob: not a body we can show without reading it
	}
	return bodyText(body, BODY_LIMIT);
}

// `Name: message` of a thrown value, read as own data: a message that is not a string (a Symbol, a getter) is described.
function errorText(error: unknown): string {
	if (typeof error === 'string') {
		return error;
	}
	try {
		if (!(error instanceof Error)) {
			return 'a thrown non-error';
		}
		const message: unknown = hasOwn(error, 'message') ? ownDescriptor(error, 'message')?.value : undefined;
		const prototype = getPrototypeOf(error);
		const name: unknown = prototype === null ? undefined : ownDescriptor(prototype, 'name')?.value;
		return `${typeof name === 'string' ? name : 'Error'}: ${typeof message === 'string' ? message : describeValue(message)}`;
	} catch {
		return 'a thrown value that could not be read';
	}
}
