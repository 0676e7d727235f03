// Due reviews per study day ahead. Day boundaries come from lib/srs, so they follow the
// learner's time zone (DST included) and day-start hour.
import { nextStudyDayStart, studyDayKey } from '@/lib/srs';

export interface ForecastDay {
  day: string;
  due: number;
}

/** The starts of the next `days` study days after the one containing `now`, ascending. */
export function studyDayEnds(now: Date, timeZone: string, dayStartHour: number, days: number): Date[] {
  const ends: Date[] = [];
  let cursor = now;
  for (let i = 0; i < days; i++) {
    cursor = nextStudyDayStart(cursor, timeZone, dayStartHour);
    ends.push(cursor);
  }
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
  const starts = [now.getTime(), ...ends.slice(0, -1)];
  return counts.map((due, i) => ({ day: studyDayKey(new Date(starts[i]!), timeZone, dayStartHour), due }));
}
