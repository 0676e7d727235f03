// The daily limits through the store of this pass (SQLite, or PostgreSQL with TEST_STORE=postgres),
// docs/decisions/026: the study step reads the review cap and the deck's own new limit with the
// learner's settings, counts today's new cards and reviews in this deck and in all decks (manual
// and undone rows left out), and buries a sibling of a card answered today.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { decideReview } from '@/lib/reviews';
import { createScheduler } from '@/lib/srs';
import { useTestDatabase } from '@/test/test-database';
import type { DecideReview } from './ports';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { store } = await import('./index');
const { getStudyStep } = await import('../study/get-study-step');
const { setDeckNewLimit } = await import('../decks/set-deck-new-limit');

const NOW = new Date('2026-05-04T09:00:00Z');
const WINDOW = { dayStart: new Date('2026-05-04T00:00:00Z'), dayEnd: new Date('2026-05-05T00:00:00Z'), dueRows: 16, newRows: 40 };
const scheduler = createScheduler({ enableFuzz: false });
const good: DecideReview = ({ card, progress }) => ({
  decision: decideReview({ before: progress, cardId: card.id, cardType: card.type, rating: 3, now: NOW, scheduler }),
  day: '2026-05-04',
  tzOffsetMin: 0,
});
const rate = (userId: string, cardId: string) => store().reviews.submit({ id: randomUUID(), userId, cardId, rating: 3, reviewedAt: NOW, durationMs: 1000 }, NOW, good);

/** Cards of deck `deck`: notes n0…n{count-1}, each with a recognition and a production card. */
async function deck(id: string, count: number, owner?: string) {
  await db.deck.create({ data: { id, title: id, visibility: owner ? 'private' : 'public', ownerId: owner ?? null } });
  for (let i = 0; i < count; i++) {
    await db.note.create({ data: { id: `${id}-n${i}`, deckId: id, kind: 'word', kk: `сөз${i}`, ru: `слово${i}`, en: `word${i}`, sortOrder: i } });
    for (const [j, type] of ['recognition', 'production'].entries()) {
      await db.card.create({ data: { id: `${id}-n${i}-${type}`, noteId: `${id}-n${i}`, deckId: id, type, sortOrder: i * 10 + j } });
    }
  }
}

/** These cards in review state, due yesterday. */
async function due(userId: string, deckId: string, cardIds: string[]) {
  const yesterday = new Date(NOW.getTime() - 86_400_000);
  await db.cardProgress.createMany({
    data: cardIds.map((cardId) => ({
      userId, cardId, deckId, noteId: cardId.replace(/-(recognition|production)$/, ''), state: 2, due: yesterday,
      stability: 5, difficulty: 5, scheduledDays: 3, reps: 2, lastReview: new Date(NOW.getTime() - 4 * 86_400_000), firstSeenAt: yesterday,
    })),
  });
}

beforeAll(async () => {
  for (const id of ['ana', 'ben', 'cem', 'tea']) await db.user.create({ data: { id, name: id, email: `${id}@example.test`, timeZone: 'UTC', dayStartHour: 0 } });
  await deck('a', 8);
  await deck('b', 8);
  await deck('priv', 1, 'tea');
});

describe(`daily limits (${testDb.store})`, () => {
  it('reads the review cap and the deck limit of this learner and deck only', async () => {
    expect((await store().study.deckAndSettings('ana', 'a'))?.settings).toMatchObject({ reviewsPerDay: null, deckNewPerDay: null, newCardsPerDay: 20 });
    await db.user.update({ where: { id: 'ana' }, data: { reviewsPerDay: 3 } });
    expect(await setDeckNewLimit('ana', { deckId: 'a', deckNewCardsPerDay: 2 })).toBe('saved');
    expect((await store().study.deckAndSettings('ana', 'a'))?.settings).toMatchObject({ reviewsPerDay: 3, deckNewPerDay: 2 });
    expect((await store().study.deckAndSettings('ana', 'b'))?.settings.deckNewPerDay).toBeNull();
    expect((await store().study.deckAndSettings('ben', 'a'))?.settings).toMatchObject({ reviewsPerDay: null, deckNewPerDay: null });
    // A deck the learner may not study: no limit is written.
    expect(await setDeckNewLimit('ana', { deckId: 'priv', deckNewCardsPerDay: 5 })).toBe('not-found');
    expect(await db.deckStudyLimit.count({ where: { deckId: 'priv' } })).toBe(0);
    // Empty removes it.
    expect(await setDeckNewLimit('ben', { deckId: 'a', deckNewCardsPerDay: 4 })).toBe('saved');
    expect(await setDeckNewLimit('ben', { deckId: 'a', deckNewCardsPerDay: null })).toBe('saved');
    expect((await store().study.deckAndSettings('ben', 'a'))?.settings.deckNewPerDay).toBeNull();
  });

  it("counts today's new cards and reviews in this deck and in all decks, without manual or undone rows", async () => {
    await due('ben', 'a', ['a-n0-recognition', 'a-n1-recognition']);
    await rate('ben', 'a-n0-recognition');
    await rate('ben', 'b-n0-recognition');
    await rate('ben', 'b-n1-recognition');
    await rate('ben', 'b-n2-recognition');
    await db.reviewLog.updateMany({ where: { userId: 'ben', cardId: 'b-n2-recognition' }, data: { undone: true } });
    // A manual row ("I know this", docs/decisions/025) is no review.
    await db.reviewLog.create({ data: {
      id: randomUUID(), userId: 'ben', cardId: 'a-n1-recognition', deckId: 'a', rating: 0, stateBefore: 2, stateAfter: 2, dueAfter: NOW,
      stabilityAfter: 60, difficultyAfter: 5, elapsedDays: 0, scheduledDays: 60, reviewedAt: NOW, serverAt: NOW, durationMs: 0, tzOffsetMin: 0,
    } });
    const rows = await store().study.queue('ben', 'a', WINDOW);
    expect({ new: rows.newIntroducedToday, reviews: rows.reviewsDoneToday, newAll: rows.newIntroducedTodayAllDecks, reviewsAll: rows.reviewsDoneTodayAllDecks })
      .toEqual({ new: 0, reviews: 1, newAll: 2, reviewsAll: 1 });
    expect(rows.reviewedTodayNotes).toEqual(['a-n0']);
  });

  it('the review cap holds across decks, and a buried sibling is not offered today', async () => {
    // cem: cap 3; reviews due in deck a (both cards of n0 and n1, one of n2) and two done in deck b today.
    await db.user.update({ where: { id: 'cem' }, data: { reviewsPerDay: 3, newCardsPerDay: 0 } });
    await due('cem', 'a', ['a-n0-recognition', 'a-n0-production', 'a-n1-recognition', 'a-n1-production', 'a-n2-recognition']);
    await due('cem', 'b', ['b-n0-recognition', 'b-n1-recognition']);
    await rate('cem', 'b-n0-recognition');
    let step = await getStudyStep('cem', 'a', NOW);
    // 2 left under the cap; the held batch never holds both cards of a note.
    expect(step?.counts.review).toBe(2);
    expect(step?.queue.map((q) => q.cardId)).toEqual(['a-n0-recognition', 'a-n1-recognition']);
    await rate('cem', 'a-n0-recognition');
    step = await getStudyStep('cem', 'a', NOW);
    expect(step?.queue.map((q) => q.cardId)).toEqual(['a-n1-recognition']);
    await rate('cem', 'a-n1-recognition');
    step = await getStudyStep('cem', 'a', NOW);
    expect(step?.card).toBeNull();
    expect(step?.counts.review).toBe(0);
    expect(step?.nextDueAt).toBe(WINDOW.dayEnd.toISOString());
    expect(step?.dayEnd).toBe(WINDOW.dayEnd.toISOString());
    // Without the cap, the rest is offered, but not the siblings of notes answered today.
    await db.user.update({ where: { id: 'cem' }, data: { reviewsPerDay: null } });
    step = await getStudyStep('cem', 'a', NOW);
    expect(step?.queue.map((q) => q.cardId)).toEqual(['a-n2-recognition']);
    expect(step?.counts.review).toBe(1);
  });

  it('new cards: the overall limit counts all decks, and a deck limit holds within it', async () => {
    // ana: overall 20, deck a limited to 2 (set in the first test).
    let step = await getStudyStep('ana', 'a', NOW, { upcoming: 20 });
    expect(step?.counts.new).toBe(2);
    expect(step?.newHeldBack).toBeNull();
    expect(step?.queue.map((q) => q.cardId)).toEqual(['a-n0-recognition', 'a-n1-recognition']);
    await rate('ana', 'a-n0-recognition');
    await rate('ana', 'a-n1-recognition');
    step = await getStudyStep('ana', 'a', NOW, { upcoming: 20 });
    expect(step?.counts.new).toBe(0);
    // Only the two cards met, coming back from their learning steps: no new card.
    expect(step?.queue.every((q) => q.srs !== null)).toBe(true);
    // The page can say why: the deck's own limit holds its six other new cards back.
    expect(step?.newHeldBack).toEqual({ limit: 'deck', perDay: 2 });
    // Deck b has no limit of its own: the overall one, less the 2 met in deck a.
    await db.user.update({ where: { id: 'ana' }, data: { newCardsPerDay: 5 } });
    step = await getStudyStep('ana', 'b', NOW, { upcoming: 20 });
    expect(step?.counts.new).toBe(3);
    expect(step?.queue).toHaveLength(3);
    expect(step?.newHeldBack).toBeNull();
    for (const q of step!.queue) await rate('ana', q.cardId);
    step = await getStudyStep('ana', 'b', NOW, { upcoming: 20 });
    expect(step?.counts.new).toBe(0);
    expect(step?.newHeldBack).toEqual({ limit: 'overall', perDay: 5 });
  });

  it('says nothing is held back when every card of the deck has been met', async () => {
    await deck('tiny', 1);
    await db.user.update({ where: { id: 'cem' }, data: { newCardsPerDay: 1 } });
    await rate('cem', 'tiny-n0-recognition');
    await rate('cem', 'tiny-n0-production');
    const step = await getStudyStep('cem', 'tiny', NOW, { upcoming: 20 });
    expect(step?.counts.new).toBe(0);
    expect(step?.newHeldBack).toBeNull();
  });
});
