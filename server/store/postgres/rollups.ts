// StudyDay rebuilds on PostgreSQL (../rebuild-study-days.ts does the counting).
import type pg from 'pg';
import type { RollupMaintenance } from '../ports';
import { rebuildStudyDaysWith, type LogFacts } from '../rebuild-study-days';
import { inTransaction } from './pool';

/** One learner's review log as the rollup counts it (the learner is $1); `andWhere` narrows it (to some decks). */
export const LOG_FACTS_SQL = (andWhere = '') => `SELECT l."serverAt", l."rating", l."stateBefore", l."durationMs", l."stabilityAfter",
    LAG(l."scheduledDays") OVER w AS "intervalBefore", LAG(l."stabilityAfter") OVER w AS "stabilityBefore",
    (c."type" = 'recognition') AS "recognition"
  FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId"
  WHERE l."userId" = $1 AND NOT l."undone" ${andWhere}
  WINDOW w AS (PARTITION BY l."cardId" ORDER BY l."serverAt", l."id")`;
const LOGS = LOG_FACTS_SQL();

const INSERT = `INSERT INTO "StudyDay" ("userId", "day", "reviews", "newCards", "durationMs", "youngTotal", "youngPassed", "matureTotal", "maturePassed", "knownDelta")
  SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::int[], $10::int[])`;

export function postgresRollups(pool: pg.Pool): RollupMaintenance {
  return {
    rebuildStudyDays: (userIds) =>
      rebuildStudyDaysWith(
        {
          async users(ids) {
            const sql = 'SELECT "id", "timeZone", "dayStartHour" FROM "user"';
            return ids ? (await pool.query(`${sql} WHERE "id" = ANY($1::text[])`, [ids])).rows : (await pool.query(sql)).rows;
          },
          async logs(userId) {
            return (await pool.query<LogFacts>(LOGS, [userId])).rows;
          },
          async replace(userId, days) {
            return inTransaction(pool, async (client) => {
              await client.query('DELETE FROM "StudyDay" WHERE "userId" = $1', [userId]);
              if (days.length) {
                const col = <K extends keyof (typeof days)[number]>(k: K) => days.map((d) => d[k]);
                await client.query(INSERT, [
                  userId, col('day'), col('reviews'), col('newCards'), col('durationMs'), col('youngTotal'), col('youngPassed'),
                  col('matureTotal'), col('maturePassed'), col('knownDelta'),
                ]);
              }
              return days.length;
            });
          },
        },
        userIds,
      ),
  };
}
