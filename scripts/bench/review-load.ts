// Review requests at a paced rate (./paced-load.ts), sent from a process of their own.
// bench:optimize compares the review p99 with and without a fit, and the bench's own process
// holds the simulated logs, the Prisma client and the polling: its garbage-collection pauses
// (15–20 ms, from a `gc` PerformanceObserver beside every slow sample) were the slow samples
// of the windows with a fit, so they measured the bench and not the server
// (docs/decisions/028). This process keeps nothing but the load.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { pacedLoad, type PacedResult } from './paced-load';

export interface ReviewLoad {
  base: string;
  rate: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** cards the reviews go to, in turn */
  cardIds: string[];
  /** one signed-in learner's cookie header each, in turn */
  cookies: string[];
  /** where this window's sequence starts, so that windows send different reviews */
  from: number;
}

function run(load: ReviewLoad): Promise<PacedResult> {
  let n = load.from;
  return pacedLoad({
    base: load.base,
    rate: load.rate,
    seconds: load.seconds,
    warmupSeconds: load.warmupSeconds,
    connections: load.connections,
    next: () => {
      n++;
      const body = JSON.stringify({ id: randomUUID(), cardId: load.cardIds[(n * 7919) % load.cardIds.length], rating: 1 + (n % 4), reviewedAt: new Date().toISOString(), durationMs: 2000 });
      return { tag: String(n), path: '/api/reviews', body, headers: { 'content-type': 'application/json', cookie: load.cookies[n % load.cookies.length]! } };
    },
    onAnswer: () => {},
  });
}

/** Runs one window of load in a fresh child process and gives back its result. */
export function reviewLoadInProcess(load: ReviewLoad): Promise<PacedResult> {
  const child = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, JATTA_REVIEW_LOAD_CHILD: '1' }, execArgv: ['--import', 'tsx'], serialization: 'advanced' });
  return new Promise((resolve, reject) => {
    let result: PacedResult | null = null;
    child.once('message', (m: PacedResult) => (result = m));
    child.once('error', reject);
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the load process exited (${code}) without a result`))));
    child.send(load);
  });
}

if (process.env.JATTA_REVIEW_LOAD_CHILD === '1' && process.send) {
  process.once('message', (load: ReviewLoad) => {
    run(load).then(
      (result) => process.send!(result, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
