// A direct better-sqlite3 connection for the few hot paths where Prisma's per-query cost
// (about 1–2 ms here) would dominate: submitting a review. It opens the same database
// file as server/db.ts; see docs/decisions/003-review-hot-path-on-the-driver.md.
import 'server-only';
import Database from 'better-sqlite3';
import { env } from '../env';

let connection: Database.Database | null = null;

export function sqlite(): Database.Database {
  if (connection) return connection;
  // No busy wait here: writes on this connection go through server/db/group-commit.ts,
  // which retries on a timer instead, and readers in WAL mode do not wait for writers.
  const db = new Database(env.databaseFile, { timeout: 0 });
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only a power loss can
  // drop the last transactions.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  connection = db;
  return db;
}

/** Prisma's text format for DateTime columns in SQLite. */
export function sqliteDate(d: Date): string {
  return d.toISOString().replace('Z', '+00:00');
}

export function parseSqliteDate(s: string | null): Date | null {
  return s === null ? null : new Date(s);
}
