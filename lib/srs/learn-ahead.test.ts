import { describe, expect, it } from 'vitest';
import { learnAheadOffer, learnAheadWaitMs } from './index';

const NOW = new Date('2026-11-27T05:00:00Z');
const at = (min: number) => new Date(NOW.getTime() + min * 60_000);

describe('learn-ahead', () => {
  it('offers the learning card due soonest within the limit, never one already due or too far off', () => {
    const cards = [{ cardId: 'b', due: at(9) }, { cardId: 'a', due: at(6) }, { cardId: 'late', due: at(25) }];
    expect(learnAheadOffer(cards, NOW, 20 * 60_000)).toEqual({ cardId: 'a', due: at(6) });
    expect(learnAheadOffer([{ cardId: 'late', due: at(25) }], NOW, 20 * 60_000)).toBeNull();
    expect(learnAheadOffer([{ cardId: 'due', due: at(-1) }], NOW, 20 * 60_000)).toBeNull();
    expect(learnAheadOffer(cards, NOW, 0)).toBeNull();
    expect(learnAheadOffer(cards, NOW, Number.NaN)).toBeNull();
  });

  it('breaks ties by card id, so server and client agree', () => {
    expect(learnAheadOffer([{ cardId: 'y', due: at(5) }, { cardId: 'x', due: at(5) }], NOW, 20 * 60_000)?.cardId).toBe('x');
  });

  it('tells the page how long to wait before showing the card by itself', () => {
    expect(learnAheadWaitMs(at(9), NOW)).toBe(9 * 60_000);
    expect(learnAheadWaitMs(at(9).toISOString(), NOW)).toBe(9 * 60_000);
    expect(learnAheadWaitMs(at(-1), NOW)).toBe(0);
    expect(learnAheadWaitMs('not a date', NOW)).toBe(0);
  });
});
