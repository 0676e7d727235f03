import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('./db');
const { transaction } = await import('./transaction');

afterAll(async () => {
  await db.$disconnect();
  await testDb.cleanup();
});

// Another connection commits (as the review path's does) after the transaction's first read
// and before its first write.
const commitElsewhere = (id: string) =>
  testDb.exec(`INSERT INTO ${testDb.store === 'sqlite' ? 'Deck' : '"Deck"'} (id, title, "updatedAt") VALUES ('${id}', 'elsewhere', CURRENT_TIMESTAMP)`);

const readThenWrite = (id: string, runs: { count: number }) => async (tx: Parameters<Parameters<typeof transaction>[1]>[0]) => {
  runs.count++;
  const before = await tx.deck.count();
  if (runs.count === 1) await commitElsewhere(`${id}-elsewhere`);
  await tx.deck.create({ data: { id, title: `after ${before}` } });
  return before;
};

describe('an interactive transaction', () => {
  it.runIf(testDb.store === 'sqlite')('fails on SQLite when another connection commits between its read and its write (the race is real)', async () => {
    const runs = { count: 0 };
    await expect(db.$transaction(readThenWrite('raw', runs))).rejects.toMatchObject({
      meta: { driverAdapterError: { cause: { originalCode: 'SQLITE_BUSY_SNAPSHOT' } } },
    });
    expect(await db.deck.findUnique({ where: { id: 'raw' } })).toBeNull();
  });

  it('commits through that race, run again from its start on a fresh snapshot', async () => {
    const runs = { count: 0 };
    const before = await db.deck.count();
    const seen = await transaction(db, readThenWrite('helped', runs));
    // SQLite: the first run's snapshot went stale and it ran again; PostgreSQL's first run commits.
    expect(runs.count).toBe(testDb.store === 'sqlite' ? 2 : 1);
    expect(seen).toBe(testDb.store === 'sqlite' ? before + 1 : before);
    const written = await db.deck.findUnique({ where: { id: 'helped' } });
    expect(written?.title).toBe(`after ${seen}`);
  });

  const stale = () => new Error('Raw query failed. Code: `SQLITE_BUSY_SNAPSHOT`. Message: `database is locked`');
  const failing = (error: () => Error, runs: { count: number }) => ({
    $transaction: (async () => {
      runs.count++;
      throw error();
    }) as unknown as typeof db.$transaction,
  });

  it('gives up after four runs on a stale snapshot, and never runs again after another error', async () => {
    const runs = { count: 0 };
    await expect(transaction(failing(stale, runs), async () => 'never')).rejects.toThrow('SQLITE_BUSY_SNAPSHOT');
    expect(runs.count).toBe(4);
    runs.count = 0;
    await expect(transaction(failing(() => new Error('UNIQUE constraint failed'), runs), async () => 'never')).rejects.toThrow('UNIQUE');
    expect(runs.count).toBe(1);
  });
});
