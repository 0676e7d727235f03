// The store this process talks to, chosen by DATABASE_URL (server/env.ts): SQLite for file:
// URLs, PostgreSQL for postgresql:// URLs. One per process (kept across Next's hot reloads in
// development), created on first use.
import 'server-only';
import type pg from 'pg';
import { env } from '../env';
import type { Store } from './ports';
import { createPool } from './postgres/pool';
import { createPostgresStore } from './postgres';
import { createSqliteStore } from './sqlite';

export type * from './ports';

const holder = globalThis as unknown as { jattaStore?: Store; jattaPool?: pg.Pool };

/** The process's PostgreSQL pool (also Prisma's), or null on SQLite. */
export function postgresPool(): pg.Pool | null {
  if (env.database.kind !== 'postgres') return null;
  holder.jattaPool ??= createPool(env.database.url, {
    max: env.DATABASE_POOL_SIZE,
    onError: (error) => console.error('PostgreSQL connection lost:', error.message),
  });
  return holder.jattaPool;
}

export function store(): Store {
  if (holder.jattaStore) return holder.jattaStore;
  const target = env.database;
  holder.jattaStore = target.kind === 'sqlite' ? createSqliteStore(target.file) : createPostgresStore(postgresPool()!);
  return holder.jattaStore;
}
