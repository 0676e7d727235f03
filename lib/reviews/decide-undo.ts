// What taking back a rating does, decided once for every store: the card's progress as it was
// before (or no progress at all, for a card met for the first time), and what the review had
// added to its study day, to take away again. Rate then undo leaves the learner's data as if
// the rating never happened; the log row stays, marked undone.
import { restore } from '../srs';
import { studyDayCounts, type StudyDayIncrement } from '../progress';
import type { StoredProgress } from './decide-review';

export interface UndoFacts {
  rating: number;
  stateBefore: number;
  stabilityAfter: number;
  durationMs: number;
  cardType: string;
  /** the log's undo record (progressSnapshot), null when the card had no progress before */
  previous: string | null;
}

export interface UndoDecision {
  /** null: delete the progress row (the learner had never rated the card) */
  restore: StoredProgress | null;
  studyDay: StudyDayIncrement & { durationMs: number };
}

export function decideUndo(f: UndoFacts): UndoDecision {
  const before = f.previous ? restoreProgress(f.previous) : null;
  return {
    restore: before,
    studyDay: {
      ...studyDayCounts({
        rating: f.rating,
        stateBefore: f.stateBefore,
        intervalBefore: before ? before.scheduledDays : 0,
        stabilityBefore: before ? before.stability : 0,
        stabilityAfter: f.stabilityAfter,
        recognition: f.cardType === 'recognition',
      }),
      durationMs: f.durationMs,
    },
  };
}

/** Inverse of progressSnapshot(); throws on a corrupt record, so nothing wrong is written back. */
export function restoreProgress(json: string): StoredProgress {
  const card = restore(json);
  const raw = JSON.parse(json) as { suspended?: unknown; leech?: unknown };
  return { ...card, suspended: raw.suspended === true, leech: raw.leech === true };
}

/** What the store knows of the card when a rating is to be taken back. */
export interface CardNow {
  reps: number;
  suspended: boolean;
}

/**
 * Whether the rating is still the last change to its card, the one thing Undo may take back:
 * no later row in the card's log (another rating, a reset, "I know this"), the review count
 * it left, and the suspension it left (a suspension made since, in the card browser, writes
 * no row but would be lifted by restoring what came before).
 */
export function isLastChange(rating: { repsAfter: number; leechAfter: boolean; previous: string | null }, card: CardNow | null, laterRows: number): boolean {
  if (!card || laterRows > 0 || card.reps !== rating.repsAfter) return false;
  const before = rating.previous ? restoreProgress(rating.previous) : null;
  // a rating that made the card a leech suspended it (decideReview)
  const suspendedAfter = (before?.suspended ?? false) || (rating.leechAfter && !(before?.leech ?? false));
  return card.suspended === suspendedAfter;
}
