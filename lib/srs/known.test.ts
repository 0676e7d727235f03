import { describe, expect, it } from 'vitest';
import { createScheduler, KNOWN_INTERVAL_DAYS, markedKnown } from './index';

const now = new Date('2026-02-01T10:00:00Z');
const scheduler = createScheduler({ enableFuzz: false });

describe('markedKnown', () => {
  it('puts a never-seen card in review, due in the long interval, with Easy’s difficulty', () => {
    const c = markedKnown(scheduler, null, now);
    expect(c.state).toBe(2);
    expect(c.due.getTime() - now.getTime()).toBe(KNOWN_INTERVAL_DAYS * 86_400_000);
    expect(c.stability).toBeGreaterThanOrEqual(21);
    expect(c.difficulty).toBe(scheduler.review(scheduler.newCard(now), 4, now).card.difficulty);
    expect(c.lastReview).toEqual(now);
    // and FSRS can go on from it: a Good answer when due gives a longer interval still
    const next = scheduler.review(c, 3, c.due).card;
    expect(next.due.getTime() - c.due.getTime()).toBeGreaterThan(KNOWN_INTERVAL_DAYS * 86_400_000);
  });

  it('keeps a card’s history and never shortens a longer interval', () => {
    const before = { ...scheduler.newCard(now), state: 2 as const, stability: 200, difficulty: 6, reps: 9, lapses: 2, scheduledDays: 150, lastReview: now };
    const c = markedKnown(scheduler, before, now);
    expect(c).toMatchObject({ reps: 9, lapses: 2, difficulty: 6, stability: 200, scheduledDays: 200 });
  });
});
