import { describe, expect, it } from 'vitest';
import { buildQueue } from '../srs';
import { CARD_TYPE_ORDER, cardSortOrder } from './index';

describe('card order', () => {
  it('puts recognition first inside each note, and notes in their own order', () => {
    expect(CARD_TYPE_ORDER[0]).toBe('recognition');
    expect(cardSortOrder(3, 'recognition')).toBeLessThan(cardSortOrder(3, 'production'));
    expect(cardSortOrder(3, 'production')).toBeLessThan(cardSortOrder(3, 'cloze'));
    expect(cardSortOrder(3, 'cloze')).toBeLessThan(cardSortOrder(4, 'recognition'));
  });

  it('makes the queue introduce a word by its recognition card, whatever the card ids', () => {
    const now = new Date('2026-11-27T05:00:00Z');
    // Ids chosen so that the old tie-break (same sort value, then id) put cloze first.
    const cards = (['cloze', 'production', 'recognition'] as const).map((type) => ({
      cardId: `a-${type[0]}`, noteId: 'a', sortOrder: cardSortOrder(0, type), progress: null,
    }));
    const q = buildQueue({ now, dayStart: new Date(now.getTime() - 3_600_000), cards, newIntroducedToday: 0, newPerDay: 20, reviewsDoneToday: 0, reviewsPerDay: 200 });
    expect(q.next).toBe('a-r');
  });
});
