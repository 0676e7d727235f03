import { describe, expect, it } from 'vitest';
import {
  buildFitItems,
  enoughItems,
  firstIntervals,
  fitAllowed,
  fitDue,
  shouldAdopt,
  HELD_BACK_FRACTION,
  MIN_FIT_REVIEWS,
  REFIT_EVERY_REVIEWS,
  RETRY_AFTER_TOO_FEW_REVIEWS,
  SIMULATED_LEARNER_WEIGHTS,
  scoreParameters,
  simulateReviewLog,
  type FitLogRow,
  type FitOutcome,
} from './index';

const at = (iso: string) => new Date(iso);
const row = (cardId: string, rating: number, iso: string, day: string, stateAfter = 2): FitLogRow => ({ cardId, rating, stateAfter, day, at: at(iso) });

describe('when a fit is due', () => {
  /** An automatic fit, with automatic fitting on (the default). */
  const auto = (reviews: number, last: { reviews: number; outcome: FitOutcome } | null = null) => fitDue({ reason: 'auto', autoFit: true, reviews, last });

  it('first once the log could hold enough items (fsrs-rs trains from 64, a fifth held back)', () => {
    expect(MIN_FIT_REVIEWS).toBe(80);
    expect(auto(MIN_FIT_REVIEWS - 1)).toBe(false);
    expect(auto(MIN_FIT_REVIEWS)).toBe(true);
  });

  it('then again after every 500 new reviews', () => {
    const last = { reviews: 700, outcome: 'adopted' as const };
    expect(auto(700 + REFIT_EVERY_REVIEWS - 1, last)).toBe(false);
    expect(auto(700 + REFIT_EVERY_REVIEWS, last)).toBe(true);
    expect(auto(1200, { reviews: 700, outcome: 'kept' })).toBe(true);
    expect(auto(1199, { reviews: 700, outcome: 'kept' })).toBe(false);
  });

  it('sooner after a fit that found too few items, but not at every review', () => {
    const last = { reviews: 90, outcome: 'too-few' as const };
    expect(auto(90 + RETRY_AFTER_TOO_FEW_REVIEWS - 1, last)).toBe(false);
    expect(auto(90 + RETRY_AFTER_TOO_FEW_REVIEWS, last)).toBe(true);
  });

  it('never by itself while the learner has automatic fitting off, however many reviews', () => {
    for (const last of [null, { reviews: 700, outcome: 'adopted' as const }, { reviews: 90, outcome: 'too-few' as const }]) {
      expect(fitDue({ reason: 'auto', autoFit: false, reviews: 100_000, last })).toBe(false);
    }
    expect(fitAllowed('auto', false)).toBe(false);
    expect(fitAllowed('auto', true)).toBe(true);
  });

  it('when the learner asks, with automatic fitting on or off, even before a first automatic one, once there is a review the last fit did not see', () => {
    for (const autoFit of [true, false]) {
      expect(fitAllowed('requested', autoFit)).toBe(true);
      expect(fitDue({ reason: 'requested', autoFit, reviews: 10, last: null })).toBe(true);
      expect(fitDue({ reason: 'requested', autoFit, reviews: 701, last: { reviews: 700, outcome: 'adopted' } })).toBe(true);
      // nothing new since the last fit, whatever it found: asking again runs nothing
      for (const outcome of ['adopted', 'kept', 'too-few'] as const) expect(fitDue({ reason: 'requested', autoFit, reviews: 700, last: { reviews: 700, outcome } })).toBe(false);
      expect(fitDue({ reason: 'requested', autoFit, reviews: 11, last: { reviews: 11, outcome: 'too-few' } })).toBe(false);
      // after going back to the defaults, asking fits again
      expect(fitDue({ reason: 'requested', autoFit, reviews: 700, last: { reviews: 700, outcome: 'reset' } })).toBe(true);
    }
  });

  it('after going back to the defaults, not by itself until 500 more reviews (turned on again)', () => {
    const last = { reviews: 3000, outcome: 'reset' as const };
    expect(auto(3000 + REFIT_EVERY_REVIEWS - 1, last)).toBe(false);
    expect(auto(3000 + REFIT_EVERY_REVIEWS, last)).toBe(true);
  });
});

describe('the optimiser items of a review log', () => {
  it('counts days at the learner boundary, one item per review on a later day, latest held back', () => {
    const log = [
      row('a', 3, '2026-03-01T09:00:00Z', '2026-03-01', 1),
      row('a', 3, '2026-03-01T09:10:00Z', '2026-03-01'),
      row('a', 3, '2026-03-03T21:00:00Z', '2026-03-03'),
      // 02:00 local next calendar day, still the study day before (day start 04:00)
      row('a', 1, '2026-03-06T20:00:00Z', '2026-03-06'),
      row('b', 4, '2026-03-02T09:00:00Z', '2026-03-02'),
      row('b', 3, '2026-03-12T09:00:00Z', '2026-03-12'),
    ];
    const items = buildFitItems(log, 'Asia/Almaty', 4);
    const all = [...items.train, ...items.heldBack];
    expect(all).toEqual([
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }],
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }, { rating: 1, deltaT: 3 }],
      [{ rating: 4, deltaT: 0 }, { rating: 3, deltaT: 10 }],
    ]);
    expect(items.heldBack).toEqual([all[2]]);
  });

  it('skips manual rows; a reset starts the card afresh, "I know this" does not', () => {
    const log = [
      row('a', 3, '2026-03-01T09:00:00Z', '2026-03-01'),
      row('a', 0, '2026-03-02T09:00:00Z', '2026-03-02', 2), // I know this
      row('a', 3, '2026-03-05T09:00:00Z', '2026-03-05'),
      row('a', 0, '2026-03-06T09:00:00Z', '2026-03-06', 0), // reset
      row('a', 2, '2026-03-07T09:00:00Z', '2026-03-07'),
      row('a', 3, '2026-03-09T09:00:00Z', '2026-03-09'),
    ];
    const { train, heldBack } = buildFitItems(log, 'UTC', 0);
    expect([...train, ...heldBack]).toEqual([
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 4 }],
      [{ rating: 2, deltaT: 0 }, { rating: 3, deltaT: 2 }],
    ]);
  });

  it('works out the study day of old rows that carry none', () => {
    const log = [row('a', 3, '2026-03-01T20:00:00Z', ''), row('a', 3, '2026-03-02T22:30:00Z', '')];
    // Asia/Almaty (UTC+5): 01:00 and 03:30 local, both before the 04:00 start: days 1 March → 2 March
    expect(buildFitItems(log, 'Asia/Almaty', 4).train.concat(buildFitItems(log, 'Asia/Almaty', 4).heldBack)).toEqual([
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 1 }],
    ]);
  });

  it('holds back the latest fifth of a simulated log and has enough to fit on', () => {
    const log = simulateReviewLog({ reviews: 2000, seed: 7, start: at('2026-01-01T00:00:00Z'), memory: SIMULATED_LEARNER_WEIGHTS });
    const items = buildFitItems(log, 'UTC', 0);
    const n = items.train.length + items.heldBack.length;
    expect(items.heldBack.length).toBe(Math.round(n * HELD_BACK_FRACTION));
    expect(enoughItems(items)).toBe(true);
    expect(log.every((r) => r.rating >= 1 && r.rating <= 4)).toBe(true);
    expect(simulateReviewLog({ reviews: 50, seed: 7, start: at('2026-01-01T00:00:00Z') })).toEqual(log.slice(0, 50));
  });
});

describe('adopting fitted parameters', () => {
  const defaults = { logLoss: 0.33, rmse: 0.08 };
  it('only when they predict the held-back reviews better than the defaults and what is in use', () => {
    expect(shouldAdopt({ before: defaults, defaults, after: { logLoss: 0.3, rmse: 0.05 } })).toBe(true);
    expect(shouldAdopt({ before: defaults, defaults, after: { logLoss: 0.33, rmse: 0.05 } })).toBe(false);
    expect(shouldAdopt({ before: defaults, defaults, after: { logLoss: 0.35, rmse: 0.04 } })).toBe(false);
    expect(shouldAdopt({ before: { logLoss: 0.29, rmse: 0.04 }, defaults, after: { logLoss: 0.3, rmse: 0.05 } })).toBe(false);
    expect(shouldAdopt({ before: defaults, defaults, after: { logLoss: Number.NaN, rmse: 0.05 } })).toBe(false);
  });
});

describe('what parameters mean for new cards', () => {
  it('gives the intervals the scheduler would, and longer ones for stronger first memories', () => {
    const base = firstIntervals(null, 0.9);
    expect(base.easy).toBeGreaterThan(base.good);
    const stronger = [...SIMULATED_LEARNER_WEIGHTS];
    stronger[3] = 30;
    expect(firstIntervals(stronger, 0.9).easy).toBeGreaterThan(firstIntervals(SIMULATED_LEARNER_WEIGHTS, 0.9).easy);
    expect(firstIntervals(null, 0.8).easy).toBeGreaterThan(base.easy);
  });
});

describe('scoring parameters on reviews', () => {
  it('is lower for the parameters the reviews were made with than for the defaults', () => {
    const log = simulateReviewLog({ reviews: 3000, seed: 11, start: at('2026-01-01T00:00:00Z') });
    const { heldBack } = buildFitItems(log, 'UTC', 0);
    const truth = scoreParameters(SIMULATED_LEARNER_WEIGHTS, heldBack);
    const defaults = scoreParameters(null, heldBack);
    expect(truth.logLoss).toBeLessThan(defaults.logLoss);
    expect(truth.rmse).toBeGreaterThan(0);
  });

  it('is the mean cross-entropy of the predicted recall, and a bin error of zero for a perfect calibration', () => {
    // one item, recalled: loss = -ln(p); one bin, so RMSE = |p - 1|
    const item = [{ rating: 3 as const, deltaT: 0 }, { rating: 3 as const, deltaT: 5 }];
    const { logLoss, rmse } = scoreParameters(null, [item]);
    expect(rmse).toBeCloseTo(1 - Math.exp(-logLoss), 6);
    expect(scoreParameters(null, []).logLoss).toBeNaN();
  });
});
