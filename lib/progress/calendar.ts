// The review calendar: one cell per study day over the last year, in whole weeks
// (Monday first), and the words-known series.
import { addDays, daysBetween, weekdayOf } from './day-keys';
import type { StudyDayCounts } from './study-day-counts';

export interface CalendarDay {
  day: string;
  reviews: number;
  /** 0 none, 1–4: quarters of the learner's busiest day in the period */
  level: 0 | 1 | 2 | 3 | 4;
}

/** Weeks (columns of 7 days, Monday first) covering at least `days` days up to `today`; days after today are omitted. */
export function reviewCalendar(rollup: readonly StudyDayCounts[], today: string, days = 365): CalendarDay[][] {
  const counts = new Map(rollup.map((d) => [d.day, d.reviews]));
  const firstDay = addDays(today, -(days - 1));
  const start = addDays(firstDay, -weekdayOf(firstDay));
  let max = 0;
  for (const [d, n] of counts) if (d >= start && d <= today) max = Math.max(max, n);
  const level = (n: number): CalendarDay['level'] => (n <= 0 || max <= 0 ? 0 : (Math.max(1, Math.ceil((4 * n) / max)) as CalendarDay['level']));
  const weeks: CalendarDay[][] = [];
  const total = daysBetween(start, today);
  for (let i = 0; i <= total; i++) {
    const day = addDays(start, i);
    if (i % 7 === 0) weeks.push([]);
    const reviews = counts.get(day) ?? 0;
    weeks[weeks.length - 1]!.push({ day, reviews, level: level(reviews) });
  }
  return weeks;
}

export interface KnownPoint {
  day: string;
  known: number;
}

/**
 * Words known at the end of each of the last `days` study days (sampled every `step` days,
 * always ending with today), from the rollup's knownDelta.
 */
export function knownOverTime(rollup: readonly StudyDayCounts[], today: string, days = 365, step = 7): KnownPoint[] {
  const from = addDays(today, -(days - 1));
  let known = 0;
  const deltas = new Map<string, number>();
  for (const d of rollup) {
    if (d.day < from) known += d.knownDelta;
    else if (d.day <= today) deltas.set(d.day, d.knownDelta);
  }
  const points: KnownPoint[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(from, i);
    known += deltas.get(day) ?? 0;
    if ((days - 1 - i) % step === 0) points.push({ day, known });
  }
  return points;
}

export interface Totals {
  reviews: number;
  newCards: number;
  durationMs: number;
}

/** Sums of reviews, new cards and time over the study days from `from` to `to` (inclusive). */
export function totalsBetween(rollup: readonly StudyDayCounts[], from: string, to: string): Totals {
  const t: Totals = { reviews: 0, newCards: 0, durationMs: 0 };
  for (const d of rollup) {
    if (d.day < from || d.day > to) continue;
    t.reviews += d.reviews;
    t.newCards += d.newCards;
    t.durationMs += d.durationMs;
  }
  return t;
}
