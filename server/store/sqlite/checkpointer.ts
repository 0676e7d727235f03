// Moves SQLite's WAL checkpoints off the event loop. By default the connection that commits
// copies the WAL back into the database file, and fsyncs both, whenever the WAL passes 1,000
// pages: on the review path that is a request that suddenly waits for the disk. Here a
// worker thread with its own connection checkpoints on a timer, and the review connection
// stops checkpointing while the worker runs. Measured in
// docs/decisions/007-review-endpoint-before-next.md.
//
// PASSIVE checkpoints never hold writers back, but under steady writes they never catch up
// with the last frame, so the WAL cannot start again from its beginning and keeps growing.
// Past `restartAboveFrames` the worker runs a RESTART checkpoint right after a PASSIVE one:
// little is left to copy, and writers wait only for that and two fsyncs (the group commit
// retries on a timer meanwhile). A WAL file left large by a burst is truncated once writes
// have been quiet for a while.
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

export interface CheckpointerOptions {
  intervalMs?: number;
  /** WAL frames (pages) after which the WAL is made to start again from its beginning. */
  restartAboveFrames?: number;
  /** Quiet ticks after which a WAL file above `truncateAboveBytes` is cut back to zero. */
  quietTicksBeforeTruncate?: number;
  truncateAboveBytes?: number;
  onCheckpoint?: (e: CheckpointEvent) => void;
  onError?: (message: string) => void;
  /** The worker ended without stop(). */
  onLost?: () => void;
}

export interface CheckpointEvent {
  type: 'checkpoint';
  mode: 'PASSIVE' | 'RESTART' | 'TRUNCATE';
  busy: number;
  /** Frames in the WAL, and how many of them are now in the database file. */
  log: number;
  checkpointed: number;
  ms: number;
}

export interface Checkpointer {
  /** Resolves once the worker has opened the database. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

type WorkerMessage = CheckpointEvent | { type: 'ready' } | { type: 'error'; message: string };

// Plain CommonJS run by the worker as an eval'd script: no separate file to bundle or find.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Database = require('better-sqlite3');
const { file, intervalMs, restartAboveFrames, quietTicksBeforeTruncate, truncateAboveBytes, report } = workerData;
const db = new Database(file, { timeout: 5000 });
const walBytes = () => { try { return statSync(file + '-wal').size; } catch { return 0; } };
let stopped = false;
let lastLog = -1;
let quietTicks = 0;
function checkpoint(mode) {
  const started = performance.now();
  const [r] = db.pragma('wal_checkpoint(' + mode + ')');
  const ms = performance.now() - started;
  if (report && (r.log > 0 || mode !== 'PASSIVE')) parentPort.postMessage({ type: 'checkpoint', mode, busy: r.busy, log: r.log, checkpointed: r.checkpointed, ms });
  return r;
}
function tick() {
  if (stopped) return;
  try {
    let r = checkpoint('PASSIVE');
    quietTicks = r.log === lastLog ? quietTicks + 1 : 0;
    lastLog = r.log;
    if (r.log >= restartAboveFrames) r = checkpoint('RESTART');
    else if (quietTicks === quietTicksBeforeTruncate && walBytes() > truncateAboveBytes) r = checkpoint('TRUNCATE');
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String((error && error.message) || error) });
  }
  setTimeout(tick, intervalMs);
}
parentPort.on('message', (m) => {
  if (m === 'stop') { stopped = true; db.close(); process.exit(0); }
});
parentPort.postMessage({ type: 'ready' });
setTimeout(tick, intervalMs);
`;

export function startCheckpointer(file: string, options: CheckpointerOptions = {}): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      file,
      intervalMs: options.intervalMs ?? 100,
      restartAboveFrames: options.restartAboveFrames ?? 16_384,
      quietTicksBeforeTruncate: options.quietTicksBeforeTruncate ?? 50,
      truncateAboveBytes: options.truncateAboveBytes ?? 4 * 1024 * 1024,
      // Events cross threads only when someone listens.
      report: Boolean(options.onCheckpoint),
    },
  });
  worker.unref();
  let stopping = false;
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') resolve();
      else if (m.type === 'checkpoint') options.onCheckpoint?.(m);
      else options.onError?.(m.message);
    });
  });
  worker.on('error', (e) => options.onError?.(e.message));
  worker.on('exit', () => {
    if (!stopping) options.onLost?.();
  });
  return {
    ready,
    async stop() {
      if (stopping) return;
      stopping = true;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      // Keeps this process alive until the worker has closed its connection.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}

/**
 * Starts the worker for `db`'s file and turns `db`'s own automatic checkpoints off while
 * it runs (back on if the worker is lost). Other connections keep theirs: they write little.
 */
export async function checkpointInBackground(db: Database.Database, file: string, options: CheckpointerOptions = {}): Promise<Checkpointer> {
  const checkpointer = startCheckpointer(file, {
    onError: (message) => console.error('WAL checkpoint failed:', message),
    ...options,
    onLost: () => {
      console.error('WAL checkpoint worker stopped; the review connection checkpoints again');
      db.pragma('wal_autocheckpoint = 1000');
      options.onLost?.();
    },
  });
  await checkpointer.ready;
  db.pragma('wal_autocheckpoint = 0');
  return {
    ready: checkpointer.ready,
    async stop() {
      await checkpointer.stop();
      db.pragma('wal_autocheckpoint = 1000');
    },
  };
}
