import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { DEFAULT_RELEARNING_STEPS, newCardsLeft, simulateRetentionCost, type MemoryCard, type RetentionCostInput } from './index';

const START = new Date('2026-05-04T00:00:00Z');
const DAY = 86_400_000;

/** A seeded source for the tests (the simulator takes any). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/** Review cards of a learner a few weeks in: stabilities 1..40 days, due over the next weeks. */
function cards(n: number): MemoryCard[] {
  return Array.from({ length: n }, (_, i) => {
    const stability = 1 + (i % 40);
    const lastReview = new Date(START.getTime() - (i % 7) * DAY);
    return { state: 2, stability, difficulty: 3 + (i % 6), lastReview, due: new Date(lastReview.getTime() + Math.round(stability) * DAY) };
  });
}

/** One deck with `n` cards not met and no limit of its own. */
const deck = (n: number) => [{ unmet: n, newPerDay: null }];

const base = (over: Partial<RetentionCostInput> = {}): RetentionCostInput => ({
  cards: cards(300), newCardDecks: deck(0), newCardsPerDay: 10, weights: null,
  retentions: [0.8, 0.85, 0.9, 0.95], start: START, days: 30, random: lcg(7), ...over,
});

describe('simulateRetentionCost', () => {
  it('costs more reviews a day at a higher retention', () => {
    const rows = simulateRetentionCost(base({ newCardDecks: deck(200) }));
    expect(rows.map((r) => r.retention)).toEqual([0.8, 0.85, 0.9, 0.95]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.average).toBeGreaterThan(rows[i - 1]!.average * 1.05);
    for (const r of rows) {
      expect(r.perDay).toHaveLength(30);
      expect(r.average).toBeCloseTo(r.perDay.reduce((a, b) => a + b, 0) / 30, 9);
    }
  });

  it('gives a learner with no cards the new cards alone, and nothing when there is nothing to learn', () => {
    const rows = simulateRetentionCost(base({ cards: [], newCardDecks: deck(15), newCardsPerDay: 5 }));
    for (const r of rows) {
      // 5 new cards on each of the first three days, each shown 1–3 times that day
      for (const d of [0, 1, 2]) {
        expect(r.perDay[d]).toBeGreaterThanOrEqual(5);
        expect(r.perDay[d]).toBeLessThanOrEqual(5 * 3 + 5);
      }
      // after that, only their reviews: fewer than the 15 cards a day
      expect(Math.max(...r.perDay.slice(3))).toBeLessThan(15);
      expect(r.perDay.slice(3).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
    expect(simulateRetentionCost(base({ cards: [], newCardDecks: deck(0) })).map((r) => r.average)).toEqual([0, 0, 0, 0]);
    expect(simulateRetentionCost(base({ cards: [], newCardDecks: deck(100), newCardsPerDay: 0 })).map((r) => r.average)).toEqual([0, 0, 0, 0]);
  });

  it('counts overdue cards today and cards due later on their day', () => {
    const overdue: MemoryCard = { state: 2, stability: 30, difficulty: 5, lastReview: new Date(START.getTime() - 60 * DAY), due: new Date(START.getTime() - 30 * DAY) };
    const later: MemoryCard = { ...overdue, lastReview: new Date(START.getTime() - 10 * DAY), due: new Date(START.getTime() + 20.5 * DAY) };
    const [r] = simulateRetentionCost(base({ cards: [overdue, later], retentions: [0.9] }));
    expect(r!.perDay[0]).toBeGreaterThanOrEqual(1);
    expect(r!.perDay[20]).toBeGreaterThanOrEqual(1);
  });

  it('gives identical outputs for identical inputs', () => {
    const a = simulateRetentionCost(base({ newCardDecks: deck(50), random: lcg(42) }));
    const b = simulateRetentionCost(base({ newCardDecks: deck(50), random: lcg(42) }));
    expect(a).toEqual(b);
    // and the same card list in a sample too
    const big = { cards: cards(20_000), random: lcg(1), retentions: [0.9] };
    expect(simulateRetentionCost(base(big))).toEqual(simulateRetentionCost(base({ ...big, random: lcg(1) })));
  });

  it("uses the learner's own parameters", () => {
    // A learner who forgets fast: lower initial and recall stabilities than the defaults.
    const fast = [...default_w];
    fast[2] = 0.8; fast[3] = 2; fast[8] = 0.8;
    const withDefaults = simulateRetentionCost(base({ cards: [], newCardDecks: deck(300) }));
    const withOwn = simulateRetentionCost(base({ cards: [], newCardDecks: deck(300), weights: fast }));
    for (let i = 0; i < withOwn.length; i++) expect(withOwn[i]!.average).toBeGreaterThan(withDefaults[i]!.average * 1.1);
    // an unusable stored set falls back to the defaults
    expect(simulateRetentionCost(base({ weights: [1, 2, 3] }))).toEqual(simulateRetentionCost(base({ weights: null })));
  });

  it('samples a large collection and replays a small one to similar per-card figures', () => {
    const [small] = simulateRetentionCost(base({ cards: cards(400), retentions: [0.9] }));
    const [large] = simulateRetentionCost(base({ cards: cards(40_000), retentions: [0.9] }));
    expect(large!.average / 100).toBeCloseTo(small!.average, 0);
  });

  describe("the learner's limits", () => {
    /** `n` review cards all due tomorrow, last seen ten days ago. */
    const dueTomorrow = (n: number): MemoryCard[] => Array.from({ length: n }, (_, i) => ({
      state: 2, stability: 10, difficulty: 5, lastReview: new Date(START.getTime() - 10 * DAY), due: new Date(START.getTime() + DAY + i * 60_000),
    }));

    it('shows no more reviews a day than the cap and carries the rest over', () => {
      const input = base({ cards: dueTomorrow(300), newCardDecks: deck(0), reviewsPerDay: 50, retentions: [0.9, 0.95] });
      for (const r of simulateRetentionCost(input)) {
        // nothing is due today; then at most 50 reviews a day, relearning steps of lapses on top
        expect(r.perDay[0]).toBe(0);
        for (const day of [1, 2, 3, 4, 5]) {
          expect(r.perDay[day]).toBeGreaterThanOrEqual(50);
          expect(r.perDay[day]).toBeLessThan(50 * 1.5);
        }
        // what was left waiting: 250 after tomorrow, then 50 fewer a day (and lapsed cards due again)
        expect(r.backlog[1]).toBeCloseTo(250, 6);
        for (const day of [2, 3, 4]) {
          expect(r.backlog[day]).toBeGreaterThanOrEqual(r.backlog[day - 1]! - 50 - 1e-6);
          expect(r.backlog[day]).toBeLessThan(r.backlog[day - 1]!);
        }
      }
      // without the cap, all 300 are shown tomorrow and nothing waits
      const [free] = simulateRetentionCost({ ...input, reviewsPerDay: null, random: lcg(7) });
      expect(free!.perDay[1]).toBeGreaterThanOrEqual(300);
      expect(free!.backlog.every((b) => b === 0)).toBe(true);
    });

    it('recalls reviews held back less well: they lapse more often, each lapse a relearning step more', () => {
      const cardsDue = dueTomorrow(300);
      // share of the day's shows beyond one per card: the relearning steps of lapses
      const [free] = simulateRetentionCost(base({ cards: cardsDue, newCardDecks: deck(0), reviewsPerDay: null, retentions: [0.9], days: 2 }));
      const onTime = free!.perDay[1]! / 300 - 1;
      // with 10 a day, the cards shown on day 29 have waited four weeks beyond their due day
      const [capped] = simulateRetentionCost(base({ cards: cardsDue, newCardDecks: deck(0), reviewsPerDay: 10, retentions: [0.9], days: 30 }));
      expect(capped!.perDay[29]! / 10 - 1).toBeGreaterThan(onTime * 1.5);
    });

    it('shows the earliest due reviews first, as the queue does', () => {
      // one card long overdue and sure to be forgotten, five due today and sure to be recalled
      const forgotten: MemoryCard = { state: 2, stability: 0.1, difficulty: 9, lastReview: new Date(START.getTime() - 40 * DAY), due: new Date(START.getTime() - 30 * DAY) };
      const sure: MemoryCard[] = Array.from({ length: 5 }, () => ({ state: 2, stability: 5000, difficulty: 1, lastReview: new Date(START.getTime() - DAY), due: START }));
      for (const list of [[forgotten, ...sure], [...sure, forgotten]]) {
        const [r] = simulateRetentionCost(base({ cards: list, newCardDecks: deck(0), reviewsPerDay: 1, retentions: [0.9], days: 1 }));
        // the cap of 1 shows the overdue card, whatever the list's order: its likely lapse adds its
        // relearning steps (a card due today, recalled for sure, would make it exactly 1)
        expect(r!.perDay[0]).toBeGreaterThan(1 + 0.3 * DEFAULT_RELEARNING_STEPS.length);
        expect(r!.perDay[0]).toBeLessThanOrEqual(1 + DEFAULT_RELEARNING_STEPS.length + 1e-9);
        expect(r!.backlog[0]).toBeCloseTo(5, 6);
      }
    });

    it('never caps learning and relearning steps', () => {
      const learning: MemoryCard[] = Array.from({ length: 120 }, () => ({
        state: 3, stability: 1, difficulty: 7, lastReview: new Date(START.getTime() - 0.5 * DAY), due: new Date(START.getTime() + 0.1 * DAY),
      }));
      for (const cap of [5, null]) {
        const [r] = simulateRetentionCost(base({ cards: learning, newCardDecks: deck(0), reviewsPerDay: cap, retentions: [0.9], days: 1 }));
        expect(r!.perDay[0]).toBeGreaterThanOrEqual(120);
        expect(r!.backlog[0]).toBe(0);
      }
      // and new cards' first-day steps are governed by the new-card limits, not the cap
      const [fresh] = simulateRetentionCost(base({ cards: [], newCardDecks: deck(40), newCardsPerDay: 40, reviewsPerDay: 1, retentions: [0.9], days: 1 }));
      expect(fresh!.perDay[0]).toBeGreaterThanOrEqual(40);
    });

    it("introduces each deck's new cards within its own limit and the overall one", () => {
      const firstDays = (decks: RetentionCostInput['newCardDecks'], newCardsPerDay: number) => {
        // Again on the first view costs three shows, Easy one: with Easy always, shows = cards introduced.
        const [r] = simulateRetentionCost(base({ cards: [], newCardDecks: decks, newCardsPerDay, retentions: [0.9], days: 4, ratingOdds: { first: [0, 0, 0, 1], recalled: [0, 1, 0] } }));
        return r!.perDay.map((n) => Math.round(n));
      };
      // deck A: 3 a day of its own, 100 left; deck B: 4 cards, no limit of its own; overall 10
      expect(firstDays([{ unmet: 100, newPerDay: 3 }, { unmet: 4, newPerDay: null }], 10)).toEqual([7, 3, 3, 3]);
      // the overall limit bounds the sum across decks
      expect(firstDays([{ unmet: 100, newPerDay: 8 }, { unmet: 100, newPerDay: 8 }], 10)).toEqual([10, 10, 10, 10]);
      // a deck's limit of 0 holds its cards back; one with too few cards gives what it has
      expect(firstDays([{ unmet: 100, newPerDay: 0 }, { unmet: 2, newPerDay: 5 }], 10)).toEqual([2, 0, 0, 0]);
      // the same rule as the queue's
      expect(newCardsLeft({ newPerDay: 10, newIntroducedTodayAllDecks: 3, deckNewPerDay: null, deckNewIntroducedToday: 0 })).toBe(7);
    });
  });
});
