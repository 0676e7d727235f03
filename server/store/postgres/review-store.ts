// Reviews on PostgreSQL, where several app servers write at once. One transaction per review:
// the card, the learner's settings and any stored log row with that id in one read; the
// learner's CardProgress row locked (created if new) so concurrent ratings of one card
// queue up instead of overwriting each other; then the log row, the progress and the
// study-day rollup in one statement that writes nothing when the id is taken
// (INSERT … ON CONFLICT (id) DO NOTHING), which makes a retry on another server a duplicate.
import type pg from 'pg';
import { MANUAL_RATING, MAX_DAY_DURATION_MS } from '@/lib/progress';
import { isLastChange } from '@/lib/reviews';
import type { ReviewResult, ReviewStore, ReviewStoreOutcome, UndoOutcome } from '../ports';
import { STUDYABLE_DECK_SQL } from '../studyable';
import { inTransaction, pgTime } from './pool';

interface FactsRow {
  id: string; deckId: string; noteId: string; type: string;
  desiredRetention: number; fsrsWeights: string | null; timeZone: string; dayStartHour: number;
}
interface LogRow {
  id: string; userId: string; cardId: string; rating: number; stateAfter: number; dueAfter: Date; stabilityAfter: number;
  difficultyAfter: number; scheduledDays: number; reviewedAt: Date; serverAt: Date; repsAfter: number; lapsesAfter: number; leechAfter: boolean;
}
interface ProgressRow {
  inserted: boolean; state: number; due: Date; stability: number; difficulty: number; scheduledDays: number; learningSteps: number;
  reps: number; lapses: number; lastReview: Date | null; suspended: boolean; leech: boolean;
}

const LOG_COLUMNS = `"id", "userId", "cardId", "rating", "stateAfter", "dueAfter", "stabilityAfter", "difficultyAfter", "scheduledDays",
  "reviewedAt", "serverAt", "repsAfter", "lapsesAfter", "leechAfter"`;

const SQL = {
  log: `SELECT ${LOG_COLUMNS} FROM "ReviewLog" WHERE "id" = $1`,
  facts: `SELECT c."id", c."deckId", c."noteId", c."type", u."desiredRetention", u."fsrsWeights", u."timeZone", u."dayStartHour"
    FROM "Card" c JOIN "Note" n ON n."id" = c."noteId" JOIN "Deck" d ON d."id" = c."deckId" JOIN "user" u ON u."id" = $2
    WHERE c."id" = $1 AND c."deletedAt" IS NULL AND n."deletedAt" IS NULL AND ${STUDYABLE_DECK_SQL(() => '$2')}`,
  // Takes the row lock; a learner's first rating of a card creates the row to lock.
  lockProgress: `INSERT INTO "CardProgress" ("userId", "cardId", "deckId", "noteId", "due", "firstSeenAt", "updatedAt")
    VALUES ($1, $2, $3, $4, $5, $5, $5)
    ON CONFLICT ("userId", "cardId") DO UPDATE SET "updatedAt" = "CardProgress"."updatedAt"
    RETURNING (xmax = 0) AS "inserted", "state", "due", "stability", "difficulty", "scheduledDays", "learningSteps",
      "reps", "lapses", "lastReview", "suspended", "leech"`,
  write: `WITH log AS (
      INSERT INTO "ReviewLog" ("id", "userId", "cardId", "deckId", "rating", "stateBefore", "stateAfter", "dueBefore", "dueAfter",
        "stabilityAfter", "difficultyAfter", "elapsedDays", "scheduledDays", "reviewedAt", "serverAt", "durationMs", "tzOffsetMin",
        "previous", "undone", "repsAfter", "lapsesAfter", "leechAfter", "day")
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, false, $19, $20, $21, $22)
      ON CONFLICT ("id") DO NOTHING
      RETURNING "id"
    ), progress AS (
      UPDATE "CardProgress" SET "state" = $7, "due" = $9, "stability" = $10, "difficulty" = $11, "scheduledDays" = $13,
        "learningSteps" = $23, "reps" = $19, "lapses" = $20, "lastReview" = $15, "suspended" = $24, "leech" = $21, "updatedAt" = $15
      WHERE "userId" = $2 AND "cardId" = $3 AND EXISTS (SELECT 1 FROM log)
    ), rollup AS (
      INSERT INTO "StudyDay" ("userId", "day", "reviews", "newCards", "durationMs", "youngTotal", "youngPassed", "matureTotal", "maturePassed", "knownDelta")
      SELECT $2, $22, 1, $25, $16, $26, $27, $28, $29, $30 WHERE EXISTS (SELECT 1 FROM log)
      ON CONFLICT ("userId", "day") DO UPDATE SET "reviews" = "StudyDay"."reviews" + 1, "newCards" = "StudyDay"."newCards" + excluded."newCards",
        "durationMs" = LEAST("StudyDay"."durationMs"::bigint + excluded."durationMs", ${MAX_DAY_DURATION_MS}), "youngTotal" = "StudyDay"."youngTotal" + excluded."youngTotal",
        "youngPassed" = "StudyDay"."youngPassed" + excluded."youngPassed", "matureTotal" = "StudyDay"."matureTotal" + excluded."matureTotal",
        "maturePassed" = "StudyDay"."maturePassed" + excluded."maturePassed", "knownDelta" = "StudyDay"."knownDelta" + excluded."knownDelta"
    )
    SELECT count(*)::int AS "written" FROM log`,
};

const UNDO = {
  // The log row is locked first, then the progress row: the same order as a review takes them
  // (a review locks the progress row, then inserts the log row), so the two cannot deadlock.
  facts: `SELECT l."userId", l."cardId", l."deckId", l."rating", l."stateBefore", l."stabilityAfter", l."durationMs", l."previous", l."undone",
      l."repsAfter", l."leechAfter", l."day", c."type"
    FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId" WHERE l."id" = $1 FOR UPDATE OF l`,
  cardNow: 'SELECT "reps", "suspended" FROM "CardProgress" WHERE "userId" = $1 AND "cardId" = $2 FOR UPDATE',
  laterRows: `SELECT count(*)::int AS "n" FROM "ReviewLog"
    WHERE "cardId" = $1 AND "userId" = $2 AND NOT "undone" AND "id" <> $3
      AND "serverAt" >= (SELECT "serverAt" FROM "ReviewLog" WHERE "id" = $3)`,
  delete: 'DELETE FROM "CardProgress" WHERE "userId" = $1 AND "cardId" = $2',
  restore: `UPDATE "CardProgress" SET "state" = $3, "due" = $4, "stability" = $5, "difficulty" = $6, "scheduledDays" = $7, "learningSteps" = $8,
    "reps" = $9, "lapses" = $10, "lastReview" = $11, "suspended" = $12, "leech" = $13, "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE "userId" = $1 AND "cardId" = $2`,
  mark: 'UPDATE "ReviewLog" SET "undone" = true WHERE "id" = $1',
  rollup: `UPDATE "StudyDay" SET "reviews" = "reviews" - 1, "newCards" = "newCards" - $3, "durationMs" = GREATEST("durationMs" - $4, 0),
      "youngTotal" = "youngTotal" - $5, "youngPassed" = "youngPassed" - $6, "matureTotal" = "matureTotal" - $7,
      "maturePassed" = "maturePassed" - $8, "knownDelta" = "knownDelta" - $9
    WHERE "userId" = $1 AND "day" = $2`,
  // A day whose only review was taken back is as if never studied.
  dropEmptyDay: 'DELETE FROM "StudyDay" WHERE "userId" = $1 AND "day" = $2 AND "reviews" <= 0 AND "knownDelta" = 0',
};

function resultFromLog(log: LogRow): ReviewResult {
  return {
    id: log.id, cardId: log.cardId, rating: log.rating, state: log.stateAfter, due: log.dueAfter.toISOString(),
    stability: log.stabilityAfter, difficulty: log.difficultyAfter, scheduledDays: log.scheduledDays,
    reps: log.repsAfter, lapses: log.lapsesAfter, leech: log.leechAfter,
    reviewedAt: log.reviewedAt.toISOString(), serverAt: log.serverAt.toISOString(),
  };
}

function storedAnswer(log: LogRow, userId: string): ReviewStoreOutcome {
  return log.userId === userId ? { ok: true, duplicate: true, result: resultFromLog(log) } : { ok: false, error: 'id-conflict' };
}

export function postgresReviewStore(pool: pg.Pool): ReviewStore {
  return {
    submit(review, now, decide) {
      return inTransaction(pool, async (client, rollback): Promise<ReviewStoreOutcome> => {
        const stored = (await client.query<LogRow>({ name: 'review-log', text: SQL.log, values: [review.id] })).rows[0];
        if (stored) {
          await rollback();
          return storedAnswer(stored, review.userId);
        }
        const facts = (await client.query<FactsRow>({ name: 'review-facts', text: SQL.facts, values: [review.cardId, review.userId] })).rows[0];
        if (!facts) {
          await rollback();
          return { ok: false, error: 'not-found' };
        }
        const nowText = pgTime(now);
        const row = (await client.query<ProgressRow>({
          name: 'review-lock', text: SQL.lockProgress, values: [review.userId, facts.id, facts.deckId, facts.noteId, nowText],
        })).rows[0]!;
        const progress = row.inserted
          ? null
          : {
              state: row.state as 0 | 1 | 2 | 3, due: row.due, stability: row.stability, difficulty: row.difficulty,
              scheduledDays: row.scheduledDays, learningSteps: row.learningSteps, reps: row.reps, lapses: row.lapses,
              lastReview: row.lastReview, suspended: row.suspended, leech: row.leech,
            };
        const card = { id: facts.id, deckId: facts.deckId, noteId: facts.noteId, type: facts.type };
        const settings = { desiredRetention: facts.desiredRetention, fsrsWeights: facts.fsrsWeights, timeZone: facts.timeZone, dayStartHour: facts.dayStartHour };
        const write = decide({ card, settings, progress });
        if (!write) {
          await rollback();
          return { ok: false, error: 'stale' };
        }
        const { decision: d, day, tzOffsetMin } = write;
        const s = d.studyDay;
        const written = (await client.query<{ written: number }>({
          name: 'review-write',
          text: SQL.write,
          values: [
            review.id, review.userId, card.id, card.deckId, review.rating, d.before.state, d.after.state,
            progress ? pgTime(progress.due) : null, pgTime(d.after.due), d.after.stability, d.after.difficulty, d.elapsedDays,
            d.after.scheduledDays, pgTime(review.reviewedAt), nowText, review.durationMs, tzOffsetMin, d.previous,
            d.after.reps, d.after.lapses, d.leech, day, d.after.learningSteps, d.suspended,
            s.newCards, s.youngTotal, s.youngPassed, s.matureTotal, s.maturePassed, s.knownDelta,
          ],
        })).rows[0]!.written;
        if (written === 0) {
          // The same id was written meanwhile (another server, or a copy of this request).
          await rollback();
          const other = (await client.query<LogRow>({ name: 'review-log', text: SQL.log, values: [review.id] })).rows[0];
          return other ? storedAnswer(other, review.userId) : { ok: false, error: 'id-conflict' };
        }
        return {
          ok: true,
          duplicate: false,
          result: {
            id: review.id, cardId: card.id, rating: review.rating, state: d.after.state, due: d.after.due.toISOString(),
            stability: d.after.stability, difficulty: d.after.difficulty, scheduledDays: d.after.scheduledDays,
            reps: d.after.reps, lapses: d.after.lapses, leech: d.leech,
            reviewedAt: review.reviewedAt.toISOString(), serverAt: now.toISOString(),
          },
        };
      });
    },

    undo(userId, reviewId, decide) {
      return inTransaction(pool, async (client, rollback) => {
        const f = (await client.query<{ userId: string; cardId: string; deckId: string; rating: number; stateBefore: number; stabilityAfter: number;
          durationMs: number; previous: string | null; undone: boolean; repsAfter: number; leechAfter: boolean; day: string; type: string }>(UNDO.facts, [reviewId])).rows[0];
        // A refusal writes nothing; only a real undo commits (inTransaction does, when this returns).
        const refuse = async (outcome: UndoOutcome): Promise<UndoOutcome> => {
          await rollback();
          return outcome;
        };
        if (!f || f.userId !== userId) return refuse({ ok: false, error: 'not-found' });
        if (f.undone) return refuse({ ok: true, cardId: f.cardId, deckId: f.deckId, progress: null, alreadyUndone: true });
        // A manual row (a reset or "I know this" in the card browser) is no rating to take back.
        if (!f.day || f.rating === MANUAL_RATING) return refuse({ ok: false, error: 'not-undoable' });
        const card = (await client.query<{ reps: number; suspended: boolean }>(UNDO.cardNow, [userId, f.cardId])).rows[0] ?? null;
        const later = (await client.query<{ n: number }>(UNDO.laterRows, [f.cardId, userId, reviewId])).rows[0]!.n;
        if (!isLastChange({ repsAfter: f.repsAfter, leechAfter: f.leechAfter, previous: f.previous }, card, later)) return refuse({ ok: false, error: 'not-last' });
        const d = decide({ rating: f.rating, stateBefore: f.stateBefore, stabilityAfter: f.stabilityAfter, durationMs: f.durationMs, cardType: f.type, previous: f.previous });
        const p = d.restore;
        if (p) {
          await client.query(UNDO.restore, [userId, f.cardId, p.state, pgTime(p.due), p.stability, p.difficulty, p.scheduledDays, p.learningSteps,
            p.reps, p.lapses, p.lastReview ? pgTime(p.lastReview) : null, p.suspended, p.leech]);
        } else await client.query(UNDO.delete, [userId, f.cardId]);
        await client.query(UNDO.mark, [reviewId]);
        const s = d.studyDay;
        await client.query(UNDO.rollup, [userId, f.day, s.newCards, s.durationMs, s.youngTotal, s.youngPassed, s.matureTotal, s.maturePassed, s.knownDelta]);
        await client.query(UNDO.dropEmptyDay, [userId, f.day]);
        return { ok: true, cardId: f.cardId, deckId: f.deckId, progress: p, alreadyUndone: false };
      });
    },
  };
}
