// npm run db:backup -- FILE — a consistent copy of the live database while the app runs.
// SQLite: SQLite's online backup API (better-sqlite3's backup()), safe alongside writers.
// PostgreSQL: pg_dump in its custom format (restore with pg_restore).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { parseDatabaseUrl } from '../../server/store/database-url';
import { exitWithDatabaseError } from './database-error';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run db:backup -- FILE');
  process.exit(2);
}
try {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  if (target.kind === 'sqlite') {
    if (!existsSync(target.file)) throw new Error(`no SQLite database at ${target.file} (DATABASE_URL); npm run setup creates one`);
    const db = new Database(target.file, { readonly: true, fileMustExist: true });
    await db.backup(file);
    db.close();
  } else {
    const run = spawnSync('pg_dump', ['--format=custom', `--file=${file}`, target.url], { stdio: 'inherit' });
    if (run.error) throw new Error(`pg_dump not found (install PostgreSQL's client tools): ${run.error.message}`);
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  console.log(`Backed up the ${target.kind} database to ${file}.`);
} catch (error) {
  exitWithDatabaseError(error);
}
