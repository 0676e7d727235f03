// The optimiser on a realistic review log: a learner whose memory follows FSRS with
// parameters unlike the defaults (lib/srs simulateReviewLog, seeded), scheduled by the app
// with the defaults for a few thousand reviews. Fitted in the worker thread as the app does,
// the parameters must predict the held-back (latest) reviews better than the defaults.
import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { shouldAdopt, simulateReviewLog } from '@/lib/srs';
import { fitInWorker } from './fit-in-worker';

describe('fitting a learner whose memory is not the default', () => {
  it('lowers the log loss on held-back reviews', async () => {
    const log = simulateReviewLog({ reviews: 4000, seed: 16, start: new Date('2026-01-05T00:00:00Z') });
    const result = await fitInWorker({ log, timeZone: 'UTC', dayStartHour: 0, compare: [[...default_w]] });
    expect(result.trainItems).toBeGreaterThan(1000);
    const fit = result.fit!;
    const defaults = fit.compared[0]!;
    expect(fit.weights).toHaveLength(21);
    expect(fit.fitted.logLoss).toBeLessThan(defaults.logLoss);
    expect(shouldAdopt({ before: defaults, defaults, after: fit.fitted })).toBe(true);
    console.log(`held-back log loss ${defaults.logLoss.toFixed(4)} → ${fit.fitted.logLoss.toFixed(4)}, RMSE ${defaults.rmse.toFixed(4)} → ${fit.fitted.rmse.toFixed(4)}`);
  }, 60_000);

  it('fits nothing on a log too short to judge', async () => {
    const log = simulateReviewLog({ reviews: 60, seed: 3, start: new Date('2026-01-05T00:00:00Z') });
    const result = await fitInWorker({ log, timeZone: 'UTC', dayStartHour: 0, compare: [] });
    expect(result.fit).toBeNull();
  }, 60_000);
});
