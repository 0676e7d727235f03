// Runs one parameter fit in its own worker thread (fit-worker.ts), so the optimiser's seconds
// of CPU never hold the event loop that answers reviews (docs/decisions/017, 028).
import 'server-only';
import { spawnWorker, workerFile } from '../engine/engine';
import { pinFitThreads } from '../env';
import type { FitDone, FitReply, FitRequest } from './fit-worker';

/** A fit that takes longer is stuck: the worker is ended and the job fails (to be tried again). */
const FIT_TIMEOUT_MS = 10 * 60_000;


export function fitInWorker(request: FitRequest): Promise<FitDone> {
  // fsrs-rs trains on a rayon thread pool as wide as the machine; on two cores that took the
  // core the event loop answers reviews on (docs/decisions/028): FIT_THREADS, default 1.
  pinFitThreads();
  const worker = spawnWorker(workerFile('fit-worker', 'server/scheduler-fit/fit-worker.ts'));
  return new Promise<FitDone>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the fit timed out')), FIT_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (reply: FitReply) => {
      done();
      if (reply.ok) resolve({ reviews: reply.reviews, trainItems: reply.trainItems, testItems: reply.testItems, fit: reply.fit });
      else reject(new Error(`the fit failed: ${reply.message}`));
    });
    worker.once('error', (e) => {
      done();
      reject(e);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the fit worker exited (${code})`));
    });
    worker.postMessage(request);
  });
}
