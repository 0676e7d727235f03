// Reviews on SQLite: prepared statements run inside one synchronous transaction, a savepoint
// of a group commit (./group-commit.ts), so a review is never interleaved with another in
// this process, and BEGIN IMMEDIATE serialises writers across processes.
import type Database from 'better-sqlite3';
import { MANUAL_RATING, MAX_DAY_DURATION_MS } from '@/lib/progress';
import { isLastChange } from '@/lib/reviews';
import type { ReviewResult, ReviewStore, ReviewStoreOutcome, UndoOutcome } from '../ports';
import { STUDYABLE_DECK_SQL } from '../studyable';
import { groupCommit } from './group-commit';
import { sqliteDate } from './connection';
import { INSERT_REVIEW_LOG_SQL, PROGRESS_COLUMNS, progressParams, reviewLogParams, storedProgress, UPSERT_PROGRESS_SQL, type ProgressRow } from './progress-sql';

interface LogRow {
  id: string; userId: string; cardId: string; rating: number; stateAfter: number; dueAfter: string;
  stabilityAfter: number; difficultyAfter: number; scheduledDays: number; reviewedAt: string; serverAt: string;
  repsAfter: number; lapsesAfter: number; leechAfter: number;
}
interface CardRow { id: string; deckId: string; noteId: string; type: string }
interface SettingsRow { desiredRetention: number; fsrsWeights: string | null; timeZone: string; dayStartHour: number }

function statements(db: Database.Database) {
  return {
    log: db.prepare<[string], LogRow>(
      `SELECT id, userId, cardId, rating, stateAfter, dueAfter, stabilityAfter, difficultyAfter, scheduledDays, reviewedAt, serverAt,
        repsAfter, lapsesAfter, leechAfter FROM ReviewLog WHERE id = ?`,
    ),
    studyableCard: db.prepare<[string, string, string], CardRow>(`
      SELECT c.id, c.deckId, c.noteId, c.type FROM Card c
      JOIN Note n ON n.id = c.noteId
      JOIN Deck d ON d.id = c.deckId
      WHERE c.id = ? AND c.deletedAt IS NULL AND n.deletedAt IS NULL AND ${STUDYABLE_DECK_SQL(() => '?')}`),
    settings: db.prepare<[string], SettingsRow>('SELECT desiredRetention, fsrsWeights, timeZone, dayStartHour FROM user WHERE id = ?'),
    progress: db.prepare<[string, string], ProgressRow>(
      `SELECT ${PROGRESS_COLUMNS} FROM CardProgress WHERE userId = ? AND cardId = ?`,
    ),
    upsertProgress: db.prepare(UPSERT_PROGRESS_SQL),
    insertLog: db.prepare(INSERT_REVIEW_LOG_SQL),
    undoFacts: db.prepare<[string], { userId: string; cardId: string; deckId: string; rating: number; stateBefore: number; stabilityAfter: number;
      durationMs: number; previous: string | null; undone: number; repsAfter: number; leechAfter: number; day: string; type: string }>(
      `SELECT l.userId, l.cardId, l.deckId, l.rating, l.stateBefore, l.stabilityAfter, l.durationMs, l.previous, l.undone, l.repsAfter,
        l.leechAfter, l.day, c.type
      FROM ReviewLog l JOIN Card c ON c.id = l.cardId WHERE l.id = ?`),
    cardNow: db.prepare<[string, string], { reps: number; suspended: number }>('SELECT reps, suspended FROM CardProgress WHERE userId = ? AND cardId = ?'),
    laterRows: db.prepare<{ cardId: string; userId: string; id: string }, { n: number }>(`SELECT COUNT(*) AS n FROM ReviewLog
      WHERE cardId = @cardId AND userId = @userId AND undone = 0 AND id <> @id AND serverAt >= (SELECT serverAt FROM ReviewLog WHERE id = @id)`),
    deleteProgress: db.prepare('DELETE FROM CardProgress WHERE userId = ? AND cardId = ?'),
    restoreProgress: db.prepare(`UPDATE CardProgress SET state = @state, due = @due, stability = @stability, difficulty = @difficulty,
      scheduledDays = @scheduledDays, learningSteps = @learningSteps, reps = @reps, lapses = @lapses, lastReview = @lastReview,
      suspended = @suspended, leech = @leech, updatedAt = @now WHERE userId = @userId AND cardId = @cardId`),
    markUndone: db.prepare('UPDATE ReviewLog SET undone = 1 WHERE id = ?'),
    subtractFromStudyDay: db.prepare(`UPDATE StudyDay SET reviews = reviews - 1, newCards = newCards - @newCards, durationMs = MAX(durationMs - @durationMs, 0),
      youngTotal = youngTotal - @youngTotal, youngPassed = youngPassed - @youngPassed, matureTotal = matureTotal - @matureTotal,
      maturePassed = maturePassed - @maturePassed, knownDelta = knownDelta - @knownDelta WHERE userId = @userId AND day = @day`),
    // A day whose only review was taken back is as if never studied.
    dropEmptyStudyDay: db.prepare('DELETE FROM StudyDay WHERE userId = ? AND day = ? AND reviews <= 0 AND knownDelta = 0'),
    // The per-learner-per-study-day rollup (docs/decisions/005-progress-rollups.md).
    addToStudyDay: db.prepare(`
      INSERT INTO StudyDay (userId, day, reviews, newCards, durationMs, youngTotal, youngPassed, matureTotal, maturePassed, knownDelta)
      VALUES (@userId, @day, 1, @newCards, @durationMs, @youngTotal, @youngPassed, @matureTotal, @maturePassed, @knownDelta)
      ON CONFLICT (userId, day) DO UPDATE SET reviews = reviews + 1, newCards = newCards + excluded.newCards,
        durationMs = MIN(durationMs + excluded.durationMs, ${MAX_DAY_DURATION_MS}), youngTotal = youngTotal + excluded.youngTotal,
        youngPassed = youngPassed + excluded.youngPassed, matureTotal = matureTotal + excluded.matureTotal,
        maturePassed = maturePassed + excluded.maturePassed, knownDelta = knownDelta + excluded.knownDelta`),
  };
}

const iso = (s: string) => new Date(s).toISOString();

function resultFromLog(log: LogRow): ReviewResult {
  return {
    id: log.id, cardId: log.cardId, rating: log.rating, state: log.stateAfter, due: iso(log.dueAfter),
    stability: log.stabilityAfter, difficulty: log.difficultyAfter, scheduledDays: log.scheduledDays,
    reps: log.repsAfter, lapses: log.lapsesAfter, leech: log.leechAfter === 1,
    reviewedAt: iso(log.reviewedAt), serverAt: iso(log.serverAt),
  };
}

export function sqliteReviewStore(db: Database.Database): ReviewStore {
  const st = statements(db);
  const commits = groupCommit(db);
  return {
    submit(review, now, decide) {
      // Runs inside the transaction, so it reads what earlier reviews of the batch wrote.
      return commits.run((): ReviewStoreOutcome => {
        const stored = st.log.get(review.id);
        if (stored) {
          if (stored.userId !== review.userId) return { ok: false, error: 'id-conflict' };
          return { ok: true, duplicate: true, result: resultFromLog(stored) };
        }
        const card = st.studyableCard.get(review.cardId, review.userId, review.userId);
        const settings = st.settings.get(review.userId);
        if (!card || !settings) return { ok: false, error: 'not-found' };
        const row = st.progress.get(review.userId, card.id);
        const progress = row ? storedProgress(row) : null;
        const write = decide({ card, settings, progress });
        if (!write) return { ok: false, error: 'stale' };
        const { decision: d, day, tzOffsetMin } = write;
        st.upsertProgress.run(progressParams(review.userId, card, { ...d.after, lastReview: now, suspended: d.suspended, leech: d.leech }, now));
        const log = reviewLogParams({
          id: review.id, userId: review.userId, cardId: card.id, deckId: card.deckId, rating: review.rating, stateBefore: d.before.state,
          dueBefore: row ? row.due : null, after: d.after, leech: d.leech, elapsedDays: d.elapsedDays,
          reviewedAt: review.reviewedAt, serverAt: now, durationMs: review.durationMs, tzOffsetMin, previous: d.previous, day,
        });
        st.insertLog.run(log);
        st.addToStudyDay.run({ userId: review.userId, day, durationMs: review.durationMs, ...d.studyDay });
        return { ok: true, duplicate: false, result: resultFromLog(log) };
      });
    },

    undo(userId, reviewId, decide) {
      return commits.run((): UndoOutcome => {
        const f = st.undoFacts.get(reviewId);
        if (!f || f.userId !== userId) return { ok: false, error: 'not-found' };
        if (f.undone === 1) return { ok: true, cardId: f.cardId, deckId: f.deckId, progress: null, alreadyUndone: true };
        // A manual row (a reset or "I know this" in the card browser) is no rating to take back.
        if (!f.day || f.rating === MANUAL_RATING) return { ok: false, error: 'not-undoable' };
        const now = st.cardNow.get(userId, f.cardId);
        const card = now ? { reps: now.reps, suspended: now.suspended === 1 } : null;
        const later = st.laterRows.get({ cardId: f.cardId, userId, id: reviewId })!.n;
        if (!isLastChange({ repsAfter: f.repsAfter, leechAfter: f.leechAfter === 1, previous: f.previous }, card, later)) return { ok: false, error: 'not-last' };
        const d = decide({ rating: f.rating, stateBefore: f.stateBefore, stabilityAfter: f.stabilityAfter, durationMs: f.durationMs, cardType: f.type, previous: f.previous });
        if (d.restore) {
          const p = d.restore;
          st.restoreProgress.run({
            userId, cardId: f.cardId, state: p.state, due: sqliteDate(p.due), stability: p.stability, difficulty: p.difficulty,
            scheduledDays: p.scheduledDays, learningSteps: p.learningSteps, reps: p.reps, lapses: p.lapses,
            lastReview: p.lastReview ? sqliteDate(p.lastReview) : null, suspended: p.suspended ? 1 : 0, leech: p.leech ? 1 : 0,
            now: sqliteDate(new Date()),
          });
        } else st.deleteProgress.run(userId, f.cardId);
        st.markUndone.run(reviewId);
        st.subtractFromStudyDay.run({ userId, day: f.day, ...d.studyDay });
        st.dropEmptyStudyDay.run(userId, f.day);
        return { ok: true, cardId: f.cardId, deckId: f.deckId, progress: d.restore, alreadyUndone: false };
      });
    },
  };
}
