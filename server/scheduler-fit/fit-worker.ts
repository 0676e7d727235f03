// The fit process's entry (fit-in-process.ts starts it): reads a learner's log from the store (its own connection), turns it into the optimiser's items (lib/srs
// buildFitItems), fits FSRS parameters with the native optimiser
// (@open-spaced-repetition/binding, fsrs-rs) and scores parameter sets on the held-back
// reviews (lib/srs scoreParameters), all out of the server's process. One fit per process: it
// answers one request over the IPC channel and exits, which also gives the optimiser's memory
// back. Bundled into dist/fit-worker.mjs by `npm run build`; run from source through tsx elsewhere.
import { computeParameters, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';
import { buildFitItems, enoughItems, scoreParameters, type FitItem, type FitLogRow, type FitScore } from '@/lib/srs';

export interface FitRequest {
  /** the log itself, or the learner whose log the worker reads from the store (so the server's thread never holds it) */
  log: FitLogRow[] | { userId: string };
  timeZone: string;
  dayStartHour: number;
  /** parameter sets to score on the held-back items besides the fitted one */
  compare: number[][];
}
export interface FitDone {
  /** rated reviews in the log */
  reviews: number;
  trainItems: number;
  testItems: number;
  /** null: too few items to fit on and judge the fit */
  fit: { weights: number[]; fitted: FitScore; compared: FitScore[] } | null;
}
export type FitReply = ({ ok: true; peakRssMb: number } & FitDone) | { ok: false; message: string };

function toItems(items: FitItem[]): FSRSBindingItem[] {
  return items.map((item) => new FSRSBindingItem(item.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));
}

async function readLog(userId: string): Promise<FitLogRow[]> {
  const { store } = await import('../store');
  try {
    return await store().fits.log(userId);
  } finally {
    await store().stop();
  }
}

async function fit(m: FitRequest): Promise<FitDone> {
  const log = Array.isArray(m.log) ? m.log : await readLog(m.log.userId);
  const items = buildFitItems(log, m.timeZone, m.dayStartHour);
  const counts = { reviews: log.filter((r) => r.rating > 0).length, trainItems: items.train.length, testItems: items.heldBack.length };
  if (!enoughItems(items)) return { ...counts, fit: null };
  const weights = await computeParameters(toItems(items.train), { enableShortTerm: true });
  const score = (w: number[]) => scoreParameters(w, items.heldBack);
  return { ...counts, fit: { weights, fitted: score(weights), compared: m.compare.map(score) } };
}

// a server that died (SIGKILL included) closes the channel: nobody waits for this fit any more
process.once('disconnect', () => process.exit(1));
process.once('message', (m: FitRequest) => {
  fit(m).then(
    (done): FitReply => ({ ok: true, ...done, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
    (error: unknown): FitReply => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  ).then((reply) => process.send!(reply, () => process.exit(0)));
});
