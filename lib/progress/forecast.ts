// Due reviews per study day ahead. Day boundaries come from lib/srs, so they follow the
// learner's time zone (DST included) and day-start hour.
import { nextStudyDayStart, studyDayKey } from '@/lib/srs';
import { addDays } from './day-keys';

const DAY_MS = 86_400_000;

export interface ForecastDay {
  day: string;
  due: number;
}

/** The starts of the next `days` study days after the one containing `now`, ascending. */
export function studyDayEnds(now: Date, timeZone: string, dayStartHour: number, days: number): Date[] {
  if (days <= 0) return [];
  const first = nextStudyDayStart(now, timeZone, dayStartHour);
  // Fast path: no change of UTC offset in the window, so study days are 24 hours long.
  // (A change would move the last boundary by its size, which this check sees.)
  const last = first.getTime() + (days - 1) * DAY_MS;
  const firstKey = studyDayKey(first, timeZone, dayStartHour);
  if (
    studyDayKey(new Date(last), timeZone, dayStartHour) === addDays(firstKey, days - 1) &&
    studyDayKey(new Date(last - 1), timeZone, dayStartHour) === addDays(firstKey, days - 2)
  ) {
    return Array.from({ length: days }, (_, i) => new Date(first.getTime() + i * DAY_MS));
  }
  const ends: Date[] = [first];
  for (let i = 1; i < days; i++) ends.push(nextStudyDayStart(ends[i - 1]!, timeZone, dayStartHour));
  return ends;
}

/**
 * Cards due on each of the `days` study days starting today; today includes everything
 * already overdue. `dueTimes` are epoch milliseconds of the cards' due instants.
 */
export function dueForecast(dueTimes: Iterable<number>, now: Date, timeZone: string, dayStartHour: number, days = 30): ForecastDay[] {
  const ends = studyDayEnds(now, timeZone, dayStartHour, days).map((d) => d.getTime());
  const counts = new Array<number>(days).fill(0);
  for (const t of dueTimes) {
    // first day whose end is after t
    let lo = 0, hi = days;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! > t) hi = mid;
      else lo = mid + 1;
    }
    if (lo < days) counts[lo]! += 1;
  }
  const today = studyDayKey(now, timeZone, dayStartHour);
  return counts.map((due, i) => ({ day: addDays(today, i), due }));
}
