// Formatting helpers for the progress views, on the app's formatter (lib/format).
import type { Formatter } from '@/lib/format';

/** A study-day key names a calendar date: format it as that date, whatever the server's zone. */
export function dayDate(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

export function formatDay(format: Formatter, key: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  return format.date(dayDate(key), style === 'long' ? 'weekday' : style === 'medium' ? 'medium' : 'dayMonth', 'UTC');
}

/** "1 hr 5 min", "12 min", "40 sec" in the UI locale. */
export function formatDuration(format: Formatter, ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return format.unit(totalSeconds, 'second');
  const totalMinutes = Math.round(totalSeconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return format.unit(minutes, 'minute');
  return minutes === 0 ? format.unit(hours, 'hour') : `${format.unit(hours, 'hour')} ${format.unit(minutes, 'minute')}`;
}

export function formatPercent(format: Formatter, rate: number | null, empty: string): string {
  return rate === null ? empty : format.percent(rate);
}
