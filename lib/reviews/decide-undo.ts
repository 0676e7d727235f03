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
