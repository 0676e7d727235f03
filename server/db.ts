// The one Prisma client. SQLite through better-sqlite3 (12.x: 13.x crashes on Node 20).
import 'server-only';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/prisma/client';
import { env } from './env';

function createClient(): PrismaClient {
  // timeout is SQLite's busy timeout: a writer waits for another instead of failing.
  const adapter = new PrismaBetterSqlite3({ url: env.databaseFile, timeout: 5_000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { jattaPrisma?: PrismaClient };

// One client per process, also across Next's hot reloads in development.
export const db: PrismaClient = globalForPrisma.jattaPrisma ?? createClient();
if (env.NODE_ENV !== 'production') globalForPrisma.jattaPrisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
