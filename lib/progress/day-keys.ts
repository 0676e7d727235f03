// Arithmetic on study-day keys ('YYYY-MM-DD', see lib/srs studyDayKey). A key names a
// local calendar date, so days are counted on the calendar, never in 24-hour steps.
const DAY_MS = 86_400_000;

function keyMs(key: string): number {
  const ms = Date.parse(`${key}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`Not a day key: ${key}`);
  return ms;
}

export function addDays(key: string, days: number): string {
  return new Date(keyMs(key) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((keyMs(to) - keyMs(from)) / DAY_MS);
}

/** 0 Monday … 6 Sunday, of the calendar date the key names. */
export function weekdayOf(key: string): number {
  return (new Date(keyMs(key)).getUTCDay() + 6) % 7;
}
