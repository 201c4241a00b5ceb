// Everyday utility code full of numbers in the 100–599 range that are not statuses: sizes, durations,
// indexes, limits, colours, dates, money, geometry.

/** Retry with exponential backoff: 100 ms, 200 ms, 400 ms, capped at 500 ms. */
export async function retry<Value>(attempt: () => Promise<Value>, tries = 5): Promise<Value> {
	for (let index = 0; ; index++) {
		try {
			return await attempt();
		} catch (error) {
			if (index >= tries - 1) {
				throw error;
			}
			await new Promise(resolve => setTimeout(resolve, Math.min(100 * 2 ** index, 500)));
		}
	}
}

/** Split a list into pages of 200. */
export function paginate<Item>(items: readonly Item[], page: number, size = 200): Item[] {
	return items.slice(page * size, (page + 1) * size);
}

/** A grey as a CSS colour: 404040 is a dark one. */
export function grey(level: number): string {
	const value = Math.max(0, Math.min(255, level)).toString(16).padStart(2, '0');
	return `#${value.repeat(3)}`;
}

export const DARK_GREY = 0x404040;
export const GOLDEN_ANGLE_DEGREES = 137.508;
export const DAYS_IN_LEAP_YEAR = 366;
export const CENTS_PER_DOLLAR = 100;
export const MAX_TITLE_LENGTH = 200;
export const TWEET_LENGTH = 280;
export const SCREEN = {width: 414, height: 896};

/** Whether a year is a leap year. */
export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Clamp a percentage; 100 is whole. */
export function percent(part: number, whole: number): number {
	return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** A record's state in a job queue: a string status, not an HTTP one. */
export interface Job {
	readonly id: number;
	readonly status: 'queued' | 'running' | 'done';
	readonly attempts: number;
}

/** Jobs that ran more than 3 times, or whose id is in the reserved block 500–599. */
export function suspicious(jobs: readonly Job[]): Job[] {
	return jobs.filter(job => job.attempts > 3 || (job.id >= 500 && job.id < 600) || job.status === 'running');
}

/** The 404th prime is 2777: indexes into a table are not statuses. */
export function nth(table: readonly number[], index = 404): number | undefined {
	return table[index];
}

/** Parse an error code such as 'E404' from a device, where 404 means a sensor fault. */
export function deviceFault(code: string): number | undefined {
	const parsed = /^E(\d{3})$/.exec(code);
	const number = parsed === null ? undefined : Number(parsed[1]);
	return number === 404 || number === 500 ? number : undefined;
}

/** A range of years. */
export function decade(start: number): number[] {
	return Array.from({length: 10}, (_, index) => start + index);
}

/** A unit price in cents, rounded to a multiple of 5, at least 100. */
export function price(cents: number): number {
	return Math.max(100, Math.round(cents / 5) * 5);
}

/** The elapsed time bucket of a request, for a histogram: 200–299 ms is "ok". */
export function bucket(elapsed: number): string {
	if (elapsed >= 200 && elapsed < 300) {
		return 'ok';
	}
	return elapsed < 200 ? 'fast' : 'slow';
}

/** A zip code's region: its first digit. */
export function region(zip: number): string {
	return String(zip).startsWith('4') ? 'midwest' : 'elsewhere';
}

/** The hundreds of a number. */
export function hundreds(total: number): number {
	return Math.floor(total / 100);
}

/** Buffer sizes and offsets. */
export function header(bytes: Uint8Array): Uint8Array {
	return bytes.subarray(0, 512).slice(100, 404);
}
