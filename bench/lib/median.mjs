// @ts-check
// The one summary statistic of the bench's timings.

/**
 * The middle value of some timings (the upper of the two middle ones for an even count); `NaN` for none.
 *
 * @param {readonly number[]} values
 * @returns {number}
 */
export const median = values => [...values].sort((left, right) => left - right)[values.length >> 1] ?? Number.NaN;
