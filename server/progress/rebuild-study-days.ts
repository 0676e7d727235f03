// Recomputes the StudyDay rollup of some (or all) learners from the raw review log, in the
// learners' current time zone and day-start hour. The review hot path keeps the rollup up to
// date incrementally (server/reviews/submit-review.ts); this is for repairs, for a changed
// time zone, and for histories written before the rollup existed.
import 'server-only';
import type Database from 'better-sqlite3';
import { rollUpReviews, type LoggedReview } from '@/lib/progress';
import { studyDayKey } from '@/lib/srs';

interface LogFacts {
  cardId: string; serverAt: string; rating: number; stateBefore: number; durationMs: number; stabilityAfter: number;
  intervalBefore: number | null; stabilityBefore: number | null; recognition: number;
}

/** A day-key function cached per 15 minutes: every zone offset and day start falls on a quarter hour. */
function dayKeyer(timeZone: string, dayStartHour: number): (iso: string) => string {
  const cache = new Map<number, string>();
  return (iso) => {
    const slot = Math.floor(Date.parse(iso) / 900_000);
    let key = cache.get(slot);
    if (key === undefined) {
      key = studyDayKey(new Date(slot * 900_000), timeZone, dayStartHour);
      cache.set(slot, key);
    }
    return key;
  };
}

export function rebuildStudyDays(db: Database.Database, userIds?: readonly string[]): { users: number; days: number } {
  const users = (userIds
    ? userIds.map((id) => db.prepare('SELECT id, timeZone, dayStartHour FROM user WHERE id = ?').get(id))
    : db.prepare('SELECT id, timeZone, dayStartHour FROM user').all()
  ).filter(Boolean) as { id: string; timeZone: string; dayStartHour: number }[];
  // The interval and stability before a review are those the card's previous review left.
  const logs = db.prepare<[string], LogFacts>(`
    SELECT l.cardId, l.serverAt, l.rating, l.stateBefore, l.durationMs, l.stabilityAfter,
      LAG(l.scheduledDays) OVER w AS intervalBefore, LAG(l.stabilityAfter) OVER w AS stabilityBefore,
      (c.type = 'recognition') AS recognition
    FROM ReviewLog l JOIN Card c ON c.id = l.cardId
    WHERE l.userId = ? AND l.undone = 0
    WINDOW w AS (PARTITION BY l.cardId ORDER BY l.serverAt, l.rowid)`);
  const clear = db.prepare('DELETE FROM StudyDay WHERE userId = ?');
  const insert = db.prepare(`INSERT INTO StudyDay (userId, day, reviews, newCards, durationMs, youngTotal, youngPassed, matureTotal, maturePassed, knownDelta)
    VALUES (@userId, @day, @reviews, @newCards, @durationMs, @youngTotal, @youngPassed, @matureTotal, @maturePassed, @knownDelta)`);
  let days = 0;
  for (const user of users) {
    const key = dayKeyer(user.timeZone, user.dayStartHour);
    const rebuild = db.transaction(() => {
      const facts: LoggedReview[] = logs.all(user.id).map((l) => ({
        day: key(l.serverAt), durationMs: l.durationMs, rating: l.rating, stateBefore: l.stateBefore,
        intervalBefore: l.intervalBefore ?? 0, stabilityBefore: l.stabilityBefore ?? 0, stabilityAfter: l.stabilityAfter,
        recognition: l.recognition === 1,
      }));
      clear.run(user.id);
      for (const d of rollUpReviews(facts)) insert.run({ userId: user.id, ...d });
      return facts.length;
    });
    rebuild.immediate();
    days += (db.prepare('SELECT count(*) AS n FROM StudyDay WHERE userId = ?').get(user.id) as { n: number }).n;
  }
  return { users: users.length, days };
}
