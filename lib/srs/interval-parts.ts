export type IntervalUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Calendar-average lengths, so "1 y" means 365.25 days and 12 months make a year.
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Splits a duration into a value and unit for labels such as "10 min", "3 d", "1.5 mo".
 * Minutes and days are whole numbers; hours, months and years keep one decimal.
 * Each unit is only used while its rounded value stays below the next unit
 * (59 min → minutes, but 59.6 min → "1 h"), so labels never read "60 min" or "12 mo".
 * Any positive duration shows as at least 1 minute, because "0 min" on a button
 * would look like the card is not rescheduled at all. Zero, negative and NaN give 0 minutes.
 * 'second' is in the union for callers that format other durations; this function does not return it.
 */
export function intervalParts(ms: number): { value: number; unit: IntervalUnit } {
  if (!(ms > 0)) return { value: 0, unit: 'minute' };

  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return { value: Math.max(1, minutes), unit: 'minute' };

  const hours = round1(ms / HOUR);
  if (hours < 24) return { value: hours, unit: 'hour' };

  const days = Math.round(ms / DAY);
  if (days < 30) return { value: days, unit: 'day' };

  const months = round1(ms / MONTH);
  if (months < 12) return { value: months, unit: 'month' };

  return { value: round1(ms / YEAR), unit: 'year' };
}
