// The SQL behind submitReview: prepared once per connection, run inside one synchronous
// SQLite transaction (atomic, and never interleaved with another review in this process;
// BEGIN IMMEDIATE serialises writers across processes).
import 'server-only';
import type Database from 'better-sqlite3';

export interface LogRow {
  id: string; userId: string; cardId: string; rating: number; stateAfter: number; dueAfter: string;
  stabilityAfter: number; difficultyAfter: number; scheduledDays: number; reviewedAt: string; serverAt: string;
}
export interface ProgressRow {
  state: number; due: string; stability: number; difficulty: number; scheduledDays: number; learningSteps: number;
  reps: number; lapses: number; lastReview: string | null; suspended: number; leech: number;
}
export interface CardRow { id: string; deckId: string; noteId: string; type: string }
export interface SettingsRow { desiredRetention: number; fsrsWeights: string | null; timeZone: string; dayStartHour: number }

export interface ReviewStatements {
  log: Database.Statement<[string], LogRow>;
  progressSummary: Database.Statement<[string, string], { reps: number; lapses: number; leech: number }>;
  studyableCard: Database.Statement<[string, string, string], CardRow>;
  settings: Database.Statement<[string], SettingsRow>;
  progress: Database.Statement<[string, string], ProgressRow>;
  upsertProgress: Database.Statement<Record<string, unknown>>;
  insertLog: Database.Statement<Record<string, unknown>>;
  addToStudyDay: Database.Statement<Record<string, unknown>>;
}

const cache = new WeakMap<Database.Database, ReviewStatements>();

export function reviewStatements(db: Database.Database): ReviewStatements {
  const hit = cache.get(db);
  if (hit) return hit;
  const s: ReviewStatements = {
    log: db.prepare(
      'SELECT id, userId, cardId, rating, stateAfter, dueAfter, stabilityAfter, difficultyAfter, scheduledDays, reviewedAt, serverAt FROM ReviewLog WHERE id = ?',
    ),
    progressSummary: db.prepare('SELECT reps, lapses, leech FROM CardProgress WHERE userId = ? AND cardId = ?'),
    // The same rule as server/decks/deck-access.ts (public, own, or assigned to a class
    // the learner belongs to); server/reviews/submit-review.test.ts covers both.
    studyableCard: db.prepare(`
      SELECT c.id, c.deckId, c.noteId, c.type FROM Card c
      JOIN Note n ON n.id = c.noteId
      JOIN Deck d ON d.id = c.deckId
      WHERE c.id = ? AND c.deletedAt IS NULL AND n.deletedAt IS NULL AND (
        d.visibility = 'public' OR d.ownerId = ? OR EXISTS (
          SELECT 1 FROM DeckAssignment a JOIN ClassMember m ON m.classId = a.classId
          WHERE a.deckId = d.id AND m.userId = ?))`),
    settings: db.prepare('SELECT desiredRetention, fsrsWeights, timeZone, dayStartHour FROM user WHERE id = ?'),
    progress: db.prepare(
      'SELECT state, due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, lastReview, suspended, leech FROM CardProgress WHERE userId = ? AND cardId = ?',
    ),
    upsertProgress: db.prepare(`
      INSERT INTO CardProgress (userId, cardId, deckId, noteId, state, due, stability, difficulty, scheduledDays, learningSteps,
        reps, lapses, lastReview, suspended, leech, firstSeenAt, updatedAt)
      VALUES (@userId, @cardId, @deckId, @noteId, @state, @due, @stability, @difficulty, @scheduledDays, @learningSteps,
        @reps, @lapses, @lastReview, @suspended, @leech, @now, @now)
      ON CONFLICT (userId, cardId) DO UPDATE SET state = excluded.state, due = excluded.due, stability = excluded.stability,
        difficulty = excluded.difficulty, scheduledDays = excluded.scheduledDays, learningSteps = excluded.learningSteps,
        reps = excluded.reps, lapses = excluded.lapses, lastReview = excluded.lastReview, suspended = excluded.suspended,
        leech = excluded.leech, updatedAt = excluded.updatedAt`),
    insertLog: db.prepare(`
      INSERT INTO ReviewLog (id, userId, cardId, deckId, rating, stateBefore, stateAfter, dueBefore, dueAfter, stabilityAfter,
        difficultyAfter, elapsedDays, scheduledDays, reviewedAt, serverAt, durationMs, tzOffsetMin, previous, undone)
      VALUES (@id, @userId, @cardId, @deckId, @rating, @stateBefore, @stateAfter, @dueBefore, @dueAfter, @stabilityAfter,
        @difficultyAfter, @elapsedDays, @scheduledDays, @reviewedAt, @serverAt, @durationMs, @tzOffsetMin, @previous, 0)`),
    // The per-learner-per-study-day rollup (docs/decisions/005-progress-rollups.md); the
    // same counts server/progress/rebuild-study-days.ts derives from the log.
    addToStudyDay: db.prepare(`
      INSERT INTO StudyDay (userId, day, reviews, newCards, durationMs, youngTotal, youngPassed, matureTotal, maturePassed, knownDelta)
      VALUES (@userId, @day, 1, @newCards, @durationMs, @youngTotal, @youngPassed, @matureTotal, @maturePassed, @knownDelta)
      ON CONFLICT (userId, day) DO UPDATE SET reviews = reviews + 1, newCards = newCards + excluded.newCards,
        durationMs = durationMs + excluded.durationMs, youngTotal = youngTotal + excluded.youngTotal,
        youngPassed = youngPassed + excluded.youngPassed, matureTotal = matureTotal + excluded.matureTotal,
        maturePassed = maturePassed + excluded.maturePassed, knownDelta = knownDelta + excluded.knownDelta`),
  };
  cache.set(db, s);
  return s;
}
