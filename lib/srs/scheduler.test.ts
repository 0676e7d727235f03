import { describe, expect, it } from 'vitest';
import { createScheduler, type Rating, type SrsCard } from './index';

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = new Date('2026-01-10T10:00:00Z');

/** A card that graduated with Easy and has been answered Good once since: a typical review card. */
function matureCard(): SrsCard {
  const s = createScheduler({ enableFuzz: false });
  const first = s.review(s.newCard(T0), 4, T0, 'card').card;
  return s.review(first, 3, first.due, 'card').card;
}

describe('createScheduler', () => {
  const s = createScheduler({ enableFuzz: false });

  it('creates a new card due now', () => {
    const card = s.newCard(T0);
    expect(card).toEqual({
      state: 0,
      due: T0,
      stability: 0,
      difficulty: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      lastReview: null,
    });
    expect(card.due).not.toBe(T0); // a copy, so callers cannot alias each other's dates
  });

  it('new card + Good → learning step of minutes (default 10m)', () => {
    const { card, elapsedDays } = s.review(s.newCard(T0), 3, T0, 'card');
    expect(card.state).toBe(1);
    expect(card.due.getTime() - T0.getTime()).toBe(10 * MIN);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toEqual(T0);
    expect(elapsedDays).toBe(0);
  });

  it('new card + Easy → review state, days away', () => {
    const { card } = s.review(s.newCard(T0), 4, T0, 'card');
    expect(card.state).toBe(2);
    expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(card.due.getTime() - T0.getTime()).toBe(card.scheduledDays * DAY);
  });

  it('Again on a review card counts a lapse and enters relearning', () => {
    const card = matureCard();
    expect(card.state).toBe(2);
    const now = card.due;
    const { card: after, elapsedDays } = s.review(card, 1, now, 'card');
    expect(after.lapses).toBe(card.lapses + 1);
    expect(after.state).toBe(3);
    expect(after.due.getTime() - now.getTime()).toBe(10 * MIN); // default relearning step
    expect(elapsedDays).toBeCloseTo(card.scheduledDays, 6);
  });

  it('Again on a learning card does not count a lapse', () => {
    const learning = s.review(s.newCard(T0), 3, T0, 'card').card;
    expect(s.review(learning, 1, learning.due, 'card').card.lapses).toBe(0);
  });

  it('reports fractional elapsed days since the last review', () => {
    const learning = s.review(s.newCard(T0), 3, T0, 'card').card;
    const later = new Date(T0.getTime() + 36 * 3_600_000);
    expect(s.review(learning, 3, later, 'card').elapsedDays).toBeCloseTo(1.5, 10);
  });

  it('does not mutate the input card', () => {
    const card = matureCard();
    const copy = structuredClone(card);
    s.review(card, 1, card.due, 'card');
    s.preview(card, card.due, 'card');
    expect(card).toEqual(copy);
  });

  it('higher desired retention → shorter intervals; out-of-range values are clamped to 0.7..0.97', () => {
    const card = matureCard();
    const days = (desiredRetention: number) =>
      createScheduler({ enableFuzz: false, desiredRetention }).review(card, 3, card.due, 'card').card.scheduledDays;
    expect(days(0.8)).toBeGreaterThan(days(0.9));
    expect(days(0.9)).toBeGreaterThan(days(0.95));
    expect(days(0.5)).toBe(days(0.7));
    expect(days(0.999)).toBe(days(0.97));
    expect(days(Number.NaN)).toBe(days(0.9));
  });

  it('accepts fitted weights (21, 19 or 17 values) and they change scheduling; invalid weights fall back to defaults', () => {
    const card = matureCard();
    const days = (weights: number[] | null) =>
      createScheduler({ enableFuzz: false, weights }).review(card, 3, card.due, 'card').card.scheduledDays;
    // FSRS-6 default parameters with the initial stability for Easy (w[3]) raised.
    const fitted = [
      0.212, 1.2931, 2.3065, 30.4, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
      1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];
    const sched = createScheduler({ enableFuzz: false, weights: fitted });
    const easyFitted = sched.review(sched.newCard(T0), 4, T0, 'card').card.scheduledDays;
    const easyDefault = createScheduler({ enableFuzz: false }).review(sched.newCard(T0), 4, T0, 'card').card.scheduledDays;
    expect(easyFitted).toBeGreaterThan(easyDefault);
    expect(() => createScheduler({ weights: fitted.slice(0, 19) })).not.toThrow();
    expect(() => createScheduler({ weights: fitted.slice(0, 17) })).not.toThrow();
    expect(days([1, 2, 3])).toBe(days(null));
    expect(days([...fitted.slice(0, 20), Number.NaN])).toBe(days(null));
  });

  it('honours custom steps and maximum interval', () => {
    const custom = createScheduler({ enableFuzz: false, learningSteps: ['5m', '1h'], maximumIntervalDays: 3 });
    const step = custom.review(custom.newCard(T0), 3, T0, 'card').card;
    expect(step.due.getTime() - T0.getTime()).toBe(60 * MIN);
    expect(custom.review(custom.newCard(T0), 4, T0, 'card').card.scheduledDays).toBeLessThanOrEqual(3);
  });

  it('rejects malformed steps and ratings', () => {
    expect(() => createScheduler({ learningSteps: ['10 minutes'] })).toThrow(RangeError);
    expect(() => s.review(s.newCard(T0), 0 as Rating, T0, 'card')).toThrow(RangeError);
    expect(() => s.review(s.newCard(T0), 3, new Date(Number.NaN), 'card')).toThrow(TypeError);
  });
});

describe('preview', () => {
  const ratings: Rating[] = [1, 2, 3, 4];
  const cases: [string, () => { card: SrsCard; now: Date }][] = [
    ['new', () => ({ card: createScheduler().newCard(T0), now: T0 })],
    ['review', () => ({ card: matureCard(), now: matureCard().due })],
    ['overdue review', () => ({ card: matureCard(), now: new Date(matureCard().due.getTime() + 20 * DAY) })],
  ];

  for (const fuzz of [false, true]) {
    for (const [name, make] of cases) {
      it(`intervals are monotonic Again ≤ Hard ≤ Good ≤ Easy (${name}, fuzz ${fuzz})`, () => {
        const { card, now } = make();
        const p = createScheduler({ enableFuzz: fuzz }).preview(card, now, 'card');
        const ivl = ratings.map((r) => p[r].intervalMs);
        for (let i = 1; i < ivl.length; i++) expect(ivl[i]).toBeGreaterThanOrEqual(ivl[i - 1] ?? 0);
        for (const r of ratings) expect(p[r].intervalMs).toBe(p[r].due.getTime() - now.getTime());
      });
    }
  }

  it('matches what review() then schedules, even with fuzz on', () => {
    const s = createScheduler({ enableFuzz: true });
    const card = matureCard();
    const now = new Date(card.due.getTime() + 3 * DAY);
    const p = s.preview(card, now, 'card');
    for (const r of ratings) expect(s.review(card, r, now, 'card').card.due).toEqual(p[r].due);
  });

  // The study page previews when it shows a card; the rating is scheduled when it is pressed, on
  // the device and then on the server by its own clock. The days on the button must be the days given.
  it('gives the interval it previewed when the rating comes seconds later, with fuzz on', () => {
    const s = createScheduler({ enableFuzz: true });
    const card = matureCard();
    const days = (ms: number) => Math.round(ms / DAY);
    for (let k = 0; k < 40; k++) {
      const key = `card-${k}`;
      const shown = new Date(card.due.getTime() + k * 3_600_000 + 17);
      const p = s.preview(card, shown, key);
      for (const pressedAfterMs of [1, 4_321, 95_000]) {
        const pressed = new Date(shown.getTime() + pressedAfterMs);
        for (const r of [3, 4] as Rating[]) {
          const after = s.review(card, r, pressed, key).card;
          expect(days(after.due.getTime() - pressed.getTime())).toBe(days(p[r].intervalMs));
        }
      }
    }
  });

  it('spreads cards in the same state over different days (the fuzz follows the card)', () => {
    const s = createScheduler({ enableFuzz: true });
    const card = matureCard();
    const now = card.due;
    const goodDays = new Set(Array.from({ length: 40 }, (_, k) => s.review(card, 3, now, `card-${k}`).card.scheduledDays));
    expect(goodDays.size).toBeGreaterThan(2);
  });
});
