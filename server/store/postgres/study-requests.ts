// "Study this word" on PostgreSQL: the questions of ../sqlite/study-requests.ts.
import type pg from 'pg';
import type { StudyRequests } from '../ports';
import { pgTime } from './pool';

const ASK = `INSERT INTO "CardProgress" ("userId", "cardId", "deckId", "noteId", "state", "due", "firstSeenAt", "updatedAt", "requestedAt")
    SELECT $1, c."id", c."deckId", c."noteId", 0, $4, $4, $4, $4 FROM "Card" c
    WHERE c."noteId" = $3 AND c."deckId" = $2 AND c."deletedAt" IS NULL
  ON CONFLICT ("userId", "cardId") DO UPDATE SET "requestedAt" = EXCLUDED."requestedAt", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "CardProgress"."state" = 0 AND NOT "CardProgress"."suspended"`;

export function postgresStudyRequests(pool: pg.Pool): StudyRequests {
  return {
    async askFor(userId, deckId, noteId, now) {
      const r = await pool.query({ name: 'study-ask-for', text: ASK, values: [userId, deckId, noteId, pgTime(now)] });
      return r.rowCount ?? 0;
    },
  };
}
