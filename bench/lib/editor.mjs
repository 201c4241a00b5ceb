// @ts-check
// An editor, driven from a script: open one file in a language server, change it, ask for its diagnostics. Two
// servers, the ones an editor runs: TypeScript 6's tsserver (node_modules/typescript/lib/tsserver.js, its own JSON
// protocol over stdio) and TypeScript 7's language server (`tsc --lsp --stdio` of node_modules/typescript7, the
// Language Server Protocol). Both read the tsconfig.json beside the file, as an editor's would.
import {spawn} from 'node:child_process';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {root} from './link.mjs';

/** The two servers, by the name the report uses. */
export const servers = {
	'tsserver 6': join(root, 'node_modules/typescript/lib/tsserver.js'),
	'tsc 7 --lsp': join(root, 'node_modules/typescript7/bin/tsc'),
};

/** @typedef {keyof typeof servers} Server */

/**
 * @typedef {object} Diagnostic
 * @property {number} code the TypeScript error code: 2322.
 * @property {number} line its first line, from 1.
 * @property {string} message the message's first line.
 */

/**
 * @typedef {object} EditorSession
 * @property {(start: number, end: number, text: string) => void} change replace characters `start` to `end` of the
 *   file's current text with `text`, as a keystroke would (the server is told; nothing is written to disk).
 * @property {() => Promise<Diagnostic[]>} diagnostics the file's semantic diagnostics (tsserver's
 *   `semanticDiagnosticsSync`; the language server's `textDocument/diagnostic`, which adds the syntactic ones).
 * @property {() => Promise<void>} close stop the server.
 */

/** How long a server may take to answer one request before the session fails, in milliseconds. */
const TIMEOUT = 120_000;

/**
 * Split a stream of `Content-Length: N\r\n\r\n<N bytes of JSON>` messages (the framing of both protocols).
 *
 * @param {import('node:stream').Readable} stream the server's stdout.
 * @param {(message: any) => void} onMessage called with each parsed message.
 */
function readMessages(stream, onMessage) {
	let buffer = Buffer.alloc(0);
	stream.on('data', (/** @type {Buffer} */ chunk) => {
		buffer = Buffer.concat([buffer, chunk]);
		for (;;) {
			const end = buffer.indexOf('\r\n\r\n');
			if (end === -1) {
				return;
			}
			const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, end).toString('latin1'))?.[1] ?? Number.NaN);
			if (!Number.isInteger(length)) {
				throw new Error(`the language server sent a message without a Content-Length: ${buffer.subarray(0, 200).toString()}`);
			}
			if (buffer.length < end + 4 + length) {
				return;
			}
			const body = buffer.subarray(end + 4, end + 4 + length).toString('utf8');
			buffer = buffer.subarray(end + 4 + length);
			onMessage(JSON.parse(body));
		}
	});
}

/**
 * The line (from 0) and column (from 0, in UTF-16 units) of a character offset.
 *
 * @param {string} text the file.
 * @param {number} offset a character offset in it.
 * @returns {{line: number, character: number}} its position.
 */
function position(text, offset) {
	const before = text.slice(0, offset).split('\n');
	return {line: before.length - 1, character: before.at(-1)?.length ?? 0};
}

/**
 * Start a server, with requests matched to their answers by sequence number.
 *
 * @param {string[]} args the command line after `node`.
 * @param {string} cwd its working folder.
 * @param {(message: any) => number | string | undefined} idOf the answer's request number, or `undefined`.
 * @param {(message: any, send: (message: object) => void) => void} [onOther] called with every other message.
 */
function startServer(args, cwd, idOf, onOther) {
	const child = spawn(process.execPath, args, {cwd, stdio: ['pipe', 'pipe', 'pipe']});
	/** @type {Map<number | string, {resolve: (message: any) => void, reject: (error: Error) => void}>} */
	const pending = new Map();
	let stderr = '';
	child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
		stderr = (stderr + chunk.toString()).slice(-2000);
	});
	const fail = (/** @type {Error} */ error) => {
		for (const waiting of pending.values()) {
			waiting.reject(error);
		}
		pending.clear();
	};
	child.on('exit', code => fail(new Error(`the language server exited (${code}) with requests pending: ${stderr}`)));
	child.on('error', fail);
	/** @param {object} message */
	const write = message => {
		const json = JSON.stringify(message);
		child.stdin.write(args.includes('--lsp') ? `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}` : `${json}\n`);
	};
	readMessages(child.stdout, message => {
		const id = idOf(message);
		const waiting = id === undefined ? undefined : pending.get(id);
		if (id !== undefined && waiting !== undefined) {
			pending.delete(id);
			waiting.resolve(message);
		} else {
			onOther?.(message, write);
		}
	});
	let next = 1;
	/**
	 * @param {(id: number) => object} message the request, given its number.
	 * @returns {Promise<any>} the answer.
	 */
	const request = message => {
		const id = next++;
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`the language server did not answer in ${TIMEOUT / 1000} s: ${stderr}`)), TIMEOUT);
			pending.set(id, {
				resolve: answer => {
					clearTimeout(timer);
					resolve(answer);
				},
				reject: error => {
					clearTimeout(timer);
					reject(error);
				},
			});
			write(message(id));
		});
	};
	const stop = () =>
		/** @type {Promise<void>} */ (
			new Promise(resolve => {
				if (child.exitCode !== null) {
					resolve();
					return;
				}
				child.removeAllListeners('exit');
				child.on('exit', () => resolve());
				child.kill();
			})
		);
	return {write, request, stop, nextId: () => next++};
}

/**
 * Open `file` (whose folder holds its tsconfig.json) in TypeScript 6's tsserver.
 *
 * @param {string} file an absolute path.
 * @param {string} text its contents.
 * @returns {EditorSession} the session.
 */
function openTsserver(file, text) {
	const server = startServer([servers['tsserver 6'], '--disableAutomaticTypingAcquisition', '--suppressDiagnosticEvents'], dirname(file), message =>
		message.type === 'response' ? message.request_seq : undefined,
	);
	let current = text;
	server.write({
		seq: server.nextId(),
		type: 'request',
		command: 'open',
		arguments: {file, fileContent: text, scriptKindName: 'TS', projectRootPath: dirname(file)},
	});
	return {
		change(start, end, insert) {
			const from = position(current, start);
			const to = position(current, end);
			current = current.slice(0, start) + insert + current.slice(end);
			server.write({
				seq: server.nextId(),
				type: 'request',
				command: 'change',
				arguments: {file, line: from.line + 1, offset: from.character + 1, endLine: to.line + 1, endOffset: to.character + 1, insertString: insert},
			});
		},
		async diagnostics() {
			const answer = await server.request(seq => ({seq, type: 'request', command: 'semanticDiagnosticsSync', arguments: {file, includeLinePosition: true}}));
			if (!answer.success) {
				throw new Error(`tsserver refused semanticDiagnosticsSync: ${answer.message}`);
			}
			return answer.body.map((/** @type {{code: number, startLocation: {line: number}, message: string}} */ diagnostic) => ({
				code: diagnostic.code,
				line: diagnostic.startLocation.line,
				message: diagnostic.message.split('\n')[0] ?? '',
			}));
		},
		close: server.stop,
	};
}

/**
 * Open `file` (whose folder holds its tsconfig.json) in TypeScript 7's language server.
 *
 * @param {string} file an absolute path.
 * @param {string} text its contents.
 * @returns {Promise<EditorSession>} the session, once the server is initialised.
 */
async function openLsp(file, text) {
	const folder = pathToFileURL(dirname(file)).href;
	const uri = pathToFileURL(file).href;
	const server = startServer(
		[servers['tsc 7 --lsp'], '--lsp', '--stdio'],
		dirname(file),
		message => (message.method === undefined ? message.id : undefined),
		(message, write) => {
			// Requests from the server (capability registration, configuration): answered with nothing.
			if (message.method !== undefined && message.id !== undefined) {
				write({jsonrpc: '2.0', id: message.id, result: null});
			}
		},
	);
	const answer = await server.request(id => ({
		jsonrpc: '2.0',
		id,
		method: 'initialize',
		params: {processId: process.pid, rootUri: folder, workspaceFolders: [{uri: folder, name: 'consumer'}], capabilities: {textDocument: {diagnostic: {}}}},
	}));
	if (answer.error !== undefined) {
		throw new Error(`the TypeScript 7 language server refused to start: ${answer.error.message}`);
	}
	server.write({jsonrpc: '2.0', method: 'initialized', params: {}});
	let current = text;
	let version = 1;
	server.write({jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: {uri, languageId: 'typescript', version, text}}});
	return {
		change(start, end, insert) {
			const range = {start: position(current, start), end: position(current, end)};
			current = current.slice(0, start) + insert + current.slice(end);
			version++;
			server.write({jsonrpc: '2.0', method: 'textDocument/didChange', params: {textDocument: {uri, version}, contentChanges: [{range, text: insert}]}});
		},
		async diagnostics() {
			const report = await server.request(id => ({jsonrpc: '2.0', id, method: 'textDocument/diagnostic', params: {textDocument: {uri}}}));
			if (report.error !== undefined) {
				throw new Error(`the TypeScript 7 language server refused textDocument/diagnostic: ${report.error.message}`);
			}
			return report.result.items.map((/** @type {{code: number | string, range: {start: {line: number}}, message: string}} */ diagnostic) => ({
				code: Number(diagnostic.code),
				line: diagnostic.range.start.line + 1,
				message: diagnostic.message.split('\n')[0] ?? '',
			}));
		},
		async close() {
			await server.request(id => ({jsonrpc: '2.0', id, method: 'shutdown'})).catch(() => undefined);
			server.write({jsonrpc: '2.0', method: 'exit'});
			await server.stop();
		},
	};
}

/**
 * Open a file in a language server, as an editor does when a user opens it.
 *
 * @param {Server} server which one.
 * @param {string} file an absolute path; its folder holds the tsconfig.json that includes it.
 * @param {string} text its contents (the server is given them; the file on disk may differ).
 * @returns {Promise<EditorSession>} the session.
 */
export async function openInEditor(server, file, text) {
	return server === 'tsserver 6' ? openTsserver(file, text) : openLsp(file, text);
}
