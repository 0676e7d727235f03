import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointInBackground, type CheckpointEvent } from './checkpointer';

let dir: string;
let file: string;
let db: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jatta-ckpt-'));
  file = path.join(dir, 'c.db');
  db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const writeRows = (n: number) => {
  const st = db.prepare('INSERT INTO t (v) VALUES (?)');
  // One transaction per row: one or more WAL frames each.
  for (let i = 0; i < n; i++) st.run('x'.repeat(2000));
};
const walFrames = () => (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('checkpointInBackground', () => {
  it('turns the connection’s own checkpoints off and copies the WAL back from a worker', async () => {
    const events: CheckpointEvent[] = [];
    const checkpointer = await checkpointInBackground(db, file, { intervalMs: 20, onCheckpoint: (e) => events.push(e) });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    writeRows(50);
    await until(() => events.some((e) => e.mode === 'PASSIVE' && e.checkpointed === e.log && e.log >= 50));
    await checkpointer.stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });

  it('makes a WAL past the threshold start again from its beginning', async () => {
    const events: CheckpointEvent[] = [];
    const checkpointer = await checkpointInBackground(db, file, { intervalMs: 20, restartAboveFrames: 100, onCheckpoint: (e) => events.push(e) });
    writeRows(150);
    await until(() => events.some((e) => e.mode === 'RESTART' && e.busy === 0));
    // The next write starts at frame 0 again rather than after the 150 frames.
    writeRows(1);
    expect(walFrames()).toBeLessThan(10);
    await checkpointer.stop();
  });

  it('truncates a large WAL file once writes have gone quiet', async () => {
    const events: CheckpointEvent[] = [];
    const checkpointer = await checkpointInBackground(db, file, {
      intervalMs: 10,
      quietTicksBeforeTruncate: 3,
      truncateAboveBytes: 64 * 1024,
      onCheckpoint: (e) => events.push(e),
    });
    writeRows(100);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(64 * 1024);
    await until(() => events.some((e) => e.mode === 'TRUNCATE'));
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
    await checkpointer.stop();
  });

  it('leaves the connection checkpointing when the worker cannot start', async () => {
    let lost = false;
    const missing = path.join(dir, 'missing', 'nowhere.db');
    await expect(checkpointInBackground(db, missing, { onLost: () => (lost = true), onError: () => {} })).rejects.toThrow();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await until(() => lost);
  });
});
