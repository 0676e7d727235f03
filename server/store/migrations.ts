// The committed migrations of each store, read the way Prisma reads them: one folder per
// migration with its migration.sql, applied in name order, each recorded in Prisma's own
// `_prisma_migrations` table with Prisma's checksum (sha256 of the file), so `prisma migrate
// deploy` stays usable wherever the network exists. See docs/decisions/002 and 008.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

/** Where each store's migrations live, relative to the project root. */
export const MIGRATION_DIRS = { sqlite: 'prisma/migrations', postgres: 'prisma/postgres/migrations' } as const;

export function listMigrations(migrationsDir: string): Migration[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(migrationsDir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** The migrations still to apply, given what the database recorded; refuses edited ones. */
export function pendingMigrations(all: Migration[], recorded: ReadonlyMap<string, string>, result: MigrationResult): Migration[] {
  const pending: Migration[] = [];
  for (const m of all) {
    const previous = recorded.get(m.name);
    if (previous === undefined) {
      pending.push(m);
      continue;
    }
    if (previous !== m.checksum) {
      throw new Error(`Migration ${m.name} was changed after it was applied (checksum differs). Add a new migration instead.`);
    }
    result.alreadyApplied.push(m.name);
  }
  return pending;
}
