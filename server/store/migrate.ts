// Brings the database DATABASE_URL names up to date with the committed migrations of its store.
import { MIGRATION_DIRS, type MigrationResult } from './migrations';
import type { DatabaseTarget } from './database-url';
import { migratePostgres } from './postgres/migrate';
import { migrateSqlite } from './sqlite/migrate';

export async function migrate(target: DatabaseTarget, root = process.cwd()): Promise<MigrationResult> {
  const dir = (d: string) => `${root}/${d}`;
  return target.kind === 'sqlite'
    ? migrateSqlite(target.file, dir(MIGRATION_DIRS.sqlite))
    : migratePostgres(target.url, dir(MIGRATION_DIRS.postgres));
}
