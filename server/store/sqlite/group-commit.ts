// Group commit for the review write path. Reviews that arrive while the event loop is busy
// are written in one SQLite transaction, each inside its own savepoint: one failing review
// rolls back alone, and every caller hears back only after the shared COMMIT. Most of a
// review's write cost is per transaction (the WAL frames of the B-tree pages it touches,
// which neighbouring reviews share), so a busy server writes fewer frames per review, and
// an idle one still commits each review at once (batches of one). Measured in
// docs/decisions/007-review-endpoint-before-next.md.
//
// A writer elsewhere (Prisma on this thread inside an interactive transaction, or another
// process) makes BEGIN IMMEDIATE fail with SQLITE_BUSY. The batch then waits on a timer and
// tries again, rather than in SQLite's busy handler: sleeping there would block the very
// event loop the other writer on this thread needs to finish.
import type Database from 'better-sqlite3';

export interface GroupCommitOptions {
  /** Most units of work in one transaction. */
  maxBatch?: number;
  /** How long a batch may keep retrying a busy database before its callers get the error. */
  busyRetryMs?: number;
  /** Clock for the retry window (tests pass their own). */
  clock?: () => number;
}

export interface GroupCommit {
  /** Runs `work` inside the next transaction; resolves with its result after COMMIT. */
  run<T>(work: () => T): Promise<T>;
}

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  firstTriedAt?: number;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export function groupCommit(db: Database.Database, options: GroupCommitOptions = {}): GroupCommit {
  const maxBatch = options.maxBatch ?? 256;
  const busyRetryMs = options.busyRetryMs ?? 5_000;
  const clock = options.clock ?? Date.now;
  let queue: Pending[] = [];
  let scheduled = false;
  let backoffMs = 0;

  // A nested better-sqlite3 transaction is a SAVEPOINT: a throw rolls back that unit only.
  const unit = db.transaction((work: () => unknown) => work());
  const batch = db.transaction((items: Pending[]): Outcome[] =>
    items.map((item) => {
      try {
        return { ok: true, value: unit(item.work) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );

  function schedule(delayMs: number) {
    if (scheduled) return;
    scheduled = true;
    if (delayMs > 0) setTimeout(flush, delayMs);
    else setImmediate(flush);
  }

  function flush() {
    scheduled = false;
    const items = queue.slice(0, maxBatch);
    queue = queue.slice(items.length);
    let outcomes: Outcome[];
    try {
      outcomes = batch.immediate(items);
    } catch (error) {
      if (!isBusy(error)) {
        for (const item of items) item.reject(error);
        if (queue.length) schedule(0);
        return;
      }
      const now = clock();
      const keep: Pending[] = [];
      for (const item of items) {
        item.firstTriedAt ??= now;
        if (now - item.firstTriedAt >= busyRetryMs) item.reject(error);
        else keep.push(item);
      }
      queue = [...keep, ...queue];
      // Short, gently growing waits: another writer here holds the lock for milliseconds.
      backoffMs = Math.min(backoffMs + 1, 10);
      if (queue.length) schedule(backoffMs);
      return;
    }
    backoffMs = 0;
    outcomes.forEach((outcome, i) => {
      const item = items[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
    if (queue.length) schedule(0);
  }

  return {
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule(0);
      });
    },
  };
}
