// The two writes that a review (./review-store.ts) and a learner's action in the card browser
// (./card-store.ts) share on SQLite: upserting the learner's CardProgress row and appending a
// ReviewLog row. They live here so each statement, and the way its values are turned into
// SQLite's storage form (dates as Prisma's text, flags as 0/1), is written once for both stores.
import type { StoredProgress } from '@/lib/reviews';
import type { SrsCard } from '@/lib/srs';
import { parseSqliteDate, sqliteDate } from './connection';

/** Named parameters: progressParams. */
export const UPSERT_PROGRESS_SQL = `
  INSERT INTO CardProgress (userId, cardId, deckId, noteId, state, due, stability, difficulty, scheduledDays, learningSteps,
    reps, lapses, lastReview, suspended, leech, firstSeenAt, updatedAt)
  VALUES (@userId, @cardId, @deckId, @noteId, @state, @due, @stability, @difficulty, @scheduledDays, @learningSteps,
    @reps, @lapses, @lastReview, @suspended, @leech, @now, @now)
  ON CONFLICT (userId, cardId) DO UPDATE SET state = excluded.state, due = excluded.due, stability = excluded.stability,
    difficulty = excluded.difficulty, scheduledDays = excluded.scheduledDays, learningSteps = excluded.learningSteps,
    reps = excluded.reps, lapses = excluded.lapses, lastReview = excluded.lastReview, suspended = excluded.suspended,
    leech = excluded.leech, updatedAt = excluded.updatedAt`;

/** Named parameters: reviewLogParams. A new row is never undone. */
export const INSERT_REVIEW_LOG_SQL = `
  INSERT INTO ReviewLog (id, userId, cardId, deckId, rating, stateBefore, stateAfter, dueBefore, dueAfter, stabilityAfter,
    difficultyAfter, elapsedDays, scheduledDays, reviewedAt, serverAt, durationMs, tzOffsetMin, previous, undone,
    repsAfter, lapsesAfter, leechAfter, day)
  VALUES (@id, @userId, @cardId, @deckId, @rating, @stateBefore, @stateAfter, @dueBefore, @dueAfter, @stabilityAfter,
    @difficultyAfter, @elapsedDays, @scheduledDays, @reviewedAt, @serverAt, @durationMs, @tzOffsetMin, @previous, 0,
    @repsAfter, @lapsesAfter, @leechAfter, @day)`;

export interface ProgressCard { id: string; deckId: string; noteId: string }

/** A CardProgress row as SQLite returns it: PROGRESS_COLUMNS. */
export interface ProgressRow {
  state: number; due: string; stability: number; difficulty: number; scheduledDays: number; learningSteps: number;
  reps: number; lapses: number; lastReview: string | null; suspended: number; leech: number;
}
export const PROGRESS_COLUMNS = 'state, due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, lastReview, suspended, leech';

/** The row read back: the inverse of progressParams. */
export function storedProgress(row: ProgressRow): StoredProgress {
  return {
    state: row.state as StoredProgress['state'], due: parseSqliteDate(row.due), stability: row.stability, difficulty: row.difficulty,
    scheduledDays: row.scheduledDays, learningSteps: row.learningSteps, reps: row.reps, lapses: row.lapses,
    lastReview: parseSqliteDate(row.lastReview), suspended: row.suspended === 1, leech: row.leech === 1,
  };
}

/** The parameters of UPSERT_PROGRESS_SQL: the learner's row on `card` becomes `progress`; `now` is its updatedAt (and firstSeenAt when new). */
export function progressParams(userId: string, card: ProgressCard, progress: StoredProgress, now: Date) {
  return {
    userId, cardId: card.id, deckId: card.deckId, noteId: card.noteId, state: progress.state, due: sqliteDate(progress.due),
    stability: progress.stability, difficulty: progress.difficulty, scheduledDays: progress.scheduledDays, learningSteps: progress.learningSteps,
    reps: progress.reps, lapses: progress.lapses, lastReview: progress.lastReview ? sqliteDate(progress.lastReview) : null,
    suspended: progress.suspended ? 1 : 0, leech: progress.leech ? 1 : 0, now: sqliteDate(now),
  };
}

export interface ReviewLogWrite {
  id: string; userId: string; cardId: string; deckId: string; rating: number;
  stateBefore: number;
  /** a Date, or the text exactly as read from the CardProgress row; null when there was no row */
  dueBefore: Date | string | null;
  /** the card's FSRS state after the review or action */
  after: SrsCard;
  leech: boolean;
  elapsedDays: number;
  reviewedAt: Date; serverAt: Date; durationMs: number; tzOffsetMin: number;
  previous: string | null;
  day: string;
}

/** The parameters of INSERT_REVIEW_LOG_SQL. */
export function reviewLogParams(w: ReviewLogWrite) {
  return {
    id: w.id, userId: w.userId, cardId: w.cardId, deckId: w.deckId, rating: w.rating, stateBefore: w.stateBefore, stateAfter: w.after.state,
    dueBefore: w.dueBefore instanceof Date ? sqliteDate(w.dueBefore) : w.dueBefore, dueAfter: sqliteDate(w.after.due),
    stabilityAfter: w.after.stability, difficultyAfter: w.after.difficulty, elapsedDays: w.elapsedDays, scheduledDays: w.after.scheduledDays,
    reviewedAt: sqliteDate(w.reviewedAt), serverAt: sqliteDate(w.serverAt), durationMs: w.durationMs, tzOffsetMin: w.tzOffsetMin,
    previous: w.previous, repsAfter: w.after.reps, lapsesAfter: w.after.lapses, leechAfter: w.leech ? 1 : 0, day: w.day,
  };
}
