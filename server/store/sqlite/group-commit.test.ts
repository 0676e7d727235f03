import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit';

let dir: string;
let file: string;
let db: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jatta-gc-'));
  file = path.join(dir, 'gc.db');
  db = new Database(file, { timeout: 0 });
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
  // Everything so far is checkpointed, so the next write starts the WAL again from frame 0.
  db.pragma('wal_checkpoint(PASSIVE)');
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const insert = (k: string, v: number) => () => {
  db.prepare('INSERT INTO t (k, v) VALUES (?, ?)').run(k, v);
  return k;
};
const walFrames = () => (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
const count = () => (db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n;

describe('groupCommit', () => {
  it('writes work queued in one turn of the event loop in one transaction', async () => {
    const commits = groupCommit(db);
    const seen = new Set<boolean>();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        commits.run(() => {
          seen.add(db.inTransaction);
          // Each unit sees what the units before it in the batch wrote.
          const before = count();
          insert(`k${i}`, i)();
          return before;
        }),
      ),
    );
    expect([...seen]).toEqual([true]);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    // One commit writes the two pages it touched (table and key index) once: two WAL frames.
    expect(walFrames()).toBe(2);
  });

  it('answers only after COMMIT: a second connection already sees the row', async () => {
    const commits = groupCommit(db);
    await commits.run(insert('a', 1));
    const other = new Database(file, { readonly: true });
    expect(other.prepare('SELECT v FROM t WHERE k = ?').get('a')).toEqual({ v: 1 });
    other.close();
  });

  it('rolls back a failing unit alone and rejects only its caller', async () => {
    const commits = groupCommit(db);
    const outcomes = await Promise.allSettled([
      commits.run(insert('x', 1)),
      commits.run(() => {
        insert('y', 2)();
        throw new Error('boom');
      }),
      commits.run(insert('z', 3)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT k FROM t ORDER BY k').all()).toEqual([{ k: 'x' }, { k: 'z' }]);
  });

  it('splits a long queue into batches of at most maxBatch', async () => {
    const commits = groupCommit(db, { maxBatch: 3 });
    const results = await Promise.all(Array.from({ length: 7 }, (_, i) => commits.run(insert(`k${i}`, i))));
    expect(results).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6']);
    // 3 + 3 + 1: three commits of two pages each.
    expect(walFrames()).toBe(6);
  });

  it('waits for another writer on a timer, keeping the event loop free, then commits', async () => {
    const commits = groupCommit(db);
    const other = new Database(file, { timeout: 0 });
    other.prepare('BEGIN IMMEDIATE').run();
    let settled = false;
    const pending = commits.run(insert('late', 1)).finally(() => (settled = true));
    // Timers still fire while the review waits: nothing sleeps on this thread.
    await new Promise((r) => setTimeout(r, 30));
    expect(settled).toBe(false);
    expect(count()).toBe(0);
    other.prepare('COMMIT').run();
    await expect(pending).resolves.toBe('late');
    other.close();
    expect(count()).toBe(1);
  });

  it('gives the busy error to callers once the retry window has passed', async () => {
    let now = 0;
    const commits = groupCommit(db, { busyRetryMs: 100, clock: () => now });
    const other = new Database(file, { timeout: 0 });
    other.prepare('BEGIN IMMEDIATE').run();
    const pending = commits.run(insert('never', 1));
    const settled = pending.then(
      () => 'resolved',
      (e: { code?: string }) => e.code,
    );
    await new Promise((r) => setTimeout(r, 5));
    now = 150;
    expect(await settled).toBe('SQLITE_BUSY');
    other.prepare('ROLLBACK').run();
    other.close();
    // The queue is usable afterwards.
    await expect(commits.run(insert('after', 2))).resolves.toBe('after');
  });
});
