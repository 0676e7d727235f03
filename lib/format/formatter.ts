// One formatter per UI locale for every number, date and relative time the app prints.
// Kazakh is formatted by our own code (kazakh.ts): browsers without Kazakh locale data
// would otherwise print other text than the server and break hydration. Russian and
// English go through Intl, whose data both sides ship.
import { calendarParts } from './calendar';
import { kazakhDate, kazakhNumber, kazakhPercent, kazakhRelative, kazakhUnit, type DateStyle, type NumberOptions } from './kazakh';
import { relativeParts } from './relative';

export type FormatLocale = 'kk' | 'ru' | 'en';
export type DurationUnit = 'second' | 'minute' | 'hour';

export interface Formatter {
  locale: FormatLocale;
  number(value: number, options?: NumberOptions): string;
  /** 0.905 → "90,5%" / "90,5 %" / "90.5%" */
  percent(rate: number, maximumFractionDigits?: number): string;
  /** A calendar date (or date and time) in the given time zone. */
  date(date: Date, style: DateStyle, timeZone: string): string;
  /** "in 24 hours", "5 минут назад", "24 сағаттан кейін". */
  relativeTime(target: Date, now: Date): string;
  /** "12 min", "12 мин" */
  unit(value: number, unit: DurationUnit): string;
  /**
   * The values of a message, with its numbers ready for it. A Kazakh noun after a numeral stays
   * singular, so Kazakh messages take their numbers as plain arguments, which the message
   * format would print ungrouped ("1714"): they get this formatter's text ("1 714"). Russian
   * and English messages decline by the number and print it with "#": they keep numbers.
   */
  args<T extends Record<string, string | number | Date>>(values: T): T;
}

const INTL_DATE: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  weekday: { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' },
  medium: { year: 'numeric', month: 'short', day: 'numeric' },
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  dayMonth: { month: 'short', day: 'numeric' },
  month: { month: 'short' },
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

const cache = new Map<FormatLocale, Formatter>();

export function createFormatter(locale: FormatLocale): Formatter {
  let f = cache.get(locale);
  if (!f) {
    f = locale === 'kk' ? kazakhFormatter() : intlFormatter(locale);
    cache.set(locale, f);
  }
  return f;
}

function kazakhFormatter(): Formatter {
  return {
    locale: 'kk',
    number: kazakhNumber,
    percent: kazakhPercent,
    date: (date, style, timeZone) => kazakhDate(calendarParts(date, timeZone), style),
    relativeTime: (target, now) => {
      const { value, unit } = relativeParts(target, now);
      return kazakhRelative(value, unit);
    },
    unit: kazakhUnit,
    args: (values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? kazakhNumber(v) : v])) as typeof values,
  };
}

function intlFormatter(locale: 'ru' | 'en'): Formatter {
  return {
    locale,
    number: (value, options) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3, ...options }).format(value),
    percent: (rate, maximumFractionDigits = 1) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(rate),
    date: (date, style, timeZone) => new Intl.DateTimeFormat(locale, { ...INTL_DATE[style], timeZone }).format(date),
    relativeTime: (target, now) => {
      const { value, unit } = relativeParts(target, now);
      return new Intl.RelativeTimeFormat(locale, { numeric: unit === 'second' ? 'auto' : 'always' }).format(value, unit);
    },
    unit: (value, unit) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value),
    args: (values) => values,
  };
}
