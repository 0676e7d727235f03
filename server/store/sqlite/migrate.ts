// Applies the committed SQLite migrations (prisma/migrations) to a database file.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { listMigrations, pendingMigrations, type MigrationResult } from '../migrations';

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/**
 * Opens (creating if needed) the database file and applies every pending migration. A new file
 * (and a new folder for it) is its owner's alone: it holds every account's email, password hash
 * and sessions, and SQLite gives its -wal and -shm files the same mode.
 */
export function migrateSqlite(dbFile: string, migrationsDir: string): MigrationResult {
  if (dbFile !== ':memory:') {
    mkdirSync(path.dirname(path.resolve(dbFile)), { recursive: true, mode: 0o700 });
    if (!existsSync(dbFile)) closeSync(openSync(dbFile, 'a', 0o600));
  }
  const db = new Database(dbFile, { timeout: 10_000 });
  try {
    return migrateOpenDatabase(db, migrationsDir);
  } finally {
    db.close();
  }
}

export function migrateOpenDatabase(db: Database.Database, migrationsDir: string): MigrationResult {
  // WAL lets readers work while a review is being written; the mode is stored in the file.
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(MIGRATIONS_TABLE);
  const recorded = new Map(
    (db.prepare('SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all() as { migration_name: string; checksum: string }[])
      .map((r) => [r.migration_name, r.checksum]),
  );
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const m of pendingMigrations(listMigrations(migrationsDir), recorded, result)) {
    const started = new Date().toISOString();
    // IMMEDIATE: a second migrator on the same file waits instead of applying twice.
    db.transaction(() => {
      if (db.prepare('SELECT 1 FROM _prisma_migrations WHERE migration_name = ? AND finished_at IS NOT NULL').get(m.name)) return;
      db.exec(m.sql);
      db.prepare(
        'INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)',
      ).run(randomUUID(), m.checksum, new Date().toISOString(), m.name, started);
    }).immediate();
    result.applied.push(m.name);
  }
  return result;
}
