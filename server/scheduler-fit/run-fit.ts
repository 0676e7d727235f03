// One fit job (docs/decisions/028): the learner's log, fitted in a process of its own, judged on
// the held-back reviews against the parameters in use and the defaults, recorded, and
// adopted only when it predicts better (lib/srs shouldAdopt).
import 'server-only';
import { randomUUID } from 'node:crypto';
import { default_w } from 'ts-fsrs';
import { fitDue, shouldAdopt, type FitOutcome } from '@/lib/srs';
import type { ClaimedFitJob, FitStore, SchedulerFitRow } from '../store';
import { parseWeights } from '../users/weights';
import { fitInProcess } from './fit-in-process';

export async function runFitJob(fits: FitStore, job: ClaimedFitJob, clock: () => Date): Promise<SchedulerFitRow | null> {
  const started = clock();
  const learner = await fits.learner(job.userId);
  if (!learner) return null;
  // an automatic job asked for before the learner turned automatic fitting off, or one asked
  // for again with nothing new since the fit that ran meanwhile: not run
  const facts = await fits.dueFacts(job.userId);
  if (!fitDue({ reason: job.reason, autoFit: learner.autoFit, reviews: facts.reviews, last: facts.last })) {
    await fits.drop(job);
    return null;
  }
  const inUse = parseWeights(learner.fsrsWeights);
  const defaults = [...default_w];
  const done = await fitInProcess({ log: { userId: job.userId }, timeZone: learner.timeZone, dayStartHour: learner.dayStartHour, compare: inUse ? [inUse, defaults] : [defaults] });
  let outcome: FitOutcome = 'too-few';
  let scores: Pick<SchedulerFitRow, 'logLossBefore' | 'rmseBefore' | 'logLossAfter' | 'rmseAfter'> = { logLossBefore: null, rmseBefore: null, logLossAfter: null, rmseAfter: null };
  if (done.fit) {
    const before = done.fit.compared[0]!;
    const after = done.fit.fitted;
    outcome = shouldAdopt({ before, defaults: done.fit.compared.at(-1)!, after }) ? 'adopted' : 'kept';
    scores = { logLossBefore: before.logLoss, rmseBefore: before.rmse, logLossAfter: after.logLoss, rmseAfter: after.rmse };
  }
  const now = clock();
  const fit: SchedulerFitRow = {
    id: randomUUID(),
    userId: job.userId,
    createdAt: now,
    reviews: done.reviews,
    trainItems: done.trainItems,
    testItems: done.testItems,
    outcome,
    ...scores,
    weights: done.fit ? JSON.stringify(done.fit.weights.map((w) => Number(w.toFixed(6)))) : null,
    weightsBefore: inUse ? JSON.stringify(inUse) : null,
    durationMs: now.getTime() - started.getTime(),
  };
  return (await fits.finish(job, fit, now)) ? fit : null;
}
