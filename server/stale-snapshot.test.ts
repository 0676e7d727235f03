import { describe, expect, it } from 'vitest';
import { retryOnStaleSnapshot } from './stale-snapshot';

const stale = () => new Error('Raw query failed. Code: `SQLITE_BUSY_SNAPSHOT`. Message: `database is locked`');

describe('a transaction on a stale snapshot', () => {
  it('is run again until it commits', async () => {
    let runs = 0;
    await expect(retryOnStaleSnapshot(async () => {
      runs++;
      if (runs < 3) throw stale();
      return 'done';
    })).resolves.toBe('done');
    expect(runs).toBe(3);
  });

  it('gives up after four runs, and never retries another error', async () => {
    let runs = 0;
    await expect(retryOnStaleSnapshot(async () => {
      runs++;
      throw stale();
    })).rejects.toThrow('SQLITE_BUSY_SNAPSHOT');
    expect(runs).toBe(4);
    runs = 0;
    await expect(retryOnStaleSnapshot(async () => {
      runs++;
      throw new Error('UNIQUE constraint failed');
    })).rejects.toThrow('UNIQUE');
    expect(runs).toBe(1);
  });
});
