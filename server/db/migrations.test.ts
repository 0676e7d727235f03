import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { diffDatabaseToSchema } from '@/scripts/db/schema-engine';
import { migrateSqlite } from './migrations';

const dir = mkdtempSync(path.join(os.tmpdir(), 'jatta-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('bring an empty database exactly to prisma/schema.prisma', async () => {
    const file = path.join(dir, 'drift.db');
    const first = migrateSqlite(file, 'prisma/migrations');
    expect(first.applied.length).toBeGreaterThan(0);
    expect(await diffDatabaseToSchema(file, 'prisma/schema.prisma')).toBe('');
  });

  it('are applied once, in WAL mode, and recorded as Prisma records them', () => {
    const file = path.join(dir, 'twice.db');
    migrateSqlite(file, 'prisma/migrations');
    const again = migrateSqlite(file, 'prisma/migrations');
    expect(again.applied).toEqual([]);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const rows = db.prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations').all() as { checksum: string; finished_at: string }[];
    db.close();
    expect(rows.length).toBe(again.alreadyApplied.length);
    for (const r of rows) {
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(r.finished_at).toBeTruthy();
    }
  });
});
