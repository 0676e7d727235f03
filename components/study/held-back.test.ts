import { describe, expect, it } from 'vitest';
import { createScheduler } from '@/lib/srs';
import type { SrsState } from '@/server/study/get-study-step';
import { holdBackUnseen, type UnseenRating } from './held-back';

const scheduler = createScheduler();
const t = Date.UTC(2026, 11, 3, 9, 0, 0);
const at = (s: number) => new Date(t + s * 1000).toISOString();
const rating = (id: string, cardId: string, r: 1 | 2 | 3 | 4, s: number, baseReps?: number): UnseenRating =>
  ({ id, cardId, rating: r, reviewedAt: at(s), baseReps });

/** A card's state as the server sends it: a review card with `reps` reviews, due now. */
const reviewCard = (reps: number): SrsState => ({
  state: 2, due: at(0), stability: 10, difficulty: 5, scheduledDays: 10, learningSteps: 0, reps, lapses: 0, lastReview: at(-10 * 86_400),
});

describe('ratings a reloaded study page finds unsent or not yet reflected', () => {
  it('holds back a lined-up card the step does not reflect and moves the counts as the rating did', () => {
    const queue = [{ cardId: 'new', srs: null }, { cardId: 'due', srs: reviewCard(3) }];
    const { held, deltas } = holdBackUnseen([rating('a', 'new', 3, 1, 0), rating('b', 'due', 1, 2, 3)], queue, scheduler);
    expect([...held.keys()].sort()).toEqual(['due', 'new']);
    expect(held.get('new')?.lastRatingId).toBe('a');
    // Good on a new card: it leaves "new" for its learning steps.
    expect(deltas.get('a')).toEqual({ new: -1, learning: 1, review: 0 });
    // Again on a review: it leaves "due" and relearns.
    expect(deltas.get('b')).toEqual({ new: 0, learning: 1, review: -1 });
    expect(held.get('due')?.srs.state).toBe(3);
  });

  it('moves nothing for a rating the step already reflects, and does not hold its card back', () => {
    // Rated on 3 reviews; the step shows 4: the server stored it before it read the page.
    const { held, deltas } = holdBackUnseen([rating('a', 'due', 3, 1, 3)], [{ cardId: 'due', srs: reviewCard(4) }], scheduler);
    expect(held.size).toBe(0);
    expect(deltas.size).toBe(0);
  });

  it('chains a card rated twice from its first rating, whatever order the ratings come in', () => {
    const queue = [{ cardId: 'new', srs: null }];
    const second = rating('b', 'new', 3, 120, 1);
    const { held, deltas } = holdBackUnseen([second, rating('a', 'new', 1, 1, 0)], queue, scheduler);
    expect(held.get('new')?.lastRatingId).toBe('b');
    expect(held.get('new')?.srs.reps).toBe(2);
    // The first takes it out of "new" into learning; the second keeps it learning (or not), never "new" twice.
    expect(deltas.get('a')).toEqual({ new: -1, learning: 1, review: 0 });
    const d = deltas.get('b')!;
    expect(d.new).toBe(0);
    expect(d.learning).toBeLessThanOrEqual(0);
    const total = [...deltas.values()].reduce((s, x) => s + x.new, 0);
    expect(total).toBe(-1);
  });

  it('holds back a card the step does not line up without moving the counts: it may or may not be counted there', () => {
    const { held, deltas } = holdBackUnseen([rating('a', 'elsewhere', 1, 1, 0), rating('b', 'elsewhere', 3, 90, 1)], [], scheduler);
    expect(held.get('elsewhere')?.lastRatingId).toBe('b');
    expect(deltas.get('a')).toEqual({ new: 0, learning: 0, review: 0 });
    expect(deltas.get('b')).toEqual({ new: 0, learning: 0, review: 0 });
  });
});
