// Recomputes the StudyDay rollup of some (or all) learners from the raw review log, in the
// learners' current time zone and day-start hour. The review path keeps the rollup up to date
// incrementally; this is for repairs, for a changed time zone, and for histories written
// before the rollup existed. The adapters supply the reads and the write; the counting is
// lib/progress's rollUpReviews, the same rule the review path applies one review at a time.
import { rollUpReviews, type LoggedReview, type StudyDayCounts } from '@/lib/progress';
import { studyDayKey } from '@/lib/srs';

/** One log row with what the card's previous review left (LAG over the card's reviews). */
export interface LogFacts {
  serverAt: Date;
  rating: number;
  stateBefore: number;
  durationMs: number;
  stabilityAfter: number;
  intervalBefore: number | null;
  stabilityBefore: number | null;
  recognition: boolean;
}

export interface RebuildSource {
  users(userIds?: readonly string[]): Promise<{ id: string; timeZone: string; dayStartHour: number }[]>;
  logs(userId: string): Promise<LogFacts[]>;
  /** Replaces the learner's rollup atomically; returns how many days it now has. */
  replace(userId: string, days: StudyDayCounts[]): Promise<number>;
}

/** A day-key function cached per 15 minutes: every zone offset and day start falls on a quarter hour. */
function dayKeyer(timeZone: string, dayStartHour: number): (at: Date) => string {
  const cache = new Map<number, string>();
  return (at) => {
    const slot = Math.floor(at.getTime() / 900_000);
    let key = cache.get(slot);
    if (key === undefined) {
      key = studyDayKey(new Date(slot * 900_000), timeZone, dayStartHour);
      cache.set(slot, key);
    }
    return key;
  };
}

/** A learner's study days counted from their log rows (all of them, or one set of decks'), in their time zone and day start. */
export function rollUpLogs(logs: readonly LogFacts[], timeZone: string, dayStartHour: number): StudyDayCounts[] {
  const key = dayKeyer(timeZone, dayStartHour);
  const facts: LoggedReview[] = logs.map((l) => ({
    day: key(l.serverAt), durationMs: l.durationMs, rating: l.rating, stateBefore: l.stateBefore,
    intervalBefore: l.intervalBefore ?? 0, stabilityBefore: l.stabilityBefore ?? 0, stabilityAfter: l.stabilityAfter,
    recognition: l.recognition,
  }));
  return rollUpReviews(facts);
}

export async function rebuildStudyDaysWith(source: RebuildSource, userIds?: readonly string[]): Promise<{ users: number; days: number }> {
  const users = await source.users(userIds);
  let days = 0;
  for (const user of users) days += await source.replace(user.id, rollUpLogs(await source.logs(user.id), user.timeZone, user.dayStartHour));
  return { users: users.length, days };
}
