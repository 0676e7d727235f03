/**
 * How well a parameter set predicts reviews: for each item, the card's memory is replayed
 * through FSRS (ts-fsrs, the scheduler's own model) over the history before its last review,
 * and recall at that review is predicted from the days since the one before. Log loss is the
 * mean binary cross-entropy against "recalled" (rating > 1); RMSE is the FSRS benchmark's
 * RMSE over bins (predictions grouped into 20 bins on a log scale, as fsrs-rs does; each bin's
 * mean prediction against its mean recall, weighted by its size). We compute this ourselves:
 * the binding's `evaluate` refused some held-back sets with NotEnoughData (docs/decisions/028).
 */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { FitItem, FitScore } from './fit-policy';

const EPSILON = 1e-7;

function bin(p: number, bins = 20): number {
  const binned = Math.floor(Math.exp(p * Math.log(bins + 1))) - 1;
  return Math.min(bins - 1, Math.max(0, binned));
}

export function scoreParameters(weights: readonly number[] | null, items: readonly FitItem[]): FitScore {
  const fsrs = new FSRSAlgorithm(generatorParameters({ w: weights ? [...weights] : undefined, enable_short_term: true }));
  const bins = new Map<number, { predicted: number; recalled: number; n: number }>();
  let loss = 0;
  let n = 0;
  for (const item of items) {
    const target = item[item.length - 1];
    if (!target || item.length < 2) continue;
    let state: FSRSState | null = null;
    for (let i = 0; i < item.length - 1; i++) state = fsrs.next_state(state, item[i]!.deltaT, item[i]!.rating);
    const p = Math.min(1 - EPSILON, Math.max(EPSILON, fsrs.forgetting_curve(target.deltaT, state!.stability)));
    const y = target.rating > 1 ? 1 : 0;
    loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
    n++;
    const b = bin(p);
    const group = bins.get(b) ?? { predicted: 0, recalled: 0, n: 0 };
    group.predicted += p;
    group.recalled += y;
    group.n++;
    bins.set(b, group);
  }
  if (!n) return { logLoss: Number.NaN, rmse: Number.NaN };
  let squared = 0;
  for (const g of bins.values()) squared += ((g.predicted - g.recalled) / g.n) ** 2 * g.n;
  return { logLoss: loss / n, rmse: Math.sqrt(squared / n) };
}
