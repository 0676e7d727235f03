// The SQLite adapter's own better-sqlite3 connection, for the paths where Prisma's per-query
// cost (about 1–2 ms here) would dominate: reviews, sessions, progress. It opens the same
// file as Prisma; see docs/decisions/003-review-hot-path-on-the-driver.md.
import Database from 'better-sqlite3';

export function openConnection(file: string): Database.Database {
  // No busy wait here: writes on this connection go through ./group-commit.ts, which
  // retries on a timer instead, and readers in WAL mode do not wait for writers.
  const db = new Database(file, { timeout: 0 });
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only a power loss can
  // drop the last transactions.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  return db;
}

/** Prisma's text format for DateTime columns in SQLite. */
export function sqliteDate(d: Date): string {
  return d.toISOString().replace('Z', '+00:00');
}

export function parseSqliteDate(s: string): Date;
export function parseSqliteDate(s: string | null): Date | null;
export function parseSqliteDate(s: string | null): Date | null {
  return s === null ? null : new Date(s);
}
