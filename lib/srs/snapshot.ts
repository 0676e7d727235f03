import { isCardStateCode, type SrsCard } from './types';

/**
 * Serialised card for undo. Dates travel as epoch milliseconds so restore() does not
 * depend on Date string parsing.
 */
export function snapshot(card: SrsCard): string {
  return JSON.stringify({
    v: 1,
    state: card.state,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.lastReview === null ? null : card.lastReview.getTime(),
  });
}

/** Inverse of snapshot(). Throws on anything snapshot() could not have produced, so a corrupt undo record is never written back. */
export function restore(json: string): SrsCard {
  const raw: unknown = JSON.parse(json);
  if (typeof raw !== 'object' || raw === null) throw new TypeError('SRS snapshot: not an object');
  const o = raw as Record<string, unknown>;

  const num = (key: string): number => {
    const value = o[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(`SRS snapshot: "${key}" is not a finite number`);
    }
    return value;
  };
  const date = (key: string): Date => {
    const value = o[key];
    // Accept ISO strings too, in case a snapshot was made by plain JSON.stringify(card).
    const d = typeof value === 'number' || typeof value === 'string' ? new Date(value) : null;
    if (d === null || Number.isNaN(d.getTime())) throw new TypeError(`SRS snapshot: "${key}" is not a date`);
    return d;
  };

  const state = o.state;
  if (!isCardStateCode(state)) throw new TypeError('SRS snapshot: invalid "state"');

  return {
    state,
    due: date('due'),
    stability: num('stability'),
    difficulty: num('difficulty'),
    scheduledDays: num('scheduledDays'),
    learningSteps: num('learningSteps'),
    reps: num('reps'),
    lapses: num('lapses'),
    lastReview: o.lastReview === null || o.lastReview === undefined ? null : date('lastReview'),
  };
}
