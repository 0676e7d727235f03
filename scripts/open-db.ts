// A Prisma client for command-line scripts (seed, deck build, benchmarks), on the same
// DATABASE_URL the app uses.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../server/generated/prisma/client';
import { sqlitePathFromUrl } from '../server/db/migrations';

export function openDb(url = process.env.DATABASE_URL ?? 'file:./.data/jatta.db'): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqlitePathFromUrl(url), timeout: 10_000 }) });
}
