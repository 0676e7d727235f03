// A fresh, migrated database for one test file, on the store the run is for: SQLite by
// default, PostgreSQL when TEST_STORE=postgres (a scratch database on the server of
// TEST_POSTGRES_URL, dropped afterwards). Await it before importing server code:
// server/env.ts reads DATABASE_URL when it is first imported.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { MIGRATION_DIRS } from '../server/store/migrations';
import { migratePostgres } from '../server/store/postgres/migrate';
import { createScratchDatabase } from '../server/store/postgres/scratch';
import { migrateSqlite } from '../server/store/sqlite/migrate';

const root = path.resolve(import.meta.dirname, '..');

export type TestStore = 'sqlite' | 'postgres';

export function testStore(): TestStore {
  return process.env.TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';
}

/** The PostgreSQL server tests may create databases on (TEST_POSTGRES_URL). */
export function testPostgresAdminUrl(): string {
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) throw new Error('TEST_STORE=postgres needs TEST_POSTGRES_URL (a PostgreSQL URL whose user may create databases)');
  return admin;
}

export interface TestDatabase {
  store: TestStore;
  url: string;
  /** Runs raw SQL on the test database, outside the app (to set up faults). */
  exec(sql: string): Promise<void>;
  cleanup(): Promise<void>;
}

export async function useTestDatabase(): Promise<TestDatabase> {
  process.env.BETTER_AUTH_SECRET = 'test-secret-test-secret-test-secret-0123';
  if (testStore() === 'postgres') {
    const scratch = await createScratchDatabase(testPostgresAdminUrl(), 'jatta_test');
    await migratePostgres(scratch.url, path.join(root, MIGRATION_DIRS.postgres));
    process.env.DATABASE_URL = scratch.url;
    return {
      store: 'postgres',
      url: scratch.url,
      async exec(sql) {
        const c = new pg.Client({ connectionString: scratch.url });
        await c.connect();
        try {
          await c.query(sql);
        } finally {
          await c.end();
        }
      },
      async cleanup() {
        await stopStore();
        await scratch.drop();
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jatta-test-'));
  const file = path.join(dir, 'test.db');
  migrateSqlite(file, path.join(root, MIGRATION_DIRS.sqlite));
  process.env.DATABASE_URL = `file:${file}`;
  return {
    store: 'sqlite',
    url: `file:${file}`,
    async exec(sql) {
      const raw = new Database(file);
      try {
        raw.exec(sql);
      } finally {
        raw.close();
      }
    },
    async cleanup() {
      await stopStore();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function stopStore(): Promise<void> {
  const holder = globalThis as unknown as { jattaStore?: { stop(): Promise<void> }; jattaPrisma?: { $disconnect(): Promise<void> } };
  await holder.jattaPrisma?.$disconnect();
  await holder.jattaStore?.stop();
  delete holder.jattaStore;
  delete (holder as { jattaPool?: unknown }).jattaPool;
}

/** SQL that makes every ReviewLog insert with durationMs = 4242 fail, on the test's store. */
export function failingLogTriggerSql(store: TestStore): string {
  return store === 'sqlite'
    ? `CREATE TRIGGER fail_log BEFORE INSERT ON ReviewLog WHEN NEW.durationMs = 4242 BEGIN SELECT RAISE(ABORT, 'boom'); END;`
    : `CREATE FUNCTION fail_log() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$;
       CREATE TRIGGER fail_log BEFORE INSERT ON "ReviewLog" FOR EACH ROW WHEN (NEW."durationMs" = 4242) EXECUTE FUNCTION fail_log();`;
}
