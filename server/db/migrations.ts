// Applies the committed SQL migrations in prisma/migrations to a SQLite database.
//
// Prisma's CLI needs a native schema engine that cannot be downloaded here, so we apply
// the same migration files ourselves and record them in Prisma's own `_prisma_migrations`
// table with Prisma's checksum (sha256 of the file), which keeps `prisma migrate deploy`
// usable wherever the network exists. See docs/decisions/002-migrations-without-the-schema-engine.md.
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export function sqlitePathFromUrl(url: string): string {
  if (!url.startsWith('file:')) throw new Error(`Not a SQLite file URL: ${url}`);
  return url.slice('file:'.length).split('?')[0] ?? '';
}

export function listMigrations(migrationsDir: string): { name: string; sql: string }[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(migrationsDir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8') }));
}

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

/** Opens (creating if needed) the database file and applies every pending migration. */
export function migrateSqlite(dbFile: string, migrationsDir: string): MigrationResult {
  if (dbFile !== ':memory:') mkdirSync(path.dirname(path.resolve(dbFile)), { recursive: true });
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
  const done = new Map(
    (db.prepare('SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all() as { migration_name: string; checksum: string }[])
      .map((r) => [r.migration_name, r.checksum]),
  );
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const { name, sql } of listMigrations(migrationsDir)) {
    const checksum = createHash('sha256').update(sql).digest('hex');
    const previous = done.get(name);
    if (previous !== undefined) {
      if (previous !== checksum) {
        throw new Error(`Migration ${name} was changed after it was applied (checksum differs). Add a new migration instead.`);
      }
      result.alreadyApplied.push(name);
      continue;
    }
    const id = randomUUID();
    const started = new Date().toISOString();
    db.transaction(() => {
      db.exec(sql);
      db.prepare(
        'INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)',
      ).run(id, checksum, new Date().toISOString(), name, started);
    })();
    result.applied.push(name);
  }
  return result;
}
