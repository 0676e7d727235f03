import { describe, expect, it } from 'vitest';
import { createScheduler, KNOWN_INTERVAL_DAYS } from '../srs';
import { decideCardAction, decideReview, isCardAction, type StoredProgress } from './index';

const NOW = new Date('2026-05-04T09:00:00Z');
const DAY = 86_400_000;
const scheduler = createScheduler({ enableFuzz: false });

function reviewed(ratings: (1 | 2 | 3 | 4)[], cardType = 'recognition'): StoredProgress {
  let p: StoredProgress | null = null;
  let at = NOW.getTime() - 100 * DAY;
  for (const rating of ratings) {
    const d = decideReview({ before: p, cardId: 'card', cardType, rating, now: new Date(at), scheduler });
    p = { ...d.after, suspended: d.suspended, leech: d.leech };
    at = Math.max(at + 60_000, d.after.due.getTime());
  }
  return p!;
}

describe('decideCardAction', () => {
  it('names its actions', () => {
    expect(['suspend', 'unsuspend', 'reset', 'known'].every(isCardAction)).toBe(true);
    expect(isCardAction('delete')).toBe(false);
  });

  it('suspends a card never met as a new row, and only flips the flag otherwise, writing no log', () => {
    const fresh = decideCardAction({ action: 'suspend', before: null, cardType: 'recognition', now: NOW, scheduler })!;
    expect(fresh.after).toMatchObject({ state: 0, reps: 0, suspended: true, leech: false });
    expect(fresh.log).toBeNull();
    const p = reviewed([3, 3]);
    const d = decideCardAction({ action: 'suspend', before: p, cardType: 'recognition', now: NOW, scheduler })!;
    expect(d.after).toEqual({ ...p, suspended: true });
    expect(decideCardAction({ action: 'suspend', before: d.after, cardType: 'recognition', now: NOW, scheduler })).toBeNull();
    expect(decideCardAction({ action: 'unsuspend', before: p, cardType: 'recognition', now: NOW, scheduler })).toBeNull();
    const leech = { ...p, lapses: 8, leech: true, suspended: true };
    expect(decideCardAction({ action: 'unsuspend', before: leech, cardType: 'recognition', now: NOW, scheduler })!.after).toEqual({ ...leech, suspended: false });
  });

  it('resets to a new card with no lapses and no leech flag, logging a manual row that takes the known word back', () => {
    const p = { ...reviewed([3, 3, 3, 3, 3, 3]), lapses: 8, leech: true };
    expect(p.stability).toBeGreaterThanOrEqual(21);
    const d = decideCardAction({ action: 'reset', before: p, cardType: 'recognition', now: NOW, scheduler })!;
    expect(d.after).toMatchObject({ state: 0, reps: 0, lapses: 0, stability: 0, leech: false, suspended: false, lastReview: null });
    expect(d.log).toMatchObject({ rating: 0, stateBefore: 2, dueBefore: p.due });
    expect(d.log!.studyDay).toEqual({ newCards: 0, youngTotal: 0, youngPassed: 0, matureTotal: 0, maturePassed: 0, knownDelta: -1 });
    expect(JSON.parse(d.log!.previous!)).toMatchObject({ reps: p.reps, leech: true });
    expect(decideCardAction({ action: 'reset', before: null, cardType: 'recognition', now: NOW, scheduler })).toBeNull();
    expect(decideCardAction({ action: 'reset', before: d.after, cardType: 'recognition', now: NOW, scheduler })).toBeNull();
    // a production card is no word known: nothing to take back
    expect(decideCardAction({ action: 'reset', before: p, cardType: 'production', now: NOW, scheduler })!.log!.studyDay.knownDelta).toBe(0);
  });

  it('"I know this" schedules a review at least two months out, counts one repetition and the word known, and never shortens', () => {
    const d = decideCardAction({ action: 'known', before: null, cardType: 'recognition', now: NOW, scheduler })!;
    expect(d.after).toMatchObject({ state: 2, reps: 1, lapses: 0, scheduledDays: KNOWN_INTERVAL_DAYS, lastReview: NOW });
    expect(d.after.due.getTime()).toBe(NOW.getTime() + KNOWN_INTERVAL_DAYS * DAY);
    expect(d.after.difficulty).toBeGreaterThanOrEqual(1);
    expect(d.log).toMatchObject({ rating: 0, stateBefore: 0, dueBefore: null, previous: null });
    expect(d.log!.studyDay.knownDelta).toBe(1);
    expect(decideCardAction({ action: 'known', before: { ...d.after, suspended: false, leech: false }, cardType: 'recognition', now: NOW, scheduler })).toBeNull();
    // the next review goes on from there, as from any review
    const next = scheduler.review(d.after, 3, d.after.due, 'card');
    expect(next.card.scheduledDays).toBeGreaterThan(KNOWN_INTERVAL_DAYS);
  });

  it('"I know this" at a lower retention needs less stability for the same two months', () => {
    const low = createScheduler({ enableFuzz: false, desiredRetention: 0.8 });
    const d = decideCardAction({ action: 'known', before: null, cardType: 'recognition', now: NOW, scheduler: low })!;
    expect(d.after.scheduledDays).toBe(KNOWN_INTERVAL_DAYS);
    expect(d.after.stability).toBeLessThan(KNOWN_INTERVAL_DAYS);
  });
});
