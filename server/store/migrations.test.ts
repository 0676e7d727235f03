import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { diffDatabaseToSchema } from '@/scripts/db/schema-engine';
import { MIGRATION_DIRS } from './migrations';
import { migratePostgres } from './postgres/migrate';
import { createScratchDatabase } from './postgres/scratch';
import { migrateSqlite } from './sqlite/migrate';
import { testPostgresAdminUrl, testStore } from '@/test/test-database';

const dir = mkdtempSync(path.join(os.tmpdir(), 'jatta-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite migrations', () => {
  it('bring an empty database exactly to prisma/schema.prisma', async () => {
    const file = path.join(dir, 'drift.db');
    const first = migrateSqlite(file, MIGRATION_DIRS.sqlite);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(await diffDatabaseToSchema({ provider: 'sqlite', file }, 'prisma/schema.prisma')).toBe('');
  });

  it('are applied once, in WAL mode, and recorded as Prisma records them', () => {
    const file = path.join(dir, 'twice.db');
    migrateSqlite(file, MIGRATION_DIRS.sqlite);
    const again = migrateSqlite(file, MIGRATION_DIRS.sqlite);
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

// The PostgreSQL half runs in the PostgreSQL pass of the suite (TEST_STORE=postgres, see README).
describe.runIf(testStore() === 'postgres')('PostgreSQL migrations', () => {

  it('bring an empty database exactly to prisma/postgres/schema.prisma', async () => {
    const scratch = await createScratchDatabase(testPostgresAdminUrl(), 'jatta_drift');
    try {
      const first = await migratePostgres(scratch.url, MIGRATION_DIRS.postgres);
      expect(first.applied.length).toBeGreaterThan(0);
      expect(await diffDatabaseToSchema({ provider: 'postgresql', url: scratch.url }, 'prisma/postgres/schema.prisma')).toBe('');
    } finally {
      await scratch.drop();
    }
  });

  it('are applied once even when two migrators start together, and recorded as Prisma records them', async () => {
    const scratch = await createScratchDatabase(testPostgresAdminUrl(), 'jatta_twice');
    try {
      const [a, b] = await Promise.all([migratePostgres(scratch.url, MIGRATION_DIRS.postgres), migratePostgres(scratch.url, MIGRATION_DIRS.postgres)]);
      expect(a.applied.length + b.applied.length).toBe(Math.max(a.applied.length, b.applied.length));
      const c = new pg.Client({ connectionString: scratch.url });
      await c.connect();
      const { rows } = await c.query<{ checksum: string; finished_at: Date }>('SELECT checksum, finished_at FROM "_prisma_migrations"');
      await c.end();
      expect(rows.length).toBe(Math.max(a.applied.length, b.applied.length));
      for (const r of rows) {
        expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(r.finished_at).toBeTruthy();
      }
    } finally {
      await scratch.drop();
    }
  });
});

describe('a new SQLite database', () => {
  it("is its owner's alone, with its -wal and -shm files and a new folder for it", () => {
    const folder = path.join(dir, 'private', 'data');
    const file = path.join(folder, 'new.db');
    migrateSqlite(file, MIGRATION_DIRS.sqlite);
    const db = new Database(file);
    db.exec(`INSERT INTO Verification (id, identifier, value, expiresAt, updatedAt) VALUES ('v', 'i', 'x', 0, 0)`);
    const mode = (f: string) => statSync(f).mode & 0o777;
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
    expect(mode(folder)).toBe(0o700);
    db.close();
  });
});
