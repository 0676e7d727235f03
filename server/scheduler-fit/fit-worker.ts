// The fit worker's entry: fits FSRS parameters with the native optimiser
// (@open-spaced-repetition/binding, fsrs-rs) and scores parameter sets on held-back reviews,
// off the server's event loop. One fit per worker: fit-in-worker.ts starts it, posts one
// request and ends it, which also gives the optimiser's memory back. Bundled into
// dist/fit-worker.mjs by `npm run build`; run from source through tsx elsewhere.
import { parentPort } from 'node:worker_threads';
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';
import type { FitItem, FitScore } from '@/lib/srs';

export interface FitRequest {
  train: FitItem[];
  heldBack: FitItem[];
  /** parameter sets to score on the held-back items besides the fitted one */
  compare: number[][];
}
export type FitReply = { ok: true; weights: number[]; fitted: FitScore; compared: FitScore[] } | { ok: false; message: string };

function toItems(items: FitItem[]): FSRSBindingItem[] {
  return items.map((item) => new FSRSBindingItem(item.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));
}

function score(weights: number[], items: FSRSBindingItem[]): FitScore {
  const { logLoss, rmseBins } = new FSRSBinding(weights).evaluate(items);
  return { logLoss, rmse: rmseBins };
}

parentPort!.once('message', (m: FitRequest) => {
  void (async (): Promise<FitReply> => {
    try {
      const weights = await computeParameters(toItems(m.train), { enableShortTerm: true });
      const heldBack = toItems(m.heldBack);
      return { ok: true, weights, fitted: score(weights, heldBack), compared: m.compare.map((w) => score(w, heldBack)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  })().then((reply) => parentPort!.postMessage(reply));
});
