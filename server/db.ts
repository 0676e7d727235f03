// The one Prisma client. SQLite through better-sqlite3 (12.x: 13.x crashes on Node 20).
import 'server-only';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/prisma/client';
import { env } from './env';

function createClient(): PrismaClient {
  // timeout is SQLite's busy timeout: a writer waits for another instead of failing.
  const adapter = new PrismaBetterSqlite3({ url: env.databaseFile, timeout: 5_000 });
  // security (issue 13 finding 3): this connection never checkpoints the WAL in a commit.
  // A 5,000-row import's commit copied its thousands of pages back into the database file
  // there, on the event loop (150–440 ms, decision 017). The production server's checkpoint
  // worker does it instead, or, without it, the review connection (server/db/sqlite.ts).
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    await connection.executeScript('PRAGMA wal_autocheckpoint = 0');
    return connection;
  };
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { jattaPrisma?: PrismaClient };

// One client per process, also across Next's hot reloads in development.
export const db: PrismaClient = globalForPrisma.jattaPrisma ?? createClient();
if (env.NODE_ENV !== 'production') globalForPrisma.jattaPrisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
