// The fit job runner of one app server (docs/decisions/028). Jobs live in the database
// (FitJob), so they survive restarts; each server claims one at a time with a lease, so with
// several servers each job runs on exactly one, and a job whose server was killed is claimed
// again once its lease runs out. The runner looks for work every POLL_MS, at once when this
// process asked for a fit (nudgeFitRunner), and runs the fits one after another.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { FitStore } from '../store';
import { runFitJob } from './run-fit';

const POLL_MS = 5_000;
/** Longer than any fit takes (100,000 reviews: seconds); a killed server's job waits this long. */
export const FIT_LEASE_MS = 5 * 60_000;
const RETRY_MS = 60_000;
const MAX_ATTEMPTS = 3;

export interface FitRunner {
  /** Looks for jobs now (a fit this process was asked for). */
  nudge(): void;
  /** Stops looking; a fit under way finishes. Resolves when it has. */
  stop(): Promise<void>;
}

const holder = globalThis as unknown as { jattaFitRunner?: FitRunner };

export function startFitRunner(fits: FitStore, options: { clock?: () => Date; pollMs?: number; onError?: (e: Error) => void } = {}): FitRunner {
  const clock = options.clock ?? (() => new Date());
  const owner = randomUUID();
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;

  const drain = async () => {
    for (;;) {
      if (stopped) return;
      const job = await fits.claim(owner, clock(), FIT_LEASE_MS);
      if (!job) return;
      try {
        await runFitJob(fits, job, clock);
      } catch (error) {
        options.onError?.(error as Error);
        await fits.fail(job, clock(), RETRY_MS, MAX_ATTEMPTS);
      }
    }
  };
  const look = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((e: Error) => options.onError?.(e))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          look();
        }
      });
  };
  const schedule = () => {
    timer = setTimeout(() => {
      look();
      schedule();
    }, options.pollMs ?? POLL_MS);
    timer.unref();
  };
  schedule();
  look();
  const runner: FitRunner = {
    nudge: look,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (holder.jattaFitRunner === runner) delete holder.jattaFitRunner;
      await running;
    },
  };
  holder.jattaFitRunner = runner;
  return runner;
}

/** Wakes this process's runner, if it runs one (the production server does; next dev does not). */
export function nudgeFitRunner(): void {
  holder.jattaFitRunner?.nudge();
}
