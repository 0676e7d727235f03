// What Settings shows about the learner's scheduler fit: the last one (when, on how many
// reviews, its error before and after, and what it means for new cards' intervals), whether
// one is waiting or running, how far the learner is from a first fit, whether fits run by
// themselves and whether fitted parameters are in use (what "Go back to the defaults" undoes).
// A last row that is a reset says when the learner went back to the defaults.
import 'server-only';
import { firstIntervals, MIN_FIT_REVIEWS, type FirstIntervals, type FitOutcome } from '@/lib/srs';
import { store } from '../store';
import { ownParametersInUse, parseWeights } from '../users/weights';

export interface FitStatus {
  reviews: number;
  minReviews: number;
  /** the learner's setting: fits run by themselves after reviews */
  autoFit: boolean;
  /** fitted parameters are in use (not ts-fsrs's defaults) */
  fittedInUse: boolean;
  pending: { running: boolean } | null;
  last: {
    at: Date;
    reviews: number;
    outcome: FitOutcome;
    logLossBefore: number | null;
    logLossAfter: number | null;
    rmseBefore: number | null;
    rmseAfter: number | null;
    /** for an adopted fit: intervals of new cards with the parameters before and with the fitted ones */
    intervals: { before: FirstIntervals; after: FirstIntervals } | null;
  } | null;
}

export async function getFitStatus(userId: string, now: Date): Promise<FitStatus | null> {
  const fits = store().fits;
  const [learner, facts, last, pending] = await Promise.all([fits.learner(userId), fits.dueFacts(userId), fits.lastFit(userId), fits.pending(userId, now)]);
  if (!learner) return null;
  const fitted = last?.outcome === 'adopted' ? parseWeights(last.weights) : null;
  return {
    reviews: facts.reviews,
    minReviews: MIN_FIT_REVIEWS,
    autoFit: learner.autoFit,
    fittedInUse: ownParametersInUse(parseWeights(learner.fsrsWeights)),
    pending: pending ? { running: pending.running } : null,
    last: last && {
      at: last.createdAt,
      reviews: last.reviews,
      outcome: last.outcome,
      logLossBefore: last.logLossBefore,
      logLossAfter: last.logLossAfter,
      rmseBefore: last.rmseBefore,
      rmseAfter: last.rmseAfter,
      intervals: fitted
        ? { before: firstIntervals(parseWeights(last.weightsBefore), learner.desiredRetention), after: firstIntervals(fitted, learner.desiredRetention) }
        : null,
    },
  };
}
