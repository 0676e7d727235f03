import { describe, expect, it } from 'vitest';
import { createScheduler, restore, snapshot } from './index';

describe('snapshot / restore', () => {
  const now = new Date('2026-01-10T10:00:00Z');
  const s = createScheduler({ enableFuzz: false });

  it('round-trips a reviewed card with Dates intact', () => {
    const card = s.review(s.newCard(now), 3, now, 'card').card;
    const back = restore(snapshot(card));
    expect(back).toEqual(card);
    expect(back.due).toBeInstanceOf(Date);
    expect(back.lastReview).toBeInstanceOf(Date);
  });

  it('round-trips a new card with lastReview null', () => {
    const card = s.newCard(now);
    expect(restore(snapshot(card))).toEqual(card);
  });

  it('accepts plain JSON.stringify output', () => {
    const card = s.review(s.newCard(now), 4, now, 'card').card;
    expect(restore(JSON.stringify(card))).toEqual(card);
  });

  it('rejects corrupt snapshots', () => {
    expect(() => restore('null')).toThrow(TypeError);
    expect(() => restore(JSON.stringify({ ...JSON.parse(snapshot(s.newCard(now))), state: 7 }))).toThrow(TypeError);
    expect(() => restore(JSON.stringify({ ...JSON.parse(snapshot(s.newCard(now))), due: 'soon' }))).toThrow(TypeError);
    expect(() => restore('{')).toThrow(SyntaxError);
  });
});
