import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { submitReview } = await import('./submit-review');
const { undoReview } = await import('./undo-review');

const NOW = new Date('2026-04-20T09:00:00Z');
const DAY = 86_400_000;
const opts = { now: NOW, clockSkewMs: 60_000 };

async function learner(id: string) {
  await db.user.create({ data: { id, name: id, email: `${id}@example.test`, timeZone: 'Asia/Almaty' } });
}

/** Everything a rating touches, as it stands: the card's progress and the learner's study days. */
async function state(userId: string, cardId: string) {
  const progress = await db.cardProgress.findUnique({ where: { userId_cardId: { userId, cardId } } });
  const days = await db.studyDay.findMany({ where: { userId }, orderBy: { day: 'asc' } });
  const { updatedAt, ...rest } = progress ?? { updatedAt: null };
  void updatedAt;
  return { progress: progress ? rest : null, days };
}

function review(cardId: string, rating: number, at = NOW) {
  return { id: randomUUID(), cardId, rating, reviewedAt: at.toISOString(), durationMs: 4000 };
}

beforeAll(async () => {
  await db.deck.create({ data: { id: 'd', title: 'd', visibility: 'public' } });
  for (const type of ['recognition', 'production']) {
    await db.note.create({ data: { id: `n-${type}`, deckId: 'd', kind: 'word', kk: 'сөз', ru: 'слово', en: 'word' } });
    await db.card.create({ data: { id: `c-${type}`, noteId: `n-${type}`, deckId: 'd', type } });
  }
});

afterAll(async () => {
  await testDb.cleanup();
});

// Each card state a learner can rate from; the row is written as the review path would leave it.
const STATES = [
  { name: 'new (never rated)', progress: null },
  { name: 'learning', progress: { state: 1, due: new Date(NOW.getTime() - 60_000), stability: 0.5, difficulty: 6, scheduledDays: 0, learningSteps: 1, reps: 1, lapses: 0, lastReview: new Date(NOW.getTime() - 600_000) } },
  { name: 'review', progress: { state: 2, due: new Date(NOW.getTime() - DAY), stability: 25, difficulty: 5, scheduledDays: 22, learningSteps: 0, reps: 6, lapses: 1, lastReview: new Date(NOW.getTime() - 23 * DAY) } },
  { name: 'relearning', progress: { state: 3, due: new Date(NOW.getTime() - 60_000), stability: 2, difficulty: 7, scheduledDays: 0, learningSteps: 0, reps: 8, lapses: 2, lastReview: new Date(NOW.getTime() - 700_000) } },
  { name: 'review, about to become a leech', progress: { state: 2, due: new Date(NOW.getTime() - DAY), stability: 3, difficulty: 9, scheduledDays: 3, learningSteps: 0, reps: 20, lapses: 7, lastReview: new Date(NOW.getTime() - 4 * DAY) } },
] as const;

describe('undoReview', () => {
  for (const [i, s] of STATES.entries()) {
    for (const rating of [1, 3]) {
      it(`rate then undo equals never rated: ${s.name}, rating ${rating}`, async () => {
        const userId = `u${i}-${rating}`;
        await learner(userId);
        const cardId = 'c-recognition';
        if (s.progress) {
          await db.cardProgress.create({ data: { userId, cardId, deckId: 'd', noteId: 'n-recognition', firstSeenAt: new Date(NOW.getTime() - 30 * DAY), ...s.progress } });
          // An earlier review today, so the study day exists before and must come back exactly.
          await db.studyDay.create({ data: { userId, day: '2026-04-20', reviews: 3, newCards: 1, durationMs: 9000, youngTotal: 1, youngPassed: 1 } });
        }
        const before = await state(userId, cardId);
        const r = review(cardId, rating);
        const out = await submitReview(userId, r, opts);
        expect(out.ok).toBe(true);
        expect(await state(userId, cardId)).not.toEqual(before);
        const undone = await undoReview(userId, { id: r.id });
        expect(undone).toMatchObject({ ok: true, cardId, alreadyUndone: false });
        expect(await state(userId, cardId)).toEqual(before);
        expect((await db.reviewLog.findUniqueOrThrow({ where: { id: r.id } })).undone).toBe(true);
      });
    }
  }

  it('a second undo changes nothing; undo of another learner\'s review or of an unknown id is not found', async () => {
    await learner('ava');
    await learner('bo');
    const r = review('c-production', 3);
    await submitReview('ava', r, opts);
    expect(await undoReview('bo', { id: r.id })).toEqual({ ok: false, error: 'not-found' });
    expect(await undoReview('ava', { id: randomUUID() })).toEqual({ ok: false, error: 'not-found' });
    await undoReview('ava', { id: r.id });
    const after = await state('ava', 'c-production');
    expect(await undoReview('ava', { id: r.id })).toMatchObject({ ok: true, alreadyUndone: true });
    expect(await state('ava', 'c-production')).toEqual(after);
    expect(after.progress).toBeNull();
    expect(after.days).toEqual([]);
  });

  it('only the latest rating of a card can be taken back', async () => {
    await learner('cy');
    const first = review('c-production', 3);
    await submitReview('cy', first, opts);
    const later = new Date(NOW.getTime() + 700_000);
    await submitReview('cy', review('c-production', 3, later), { ...opts, now: later });
    expect(await undoReview('cy', { id: first.id })).toEqual({ ok: false, error: 'not-last' });
  });

  it('undoing an undo is a new rating: the card can be rated again, counted once', async () => {
    await learner('dee');
    const r = review('c-recognition', 4);
    await submitReview('dee', r, opts);
    await undoReview('dee', { id: r.id });
    const again = await submitReview('dee', review('c-recognition', 4), opts);
    expect(again.ok).toBe(true);
    expect((await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'dee', cardId: 'c-recognition' } } })).reps).toBe(1);
    expect((await db.studyDay.findMany({ where: { userId: 'dee' } })).map((d) => d.reviews)).toEqual([1]);
  });
});
