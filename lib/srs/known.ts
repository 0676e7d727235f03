// "I know it" (the reader): a card the learner says they already know goes to review with a
// long interval rather than through the learning steps. Stability = the interval, so FSRS at
// the usual retention schedules the next review about then, and the word counts as known
// (stability ≥ 21 days). Difficulty is FSRS's own for a first answer of Easy. Pure.
import type { Scheduler } from './scheduler';
import type { SrsCard } from './types';

export const KNOWN_INTERVAL_DAYS = 60;
const DAY_MS = 86_400_000;

export function markedKnown(scheduler: Scheduler, before: SrsCard | null, now: Date): SrsCard {
  const easy = scheduler.review(scheduler.newCard(now), 4, now).card;
  const days = Math.max(KNOWN_INTERVAL_DAYS, Math.round(before?.stability ?? 0));
  return {
    state: 2,
    due: new Date(now.getTime() + days * DAY_MS),
    stability: Math.max(days, before?.stability ?? 0),
    difficulty: before && before.difficulty > 0 ? before.difficulty : easy.difficulty,
    scheduledDays: days,
    learningSteps: 0,
    reps: before?.reps ?? 0,
    lapses: before?.lapses ?? 0,
    lastReview: now,
  };
}
