// A Prisma client for command-line scripts (seed, deck build, benchmarks), on the same
// DATABASE_URL the app uses: SQLite or PostgreSQL.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../server/generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '../server/generated/prisma-pg/client';
import { parseDatabaseUrl } from '../server/store/database-url';

export function openDb(url = process.env.DATABASE_URL): PrismaClient {
  const target = parseDatabaseUrl(url);
  if (target.kind === 'postgres') {
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.file, timeout: 10_000 }) });
}
