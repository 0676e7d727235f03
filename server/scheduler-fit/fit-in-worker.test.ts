// The optimiser on a realistic review log: a learner whose memory follows FSRS with
// parameters unlike the defaults (lib/srs simulateReviewLog, seeded), scheduled by the app
// with the defaults for a few thousand reviews. Fitted in the worker thread as the app does,
// the parameters must predict the held-back (latest) reviews better than the defaults.
import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { buildFitItems, enoughItems, shouldAdopt, simulateReviewLog } from '@/lib/srs';
import { fitInWorker } from './fit-in-worker';

describe('fitting a learner whose memory is not the default', () => {
  it('lowers the log loss on held-back reviews', async () => {
    const log = simulateReviewLog({ reviews: 4000, seed: 16, start: new Date('2026-01-05T00:00:00Z') });
    const items = buildFitItems(log, 'UTC', 0);
    expect(enoughItems(items)).toBe(true);
    const result = await fitInWorker({ ...items, compare: [[...default_w]] });
    const defaults = result.compared[0]!;
    expect(result.weights).toHaveLength(21);
    expect(result.fitted.logLoss).toBeLessThan(defaults.logLoss);
    expect(result.fitted.rmse).toBeLessThan(defaults.rmse);
    expect(shouldAdopt({ before: defaults, defaults, after: result.fitted })).toBe(true);
    console.log(`held-back log loss ${defaults.logLoss.toFixed(4)} → ${result.fitted.logLoss.toFixed(4)}, RMSE ${defaults.rmse.toFixed(4)} → ${result.fitted.rmse.toFixed(4)}`);
  }, 60_000);
});
