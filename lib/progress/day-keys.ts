// Arithmetic on study-day keys ('YYYY-MM-DD', see lib/srs studyDayKey). A key names a
// local calendar date, so days are counted on the calendar, never in 24-hour steps.
// Hand-rolled (no Date parsing) because dashboards do this a few thousand times per page.

/** Days since 1970-01-01 of a 'YYYY-MM-DD' key. */
export function dayNumber(key: string): number {
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(5, 7));
  const d = Number(key.slice(8, 10));
  if (key.length !== 10 || !Number.isInteger(y) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= 31)) throw new RangeError(`Not a day key: ${key}`);
  // Howard Hinnant's days_from_civil
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The 'YYYY-MM-DD' key of a day number (inverse of dayNumber). */
export function dayKey(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function addDays(key: string, days: number): string {
  return dayKey(dayNumber(key) + days);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 Monday … 6 Sunday, of the calendar date the key names. */
export function weekdayOf(key: string): number {
  // 1970-01-01 was a Thursday (3)
  return (((dayNumber(key) + 3) % 7) + 7) % 7;
}
