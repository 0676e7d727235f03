// inTransaction on a stand-in pool: which statements it sends, what it throws, and that the
// client always goes back (destroyed after an error). The stores' use of it runs against a
// real PostgreSQL in the contract tests (TEST_STORE=postgres).
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { inTransaction } from './pool';

function fakePool(failOn: string[] = []) {
  const sent: string[] = [];
  const released: unknown[] = [];
  const client = {
    async query(text: string) {
      sent.push(text);
      if (failOn.includes(text)) throw new Error(`${text} failed`);
      return { rows: [] };
    },
    release(error?: unknown) {
      released.push(error);
    },
  };
  const pool = { connect: async () => client } as unknown as pg.Pool;
  return { pool, sent, released };
}

describe('inTransaction', () => {
  it('commits what the function did and releases the client for reuse', async () => {
    const { pool, sent, released } = fakePool();
    await expect(inTransaction(pool, async (client) => (await client.query('SELECT 1'), 'done'))).resolves.toBe('done');
    expect(sent).toEqual(['BEGIN', 'SELECT 1', 'COMMIT']);
    expect(released).toEqual([undefined]);
  });

  it('rolls back when the function throws, and destroys the client', async () => {
    const { pool, sent, released } = fakePool();
    const boom = new Error('boom');
    await expect(inTransaction(pool, async () => { throw boom; })).rejects.toBe(boom);
    expect(sent).toEqual(['BEGIN', 'ROLLBACK']);
    expect(released).toEqual([boom]);
  });

  it('throws the original error when the ROLLBACK fails too', async () => {
    const { pool, sent, released } = fakePool(['ROLLBACK']);
    const boom = new Error('boom');
    await expect(inTransaction(pool, async () => { throw boom; })).rejects.toBe(boom);
    expect(sent).toEqual(['BEGIN', 'ROLLBACK']);
    expect(released).toEqual([boom]);
  });

  it('after an early rollback, commits nothing and lets the client read outside the transaction', async () => {
    const { pool, sent, released } = fakePool();
    await inTransaction(pool, async (client, rollback) => {
      await rollback();
      await client.query('SELECT 2');
    });
    expect(sent).toEqual(['BEGIN', 'ROLLBACK', 'SELECT 2']);
    expect(released).toEqual([undefined]);
  });

  it('sends no ROLLBACK once the transaction has ended', async () => {
    const { pool, sent, released } = fakePool(['SELECT 2']);
    await expect(inTransaction(pool, async (client, rollback) => {
      await rollback();
      await client.query('SELECT 2');
    })).rejects.toThrow('SELECT 2 failed');
    expect(sent).toEqual(['BEGIN', 'ROLLBACK', 'SELECT 2']);
    expect(released).toHaveLength(1);
  });

  it('rolls back a failed COMMIT and throws its error', async () => {
    const { pool, sent, released } = fakePool(['COMMIT']);
    await expect(inTransaction(pool, async () => 1)).rejects.toThrow('COMMIT failed');
    expect(sent).toEqual(['BEGIN', 'COMMIT', 'ROLLBACK']);
    expect(released[0]).toBeInstanceOf(Error);
  });

  it('releases the client when BEGIN fails, without a ROLLBACK', async () => {
    const { pool, sent, released } = fakePool(['BEGIN']);
    await expect(inTransaction(pool, async () => 1)).rejects.toThrow('BEGIN failed');
    expect(sent).toEqual(['BEGIN']);
    expect(released[0]).toBeInstanceOf(Error);
  });
});
