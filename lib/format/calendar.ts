// The calendar fields of an instant in a time zone. Read through Intl with the en-US locale
// and numeric fields only, which every engine formats alike (unlike month names).
export interface CalendarParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  hour: number;
  minute: number;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = cache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
    });
    cache.set(timeZone, f);
  }
  return f;
}

export function calendarParts(date: Date, timeZone: string): CalendarParts {
  if (timeZone === 'UTC') {
    return {
      year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
      weekday: (date.getUTCDay() + 6) % 7, hour: date.getUTCHours(), minute: date.getUTCMinutes(),
    };
  }
  const parts = partsFormat(timeZone).formatToParts(date);
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const year = field('year');
  const month = field('month');
  const day = field('day');
  // The weekday of that calendar date, computed rather than read as a (localised) name.
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return { year, month, day, weekday, hour: field('hour') % 24, minute: field('minute') };
}
