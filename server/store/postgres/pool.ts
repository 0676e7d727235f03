// One pg pool per process, shared by the PostgreSQL store's own queries and by Prisma's
// adapter (server/db.ts), so a server opens DATABASE_POOL_SIZE connections in all.
import pg from 'pg';

const TIMESTAMP_OID = 1114;
const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

// Prisma stores DateTime as `timestamp(3)` holding UTC wall time; read it back as UTC,
// whatever the server's own zone. Counts (bigint) fit a JS number here by far.
const parsers: Record<number, (value: string) => unknown> = {
  [TIMESTAMP_OID]: (v) => new Date(`${v.replace(' ', 'T')}Z`),
  [TIMESTAMPTZ_OID]: (v) => new Date(v),
  [INT8_OID]: (v) => Number(v),
};

export const storeTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    (format ?? 'text') === 'text' && parsers[oid] ? parsers[oid] : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PoolOptions {
  max: number;
  onError?: (error: Error) => void;
}

export function createPool(url: string, options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max,
    types: storeTypes,
    // A lost database must not hang requests: fail fast and let the client retry.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // Each statement of a request is short; a stuck one is a fault, not work.
    statement_timeout: 30_000,
    application_name: 'jatta',
  });
  // An idle connection that breaks (the database restarting) is replaced on next use; it
  // must not take the process down.
  pool.on('error', (error) => options.onError?.(error));
  return pool;
}

/** Timestamps go to PostgreSQL as UTC text: `timestamp` columns ignore the zone, so no local time sneaks in. */
export function pgTime(d: Date): string {
  return d.toISOString();
}

/**
 * Runs `fn` in one transaction on a client of its own: BEGIN, then COMMIT when `fn` returns,
 * or ROLLBACK when it throws (the error thrown is always `fn`'s, never a failed ROLLBACK's).
 * `fn` may end the transaction early with `rollback()` (for an answer that must write nothing);
 * the client then runs any further statements outside a transaction, and nothing is committed.
 * The client goes back to the pool in every path; after an error it is destroyed, not reused,
 * since it may still be inside the failed transaction.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient, rollback: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let open = false;
  let failed: Error | undefined;
  try {
    await client.query('BEGIN');
    open = true;
    const rollback = async () => {
      if (!open) return;
      await client.query('ROLLBACK');
      open = false;
    };
    const result = await fn(client, rollback);
    if (open) {
      await client.query('COMMIT');
      open = false;
    }
    return result;
  } catch (error) {
    failed = error instanceof Error ? error : new Error(String(error));
    if (open) await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release(failed);
  }
}
