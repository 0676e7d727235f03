// Anki's "true retention": the share of reviews of cards in review state that passed
// (rating > 1), split young / mature by the interval scheduled before the review.
import { addDays } from './day-keys';
import type { StudyDayCounts } from './study-day-counts';

export interface PassRate {
  passed: number;
  total: number;
  /** passed / total, or null when there was nothing to count */
  rate: number | null;
}

export interface Retention {
  young: PassRate;
  mature: PassRate;
  all: PassRate;
}

export type RetentionPeriod = 'today' | 'week' | 'month' | 'year';
/** Study days each period covers, today included. */
export const RETENTION_PERIOD_DAYS: Record<RetentionPeriod, number> = { today: 1, week: 7, month: 30, year: 365 };

const rate = (passed: number, total: number): PassRate => ({ passed, total, rate: total > 0 ? passed / total : null });

/** Retention over the `days` study days ending with `today` (both inclusive). */
export function retentionOver(rollup: readonly StudyDayCounts[], today: string, days: number): Retention {
  const from = addDays(today, -(days - 1));
  let yp = 0, yt = 0, mp = 0, mt = 0;
  for (const d of rollup) {
    if (d.day < from || d.day > today) continue;
    yp += d.youngPassed;
    yt += d.youngTotal;
    mp += d.maturePassed;
    mt += d.matureTotal;
  }
  return { young: rate(yp, yt), mature: rate(mp, mt), all: rate(yp + mp, yt + mt) };
}

export function retentionByPeriod(rollup: readonly StudyDayCounts[], today: string): Record<RetentionPeriod, Retention> {
  return {
    today: retentionOver(rollup, today, RETENTION_PERIOD_DAYS.today),
    week: retentionOver(rollup, today, RETENTION_PERIOD_DAYS.week),
    month: retentionOver(rollup, today, RETENTION_PERIOD_DAYS.month),
    year: retentionOver(rollup, today, RETENTION_PERIOD_DAYS.year),
  };
}
