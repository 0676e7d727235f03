// Locale-aware formatting helpers for the progress views, on next-intl's formatter.
import type { getFormatter } from 'next-intl/server';

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** A study-day key names a calendar date: format it as that date, whatever the server's zone. */
export function dayDate(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

export function formatDay(format: Formatter, key: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  if (style === 'long') return format.dateTime(dayDate(key), { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' });
  if (style === 'medium') return format.dateTime(dayDate(key), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return format.dateTime(dayDate(key), { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** "1 hr 5 min", "12 min", "40 sec" in the UI locale. */
export function formatDuration(format: Formatter, ms: number): string {
  const unit = (value: number, u: 'hour' | 'minute' | 'second') => format.number(value, { style: 'unit', unit: u, unitDisplay: 'short' });
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return unit(totalSeconds, 'second');
  const totalMinutes = Math.round(totalSeconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return unit(minutes, 'minute');
  return minutes === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}

export function formatPercent(format: Formatter, rate: number | null, empty: string): string {
  return rate === null ? empty : format.number(rate, { style: 'percent', maximumFractionDigits: 1 });
}
