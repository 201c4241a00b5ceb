// Runtime benchmark 3: validate untrusted input. typed-http-status `parseStatus(value)` on numbers and on
// three-digit strings, against statuses `status(code)` (its README: "status(403) // => 'Forbidden'",
// "status('403') // => 'Forbidden'"), which validates a code, throwing on an unknown one, and returns its message.
// Inputs are codes both name, so that both succeed on every value; parseStatus's results and the messages'
// lengths are added up in `sink`. Each task is its own function literal.

/**
 * @param {{typed: typeof import('../../../src/index.ts'), statuses: typeof import('statuses')}} packages the loaded packages: `typed`
 *   (typed-http-status's namespace) and `statuses` (the function).
 * @param {readonly number[]} numbers registered codes, as numbers.
 * @param {readonly string[]} strings the same codes, as strings.
 * @param {{value: number}} sink where every total goes.
 * @returns {{name: string, inline: string, run: () => void}[]} the tasks, compared with `parseStatus` on the same input.
 */
export function parseTasks({typed, statuses}, numbers, strings, sink) {
	const {parseStatus} = typed;
	// statuses(code) returns the message for a code (and the code for a message): every input here is a code.
	const message = /** @type {(code: number | string) => string} */ (statuses);
	const {length} = numbers;
	return [
		{
			name: 'parseStatus(number)',
			inline: 'parseStatus(number)',
			run() {
				let total = 0;
				for (let index = 0; index < length; index++) {
					total += parseStatus(numbers[index]);
				}
				sink.value += total;
			},
		},
		{
			name: 'statuses(number)',
			inline: 'parseStatus(number)',
			run() {
				let total = 0;
				for (let index = 0; index < length; index++) {
					total += message(numbers[index]).length;
				}
				sink.value += total;
			},
		},
		{
			name: 'parseStatus(string)',
			inline: 'parseStatus(string)',
			run() {
				let total = 0;
				for (let index = 0; index < length; index++) {
					total += parseStatus(strings[index]);
				}
				sink.value += total;
			},
		},
		{
			name: 'statuses(string)',
			inline: 'parseStatus(string)',
			run() {
				let total = 0;
				for (let index = 0; index < length; index++) {
					total += message(strings[index]).length;
				}
				sink.value += total;
			},
		},
		// The error message describes a rejected value in constant time: a bigint of 16 million bits (whose decimal
		// form takes seconds to write) against one of 64 bits. Timed here, not in a test (test/unit/describe-value.test.ts
		// checks the description instead).
		{
			name: 'parseStatus(64-bit bigint), rejected',
			inline: 'parseStatus(64-bit bigint), rejected',
			run() {
				sink.value += rejected(parseStatus, SMALL_BIGINT);
			},
		},
		{
			name: 'parseStatus(16-Mbit bigint), rejected',
			inline: 'parseStatus(64-bit bigint), rejected',
			run() {
				sink.value += rejected(parseStatus, HUGE_BIGINT);
			},
		},
	];
}

const SMALL_BIGINT = (1n << 63n) + 12_345n;
const HUGE_BIGINT = (1n << 16_777_216n) + 12_345n;

/**
 * @param {(value: unknown) => number} parse parseStatus.
 * @param {bigint} value what it rejects.
 * @returns {number} the length of its message, 100 times over.
 */
function rejected(parse, value) {
	let total = 0;
	for (let index = 0; index < 100; index++) {
		try {
			total += parse(value);
		} catch (error) {
			total += /** @type {Error} */ (error).message.length;
		}
	}
	return total;
}
