// What a review needs of the learner's clock and scheduler, memoised: both are pure
// functions of the learner's settings (and, for the clock, the quarter hour).
import { createScheduler, studyDayKey, type Scheduler } from '@/lib/srs';
import { parseWeights } from '../users/weights';
import { timeZoneOffsetMinutes } from '../users/time-zone-offset';

// Schedulers differ only by the learner's retention and weights: keep a few.
const schedulers = new Map<string, Scheduler>();
export function schedulerFor(desiredRetention: number, weightsJson: string | null): Scheduler {
  const key = `${desiredRetention}|${weightsJson ?? ''}`;
  let s = schedulers.get(key);
  if (!s) {
    s = createScheduler({ desiredRetention, weights: parseWeights(weightsJson) });
    if (schedulers.size > 1000) schedulers.clear();
    schedulers.set(key, s);
  }
  return s;
}

// Time-zone offsets and study-day boundaries change only on quarter hours (every zone's
// offset and every day start is a whole number of quarter hours), so within one quarter hour
// a zone's offset and study day are fixed: remember them instead of asking Intl per review.
const QUARTER_HOUR_MS = 900_000;
const clockCache = new Map<string, { offset: number; day: string }>();
export function localClock(timeZone: string, dayStartHour: number, now: Date): { offset: number; day: string } {
  const slot = Math.floor(now.getTime() / QUARTER_HOUR_MS);
  const key = `${timeZone}|${dayStartHour}|${slot}`;
  let hit = clockCache.get(key);
  if (!hit) {
    const at = new Date(slot * QUARTER_HOUR_MS);
    hit = { offset: timeZoneOffsetMinutes(timeZone, at), day: studyDayKey(at, timeZone, dayStartHour) };
    if (clockCache.size > 2000) clockCache.clear();
    clockCache.set(key, hit);
  }
  return hit;
}
