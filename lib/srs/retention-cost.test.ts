import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { simulateRetentionCost, type MemoryCard, type RetentionCostInput } from './index';

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

const base = (over: Partial<RetentionCostInput> = {}): RetentionCostInput => ({
  cards: cards(300), newCardsAvailable: 0, newCardsPerDay: 10, weights: null,
  retentions: [0.8, 0.85, 0.9, 0.95], start: START, days: 30, random: lcg(7), ...over,
});

describe('simulateRetentionCost', () => {
  it('costs more reviews a day at a higher retention', () => {
    const rows = simulateRetentionCost(base({ newCardsAvailable: 200 }));
    expect(rows.map((r) => r.retention)).toEqual([0.8, 0.85, 0.9, 0.95]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.average).toBeGreaterThan(rows[i - 1]!.average * 1.05);
    for (const r of rows) {
      expect(r.perDay).toHaveLength(30);
      expect(r.average).toBeCloseTo(r.perDay.reduce((a, b) => a + b, 0) / 30, 9);
    }
  });

  it('gives a learner with no cards the new cards alone, and nothing when there is nothing to learn', () => {
    const rows = simulateRetentionCost(base({ cards: [], newCardsAvailable: 15, newCardsPerDay: 5 }));
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
    expect(simulateRetentionCost(base({ cards: [], newCardsAvailable: 0 })).map((r) => r.average)).toEqual([0, 0, 0, 0]);
    expect(simulateRetentionCost(base({ cards: [], newCardsAvailable: 100, newCardsPerDay: 0 })).map((r) => r.average)).toEqual([0, 0, 0, 0]);
  });

  it('counts overdue cards today and cards due later on their day', () => {
    const overdue: MemoryCard = { state: 2, stability: 30, difficulty: 5, lastReview: new Date(START.getTime() - 60 * DAY), due: new Date(START.getTime() - 30 * DAY) };
    const later: MemoryCard = { ...overdue, lastReview: new Date(START.getTime() - 10 * DAY), due: new Date(START.getTime() + 20.5 * DAY) };
    const [r] = simulateRetentionCost(base({ cards: [overdue, later], retentions: [0.9] }));
    expect(r!.perDay[0]).toBeGreaterThanOrEqual(1);
    expect(r!.perDay[20]).toBeGreaterThanOrEqual(1);
  });

  it('gives identical outputs for identical inputs', () => {
    const a = simulateRetentionCost(base({ newCardsAvailable: 50, random: lcg(42) }));
    const b = simulateRetentionCost(base({ newCardsAvailable: 50, random: lcg(42) }));
    expect(a).toEqual(b);
    // and the same card list in a sample too
    const big = { cards: cards(20_000), random: lcg(1), retentions: [0.9] };
    expect(simulateRetentionCost(base(big))).toEqual(simulateRetentionCost(base({ ...big, random: lcg(1) })));
  });

  it("uses the learner's own parameters", () => {
    // A learner who forgets fast: lower initial and recall stabilities than the defaults.
    const fast = [...default_w];
    fast[2] = 0.8; fast[3] = 2; fast[8] = 0.8;
    const withDefaults = simulateRetentionCost(base({ cards: [], newCardsAvailable: 300 }));
    const withOwn = simulateRetentionCost(base({ cards: [], newCardsAvailable: 300, weights: fast }));
    for (let i = 0; i < withOwn.length; i++) expect(withOwn[i]!.average).toBeGreaterThan(withDefaults[i]!.average * 1.1);
    // an unusable stored set falls back to the defaults
    expect(simulateRetentionCost(base({ weights: [1, 2, 3] }))).toEqual(simulateRetentionCost(base({ weights: null })));
  });

  it('samples a large collection and replays a small one to similar per-card figures', () => {
    const [small] = simulateRetentionCost(base({ cards: cards(400), retentions: [0.9] }));
    const [large] = simulateRetentionCost(base({ cards: cards(40_000), retentions: [0.9] }));
    expect(large!.average / 100).toBeCloseTo(small!.average, 0);
  });
});
