import { describe, expect, it } from 'vitest';
import { notReflected, parseSent, SENT_KEPT_MS, withoutSent, withSent, type SentRating } from './recently-sent';

const sent = (id: string, cardId: string, baseReps: number, sentAt: number): SentRating =>
  ({ id, cardId, rating: 3, reviewedAt: new Date(sentAt).toISOString(), baseReps, sentAt });

describe('recently sent ratings', () => {
  const t = Date.UTC(2026, 11, 3, 9, 0, 0);

  it('keeps the newest, drops the old and the same id twice', () => {
    let list = withSent([], sent('a', 'c1', 0, t - SENT_KEPT_MS), t - SENT_KEPT_MS);
    list = withSent(list, sent('b', 'c2', 0, t - 1000), t - 1000);
    list = withSent(list, sent('b', 'c2', 0, t), t);
    expect(list.map((r) => r.id)).toEqual(['b']);
    expect(list[0]?.sentAt).toBe(t);
    for (let i = 0; i < 40; i++) list = withSent(list, sent(`x${i}`, `c${i}`, 0, t), t);
    expect(list).toHaveLength(32);
    expect(list.at(-1)?.id).toBe('x39');
    expect(withoutSent(list, 'x39').map((r) => r.id)).not.toContain('x39');
  });

  it('a step reflects a rating once the card has more reviews than the rating was made on', () => {
    const list = [sent('new', 'c1', 0, t), sent('review', 'c2', 4, t), sent('later', 'c3', 2, t), sent('gone', 'c4', 0, t)];
    const queue = [
      { cardId: 'c1', srs: null },
      { cardId: 'c2', srs: { reps: 4 } },
      { cardId: 'c3', srs: { reps: 3 } },
    ];
    expect(notReflected(list, queue, t + 1000).map((r) => r.id)).toEqual(['new', 'review']);
    expect(notReflected(list, queue, t + SENT_KEPT_MS)).toEqual([]);
  });

  it('reads nothing from what it did not write', () => {
    expect(parseSent(null)).toEqual([]);
    expect(parseSent('{')).toEqual([]);
    expect(parseSent('{"id":"a"}')).toEqual([]);
    const good = sent('a', 'c1', 0, t);
    expect(parseSent(JSON.stringify([good, { ...good, id: 7 }, { ...good, rating: 5 }, { ...good, reviewedAt: 'soon' }, null]))).toEqual([good]);
  });
});
