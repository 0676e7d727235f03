/** 1 Again, 2 Hard, 3 Good, 4 Easy — same numbering as ts-fsrs `Rating`, so values can be stored as-is. */
export type Rating = 1 | 2 | 3 | 4;

/** 0 New, 1 Learning, 2 Review, 3 Relearning — same numbering as ts-fsrs `State`. */
export type CardStateCode = 0 | 1 | 2 | 3;

/** The learner's memory state for one card; mirrors the columns the app persists. */
export interface SrsCard {
  state: CardStateCode;
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}

export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export function isCardStateCode(value: unknown): value is CardStateCode {
  return value === 0 || value === 1 || value === 2 || value === 3;
}
