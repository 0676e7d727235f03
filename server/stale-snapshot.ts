// SQLite (WAL): a transaction that reads before it writes runs on the snapshot of its first
// read. If another connection commits in between (the review path's, decision 003), its first
// write fails at once with SQLITE_BUSY_SNAPSHOT: waiting cannot help, the snapshot is stale.
// Such a transaction is run again from its start; it wrote nothing the first time.
const ATTEMPTS = 4;

export function isStaleSnapshot(error: unknown): boolean {
  return error instanceof Error && error.message.includes('SQLITE_BUSY_SNAPSHOT');
}

export async function retryOnStaleSnapshot<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isStaleSnapshot(error)) throw error;
    }
  }
}
