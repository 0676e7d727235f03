// Every interactive transaction runs through here (lint forbids `$transaction(async …)`
// elsewhere). SQLite (WAL): a transaction that reads before it writes runs on the snapshot of
// its first read. If another connection commits in between (the review path's, decision 003),
// its first write fails at once with SQLITE_BUSY_SNAPSHOT: waiting cannot help, the snapshot is
// stale. Such a transaction is run again from its start; it wrote nothing the first time.
// PostgreSQL never raises it, so there a transaction runs once.
import type { PrismaClient } from './generated/prisma/client';
import type { Tx } from './db';

const ATTEMPTS = 4;

export interface TransactionOptions {
  /** ms the transaction may run before Prisma rolls it back */
  timeout?: number;
  /** ms to wait for a connection */
  maxWait?: number;
}

// Prisma names the driver's code only in a raw query's message; a model query's error says
// "Operation has timed out" (P1008) and keeps the code in its meta.
function isStaleSnapshot(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta;
  return meta?.driverAdapterError?.cause?.originalCode === 'SQLITE_BUSY_SNAPSHOT' || error.message.includes('SQLITE_BUSY_SNAPSHOT');
}

export async function transaction<T>(
  client: Pick<PrismaClient, '$transaction'>,
  run: (tx: Tx) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.$transaction(run, options);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isStaleSnapshot(error)) throw error;
    }
  }
}
