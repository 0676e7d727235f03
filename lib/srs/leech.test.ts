import { describe, expect, it } from 'vitest';
import { isLeech, LEECH_LAPSES } from './index';

describe('isLeech', () => {
  it('flags cards from 8 lapses on', () => {
    expect(LEECH_LAPSES).toBe(8);
    expect(isLeech(0)).toBe(false);
    expect(isLeech(7)).toBe(false);
    expect(isLeech(8)).toBe(true);
    expect(isLeech(13)).toBe(true);
  });
});
