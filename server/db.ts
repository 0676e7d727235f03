// The one Prisma client, on the database DATABASE_URL names: SQLite through better-sqlite3
// (12.x: 13.x crashes on Node 20) or PostgreSQL through pg, on the pool the store uses too.
// Both clients are generated from one schema (scripts/db/provider-schema.mjs); the SQLite
// client's types stand for both.
import 'server-only';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from './generated/prisma-pg/client';
import { env } from './env';
import { postgresPool } from './store';

function createClient(): PrismaClient {
  const target = env.database;
  if (target.kind === 'postgres') {
    return new PostgresPrismaClient({ adapter: new PrismaPg(postgresPool()!) }) as unknown as PrismaClient;
  }
  // timeout is SQLite's busy timeout: a writer waits for another instead of failing.
  const adapter = new PrismaBetterSqlite3({ url: target.file, timeout: 5_000 });
  // security (issue 13 finding 3): this connection never checkpoints the WAL in a commit.
  // A 5,000-row import's commit copied its thousands of pages back into the database file
  // there, on the event loop (150–440 ms, decision 017). The production server's checkpoint
  // worker does it instead, or, without it, the review connection (server/store/sqlite/connection.ts).
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
