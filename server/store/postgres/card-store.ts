// The card browser on PostgreSQL: the shared query (../card-browse-sql.ts), and the learner's
// actions on their cards in one transaction that locks the cards' progress rows in a fixed
// order (so a concurrent review of one of them queues up, and two actions cannot deadlock).
import type pg from 'pg';
import { browseIds, browseRowsSql, NOTE_TEXT_LIKE, type BrowseDialect } from '../card-browse-sql';
import type { BrowsedCard, CardStore } from '../ports';
import { STUDYABLE_DECK_SQL } from '../studyable';
import { inTransaction, pgTime } from './pool';

interface ProgressRow {
  cardId: string; state: number; due: Date; stability: number; difficulty: number; scheduledDays: number; learningSteps: number;
  reps: number; lapses: number; lastReview: Date | null; suspended: boolean; leech: boolean;
}

const SQL = {
  leeches: `SELECT count(*)::int AS "n" FROM "CardProgress" p JOIN "Card" c ON c."id" = p."cardId" JOIN "Deck" d ON d."id" = c."deckId"
    WHERE p."userId" = $1 AND p."leech" AND c."deletedAt" IS NULL AND ${STUDYABLE_DECK_SQL(() => '$1')}`,
  decks: `SELECT d."id", d."title" FROM "Deck" d WHERE ${STUDYABLE_DECK_SQL(() => '$1')} ORDER BY d."createdAt", d."id"`,
  settings: 'SELECT "desiredRetention", "fsrsWeights", "timeZone", "dayStartHour" FROM "user" WHERE "id" = $1',
  cards: `SELECT c."id", c."deckId", c."noteId", c."type" FROM "Card" c JOIN "Note" n ON n."id" = c."noteId" JOIN "Deck" d ON d."id" = c."deckId"
    WHERE (c."id" = ANY($1::text[]) OR ($2 AND c."noteId" IN (SELECT "noteId" FROM "Card" WHERE "id" = ANY($1::text[]))))
      AND c."deletedAt" IS NULL AND n."deletedAt" IS NULL AND ${STUDYABLE_DECK_SQL(() => '$3')}
    ORDER BY c."id"`,
  lock: `SELECT "cardId", "state", "due", "stability", "difficulty", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "suspended", "leech"
    FROM "CardProgress" WHERE "userId" = $1 AND "cardId" = ANY($2::text[]) ORDER BY "cardId" FOR UPDATE`,
  upsert: `INSERT INTO "CardProgress" ("userId", "cardId", "deckId", "noteId", "state", "due", "stability", "difficulty", "scheduledDays",
      "learningSteps", "reps", "lapses", "lastReview", "suspended", "leech", "firstSeenAt", "updatedAt")
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)
    ON CONFLICT ("userId", "cardId") DO UPDATE SET "state" = excluded."state", "due" = excluded."due", "stability" = excluded."stability",
      "difficulty" = excluded."difficulty", "scheduledDays" = excluded."scheduledDays", "learningSteps" = excluded."learningSteps",
      "reps" = excluded."reps", "lapses" = excluded."lapses", "lastReview" = excluded."lastReview", "suspended" = excluded."suspended",
      "leech" = excluded."leech", "updatedAt" = excluded."updatedAt"`,
  log: `INSERT INTO "ReviewLog" ("id", "userId", "cardId", "deckId", "rating", "stateBefore", "stateAfter", "dueBefore", "dueAfter",
      "stabilityAfter", "difficultyAfter", "elapsedDays", "scheduledDays", "reviewedAt", "serverAt", "durationMs", "tzOffsetMin",
      "previous", "undone", "repsAfter", "lapsesAfter", "leechAfter", "day")
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, 0, $15, $16, false, $17, $18, $19, $20)`,
  known: `INSERT INTO "StudyDay" ("userId", "day", "reviews", "knownDelta") VALUES ($1, $2, 0, $3)
    ON CONFLICT ("userId", "day") DO UPDATE SET "knownDelta" = "StudyDay"."knownDelta" + excluded."knownDelta"`,
  dropEmpty: 'DELETE FROM "StudyDay" WHERE "userId" = $1 AND "day" = $2 AND "reviews" <= 0 AND "knownDelta" = 0',
};

function dialect(): { d: BrowseDialect; values: unknown[] } {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  return {
    values,
    d: {
      param, time: pgTime, noteTextLike: (pattern) => NOTE_TEXT_LIKE.joined(param(pattern), pattern), indexedBy: () => '', int: (expr) => `(${expr})::int`, fencesSearch: true,
      inList: (expr, list) => `${expr} = ANY(${param(list)}::text[])`,
    },
  };
}

export function postgresCardStore(pool: pg.Pool): CardStore {
  return {
    async browse(userId, q) {
      const decks = (await pool.query<{ id: string }>(SQL.decks, [userId])).rows.map((r) => r.id);
      const statement = () => {
        const { d, values } = dialect();
        return { ...d, all: async <T>(sql: string) => (await pool.query(sql, values)).rows as T[] };
      };
      const { total, ids } = await browseIds(userId, decks, q, statement);
      if (!ids.length) return { total, rows: [] };
      const rows = dialect();
      const byId = new Map((await pool.query<BrowsedCard>(browseRowsSql(userId, ids, rows.d), rows.values)).rows.map((r) => [r.cardId, r]));
      return { total, rows: ids.flatMap((id) => byId.get(id) ?? []) };
    },
    async decks(userId) {
      return (await pool.query<{ id: string; title: string }>(SQL.decks, [userId])).rows;
    },
    async leeches(userId) {
      return (await pool.query<{ n: number }>(SQL.leeches, [userId])).rows[0]?.n ?? 0;
    },
    act(userId, target, now, decide) {
      return inTransaction(pool, async (client, rollback) => {
        const settings = (await client.query(SQL.settings, [userId])).rows[0];
        if (!settings) {
          await rollback();
          return { found: 0, changed: 0 };
        }
        const cards = (await client.query<{ id: string; deckId: string; noteId: string; type: string }>(SQL.cards, [target.cardIds, target.wholeNotes, userId])).rows;
        const rows = (await client.query<ProgressRow>(SQL.lock, [userId, cards.map((c) => c.id)])).rows;
        const byCard = new Map(rows.map((r) => [r.cardId, r]));
        const nowText = pgTime(now);
        let changed = 0;
        for (const card of cards) {
          const row = byCard.get(card.id);
          const progress = row
            ? {
                state: row.state as 0 | 1 | 2 | 3, due: row.due, stability: row.stability, difficulty: row.difficulty, scheduledDays: row.scheduledDays,
                learningSteps: row.learningSteps, reps: row.reps, lapses: row.lapses, lastReview: row.lastReview, suspended: row.suspended, leech: row.leech,
              }
            : null;
          const write = decide({ card, settings, progress });
          if (!write) continue;
          const { after, log } = write.decision;
          await client.query(SQL.upsert, [
            userId, card.id, card.deckId, card.noteId, after.state, pgTime(after.due), after.stability, after.difficulty, after.scheduledDays,
            after.learningSteps, after.reps, after.lapses, after.lastReview ? pgTime(after.lastReview) : null, after.suspended, after.leech, nowText,
          ]);
          if (log) {
            await client.query(SQL.log, [
              write.logId, userId, card.id, card.deckId, log.rating, log.stateBefore, after.state, log.dueBefore ? pgTime(log.dueBefore) : null,
              pgTime(after.due), after.stability, after.difficulty, log.elapsedDays, after.scheduledDays, nowText, write.tzOffsetMin, log.previous,
              after.reps, after.lapses, after.leech, write.day,
            ]);
            if (log.studyDay.knownDelta !== 0) {
              await client.query(SQL.known, [userId, write.day, log.studyDay.knownDelta]);
              await client.query(SQL.dropEmpty, [userId, write.day]);
            }
          }
          changed += 1;
        }
        return { found: cards.length, changed };
      });
    },
  };
}
