// npx tsx scripts/db/fresh-database.ts URL — makes the database URL names exist and be empty:
// a SQLite file is deleted (with its WAL), a PostgreSQL database is dropped and created again
// (connecting to the server's `postgres` database to do it). For test servers only.
import { rmSync } from 'node:fs';
import pg from 'pg';
import { parseDatabaseUrl } from '../../server/store/database-url';
import { exitWithDatabaseError } from './database-error';

export async function freshDatabase(url: string): Promise<void> {
  const target = parseDatabaseUrl(url);
  if (target.kind === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${target.file}${suffix}`, { force: true });
    return;
  }
  const u = new URL(target.url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!/^[a-z0-9_]+$/i.test(name) || name === 'postgres') throw new Error(`refusing to recreate database "${name}"`);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await freshDatabase(process.argv[2] ?? '');
  } catch (error) {
    exitWithDatabaseError(error);
  }
}
