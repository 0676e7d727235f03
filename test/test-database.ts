// A fresh, migrated SQLite database for one test file. Call before importing server code:
// server/env.ts reads DATABASE_URL when it is first imported.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateSqlite } from '../server/db/migrations';

export function useTestDatabase(): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jatta-test-'));
  const file = path.join(dir, 'test.db');
  migrateSqlite(file, path.resolve(import.meta.dirname, '../prisma/migrations'));
  process.env.DATABASE_URL = `file:${file}`;
  process.env.BETTER_AUTH_SECRET = 'test-secret-test-secret-test-secret-0123';
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
