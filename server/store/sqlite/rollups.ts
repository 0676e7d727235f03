// StudyDay rebuilds on SQLite (../rebuild-study-days.ts does the counting).
import type Database from 'better-sqlite3';
import type { StudyDayCounts } from '@/lib/progress';
import type { RollupMaintenance } from '../ports';
import { rebuildStudyDaysWith, type LogFacts } from '../rebuild-study-days';

export interface LogFactsRow {
  serverAt: string; rating: number; stateBefore: number; durationMs: number; stabilityAfter: number;
  intervalBefore: number | null; stabilityBefore: number | null; recognition: number;
}

/** One learner's review log as the rollup counts it (the learner is the first `?`); `andWhere` narrows it (to some decks). */
export const LOG_FACTS_SQL = (andWhere = '') => `
    SELECT l.serverAt, l.rating, l.stateBefore, l.durationMs, l.stabilityAfter,
      LAG(l.scheduledDays) OVER w AS intervalBefore, LAG(l.stabilityAfter) OVER w AS stabilityBefore,
      (c.type = 'recognition') AS recognition
    FROM ReviewLog l JOIN Card c ON c.id = l.cardId
    WHERE l.userId = ? AND l.undone = 0 ${andWhere}
    WINDOW w AS (PARTITION BY l.cardId ORDER BY l.serverAt, l.rowid)`;

export function toLogFacts(l: LogFactsRow): LogFacts {
  return { ...l, serverAt: new Date(l.serverAt), recognition: l.recognition === 1 };
}

export function sqliteRollups(db: Database.Database): RollupMaintenance {
  const logs = db.prepare<[string], LogFactsRow>(LOG_FACTS_SQL());
  const clear = db.prepare('DELETE FROM StudyDay WHERE userId = ?');
  const insert = db.prepare(`INSERT INTO StudyDay (userId, day, reviews, newCards, durationMs, youngTotal, youngPassed, matureTotal, maturePassed, knownDelta)
    VALUES (@userId, @day, @reviews, @newCards, @durationMs, @youngTotal, @youngPassed, @matureTotal, @maturePassed, @knownDelta)`);
  const replace = db.transaction((userId: string, days: StudyDayCounts[]) => {
    clear.run(userId);
    for (const d of days) insert.run({ userId, ...d });
  });
  return {
    rebuildStudyDays: (userIds) =>
      rebuildStudyDaysWith(
        {
          async users(ids) {
            const all = db.prepare<[], { id: string; timeZone: string; dayStartHour: number }>('SELECT id, timeZone, dayStartHour FROM user');
            if (!ids) return all.all();
            const one = db.prepare<[string], { id: string; timeZone: string; dayStartHour: number }>('SELECT id, timeZone, dayStartHour FROM user WHERE id = ?');
            return ids.map((id) => one.get(id)).filter((u) => u !== undefined);
          },
          async logs(userId) {
            return logs.all(userId).map(toLogFacts);
          },
          async replace(userId, days) {
            replace.immediate(userId, days);
            return days.length;
          },
        },
        userIds,
      ),
  };
}
