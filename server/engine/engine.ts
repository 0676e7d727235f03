// The Kazakh engine, off the event loop: its CPU work (text analysis, CSV rows, deck building,
// even one word, whose first analysis builds the lexicon) runs in one worker thread, so a
// teacher's 5,000-row import never stalls other requests (issue 13 finding 3; measured by
// `npm run bench:import`). Tasks queue in the worker and run one at a time.
//
// Which file the worker runs: the production build's bundle, dist/engine-worker.mjs (written
// by `npm run build` beside dist/server.mjs); elsewhere (next dev, tests, scripts) the source,
// server/engine/engine-worker.ts, through tsx with the react-server condition, as our own
// scripts run. Both are found from the working directory, which is the project's in every
// one of these (`npm start`, `next dev`, vitest, npm scripts).
import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { env } from '../env';
import type { EngineReply, EngineRequest } from './engine-worker';
import type { EngineTasks } from './tasks';
import { ENGINE_WORKER_OPTIONS } from './worker-options';

type Task = keyof EngineTasks;
type Input<T extends Task> = Parameters<EngineTasks[T]>[0];
type Output<T extends Task> = ReturnType<EngineTasks[T]>;

/** A task that takes longer has met a pathological input: the worker is replaced. */
const TASK_TIMEOUT_MS = 120_000;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

export function engineWorkerFile(production = env.NODE_ENV === 'production'): { file: string; fromSource: boolean } {
  return workerFile('engine-worker', 'server/engine/engine-worker.ts', production);
}

/** Where a worker's code is: the production bundle dist/<bundle>.mjs, or its TypeScript source. */
export function workerFile(bundle: string, source: string, production = env.NODE_ENV === 'production'): { file: string; fromSource: boolean } {
  const root = process.cwd();
  if (production) return { file: path.join(/*turbopackIgnore: true*/ root, 'dist', `${bundle}.mjs`), fromSource: false };
  return { file: path.join(/*turbopackIgnore: true*/ root, ...source.split('/')), fromSource: true };
}

/** Throws when that code is not there, naming the file and, for a bundle, the build that writes it. */
export function assertWorkerFile({ file, fromSource }: { file: string; fromSource: boolean }): void {
  if (!existsSync(file)) throw new Error(`The worker ${file} is missing${fromSource ? '' : ': run npm run build'}`);
}

/** Starts a worker thread on that code (the source through tsx with the react-server condition). */
export function spawnWorker({ file, fromSource }: { file: string; fromSource: boolean }, options: WorkerOptions = {}): Worker {
  assertWorkerFile({ file, fromSource });
  return fromSource
    ? new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(file).href)}); })`,
        { ...options, eval: true, execArgv: ['--conditions=react-server'] },
      )
    : new Worker(file, options);
}

function startWorker(): Worker {
  const w = spawnWorker(engineWorkerFile(), ENGINE_WORKER_OPTIONS);
  w.on('message', (reply: EngineReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    clearTimeout(p.timer);
    if (reply.ok) p.resolve(reply.value);
    else p.reject(new Error(`engine task failed: ${reply.message}`));
    if (!pending.size) w.unref();
  });
  const lost = (why: string) => {
    if (worker === w) worker = null;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(new Error(`engine worker ${why}`));
      pending.delete(id);
    }
  };
  w.on('error', (e) => lost(`failed: ${e.message}`));
  w.on('exit', (code) => lost(`exited (${code})`));
  w.unref();
  return w;
}

/** Runs one engine task in the worker. */
export function runInEngine<T extends Task>(task: T, input: Input<T>): Promise<Output<T>> {
  worker ??= startWorker();
  const w = worker;
  const id = nextId++;
  return new Promise<Output<T>>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error(`engine task ${task} timed out`));
      void w.terminate();
    }, TASK_TIMEOUT_MS);
    timer.unref();
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
    // While a task is out, the worker keeps the process alive (a script awaiting it).
    w.ref();
    w.postMessage({ id, task, input } satisfies EngineRequest);
  });
}

/** Starts the worker and builds its lexicon ahead of the first real task (teacher pages call this). */
export function warmUpEngine(): void {
  runInEngine('warm', undefined).catch(() => undefined);
}

/** Stops the worker (tests, scripts that want to exit at once). */
export async function stopEngine(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
