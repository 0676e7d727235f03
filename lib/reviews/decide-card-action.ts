// What the learner's own actions on a card do (the card browser: suspend, unsuspend, reset,
// "I know this"), decided once for every store. Suspension is a flag and leaves the log alone.
// Reset and "I know this" change the card's memory state, so they are written to the review
// log as manual rows (ts-fsrs Rating.Manual): the history stays whole, a rebuild of the rollup
// from the log sees the same stabilities the stores saw, and the known-word count follows.
import { MANUAL_RATING, studyDayCounts, type StudyDayIncrement } from '../progress';
import type { Scheduler, SrsCard } from '../srs';
import { progressSnapshot, type StoredProgress } from './decide-review';

export const CARD_ACTIONS = ['suspend', 'unsuspend', 'reset', 'known'] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

export function isCardAction(value: unknown): value is CardAction {
  return (CARD_ACTIONS as readonly unknown[]).includes(value);
}

export interface CardActionInput {
  action: CardAction;
  /** null: the learner has never met the card */
  before: StoredProgress | null;
  cardType: string;
  now: Date;
  scheduler: Scheduler;
}

/** The manual log row of a reset or "I know this". */
export interface ManualLog {
  rating: typeof MANUAL_RATING;
  stateBefore: number;
  dueBefore: Date | null;
  elapsedDays: number;
  /** the row as it was (progressSnapshot), null when there was none */
  previous: string | null;
  studyDay: StudyDayIncrement;
}

export interface CardActionDecision {
  /** the learner's progress row after the action (written, or created for a card never met) */
  after: StoredProgress;
  log: ManualLog | null;
}

const DAY_MS = 86_400_000;

/** null: the action changes nothing on this card (already suspended, never met and reset …). */
export function decideCardAction({ action, before, cardType, now, scheduler }: CardActionInput): CardActionDecision | null {
  const current: StoredProgress = before ?? { ...scheduler.newCard(now), suspended: false, leech: false };
  switch (action) {
    case 'suspend':
      return current.suspended ? null : { after: { ...current, suspended: true }, log: null };
    case 'unsuspend':
      // The leech flag stays: the card is still one the learner found hard.
      return current.suspended ? { after: { ...current, suspended: false }, log: null } : null;
    case 'reset': {
      if (!before || (before.state === 0 && before.reps === 0)) return null;
      // Starts over as a new card; lapses (and so the leech flag) start again from none.
      const after: StoredProgress = { ...scheduler.newCard(now), suspended: before.suspended, leech: false };
      return { after, log: manualLog(before, after, cardType, now) };
    }
    case 'known': {
      const known = scheduler.known(current, now);
      if (!known) return null;
      const after: StoredProgress = { ...known, suspended: current.suspended, leech: current.leech };
      return { after, log: manualLog(before, after, cardType, now) };
    }
  }
}

function manualLog(before: StoredProgress | null, after: SrsCard, cardType: string, now: Date): ManualLog {
  return {
    rating: MANUAL_RATING,
    stateBefore: before?.state ?? 0,
    dueBefore: before ? before.due : null,
    elapsedDays: before?.lastReview ? Math.max(0, now.getTime() - before.lastReview.getTime()) / DAY_MS : 0,
    previous: before ? progressSnapshot(before) : null,
    studyDay: studyDayCounts({
      rating: MANUAL_RATING,
      stateBefore: before?.state ?? 0,
      intervalBefore: before?.scheduledDays ?? 0,
      stabilityBefore: before?.stability ?? 0,
      stabilityAfter: after.stability,
      recognition: cardType === 'recognition',
    }),
  };
}
