// The retention preview's reads through the store of this pass (SQLite, or PostgreSQL with
// TEST_STORE=postgres): only the learner's own started, unsuspended, live cards in decks they may
// study; their unmet cards only in decks they study; and the use case on top of them.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { store } = await import('./index');
const { getRetentionPreview } = await import('../users/retention-preview');

const NOW = new Date('2026-05-04T09:00:00Z');
const DAY = 86_400_000;

async function progress(userId: string, cardId: string, deckId: string, over: Record<string, unknown> = {}) {
  await db.cardProgress.create({
    data: {
      userId, cardId, deckId, noteId: cardId.split('-')[0]!, state: 2, stability: 10, difficulty: 5, reps: 3,
      due: new Date(NOW.getTime() + 2 * DAY), lastReview: new Date(NOW.getTime() - 8 * DAY), ...over,
    },
  });
}

beforeAll(async () => {
  for (const id of ['ana', 'ben', 'tea', 'new']) await db.user.create({ data: { id, name: id, email: `${id}@example.test`, timeZone: 'UTC', dayStartHour: 0 } });
  await db.deck.create({ data: { id: 'pub', title: 'Public', visibility: 'public' } });
  await db.deck.create({ data: { id: 'other', title: 'Other public', visibility: 'public' } });
  await db.deck.create({ data: { id: 'priv', title: 'Private', ownerId: 'tea' } });
  for (const [deckId, n] of [['pub', 6], ['other', 3], ['priv', 2]] as const) {
    for (let i = 0; i < n; i++) {
      const noteId = `${deckId}${i}`;
      await db.note.create({ data: { id: noteId, deckId, kind: 'word', kk: `сөз${i}`, ru: `слово${i}`, en: `word${i}`, sortOrder: i } });
      await db.card.create({ data: { id: `${noteId}-recognition`, noteId, deckId, type: 'recognition', sortOrder: i } });
    }
  }
  await progress('ana', 'pub0-recognition', 'pub');
  await progress('ana', 'pub1-recognition', 'pub', { state: 3, stability: 1.5, difficulty: 7, due: new Date(NOW.getTime() - DAY) });
  await progress('ana', 'pub2-recognition', 'pub', { suspended: true });
  // a new card asked for ("study this word") is still a card not met
  await progress('ana', 'pub3-recognition', 'pub', { state: 0, stability: 0, difficulty: 0, reps: 0, lastReview: null });
  await db.card.update({ where: { id: 'pub5-recognition' }, data: { deletedAt: NOW } });
  // a card of a private deck ana may no longer study
  await progress('ana', 'priv0-recognition', 'priv');
  await progress('ben', 'pub4-recognition', 'pub', { stability: 99 });
  // ben studies two decks: 'other' with a limit of his own; a deleted card he had met stays out of both counts
  await progress('ben', 'other0-recognition', 'other', { state: 1 });
  await progress('ben', 'other1-recognition', 'other', { state: 2 });
  await db.card.update({ where: { id: 'other1-recognition' }, data: { deletedAt: NOW } });
  await db.deckStudyLimit.create({ data: { userId: 'ben', deckId: 'other', newCardsPerDay: 4 } });
  // another learner's limit on a deck is not ben's
  await db.deckStudyLimit.create({ data: { userId: 'ana', deckId: 'pub', newCardsPerDay: 7 } });
});

describe(`the retention preview's reads (${testDb.store})`, () => {
  it("reads the learner's own started, unsuspended, live cards in decks they may study", async () => {
    const m = await store().memory.memory('ana');
    expect(m.cards.map((c) => [c.state, c.stability, c.difficulty]).sort()).toEqual([[2, 10, 5], [3, 1.5, 7]]);
    const relearning = m.cards.find((c) => c.state === 3)!;
    expect(relearning.due.toISOString()).toBe(new Date(NOW.getTime() - DAY).toISOString());
    expect(relearning.lastReview?.toISOString()).toBe(new Date(NOW.getTime() - 8 * DAY).toISOString());
    // pub: 6 cards, one deleted, three started (one suspended) → pub3 (asked for) and pub4; not
    // the decks ana never studied ('other'), nor the private one she may no longer study
    expect(m.decks).toEqual([{ deckId: 'pub', unmetCards: 2, newCardsPerDay: 7 }]);
    expect(await store().memory.memory('new')).toEqual({ cards: [], decks: [] });
  });

  it('counts the unmet cards of each deck the learner studies, with their own limit for it', async () => {
    const m = await store().memory.memory('ben');
    expect(m.cards.map((c) => c.stability).sort((a, b) => a - b)).toEqual([10, 99]);
    // pub: 5 live cards, ben met pub4 → 4 (ana's progress is not his); other: 3 cards, one deleted
    // (met), other0 met → other2 alone; ana's limit of 7 on pub is not his
    expect([...m.decks].sort((a, b) => a.deckId.localeCompare(b.deckId))).toEqual([
      { deckId: 'other', unmetCards: 1, newCardsPerDay: 4 },
      { deckId: 'pub', unmetCards: 4, newCardsPerDay: null },
    ]);
  });

  it('previews the reviews a day at each retention and the learner\'s own, highlighted', async () => {
    await db.user.update({ where: { id: 'ana' }, data: { desiredRetention: 0.87, newCardsPerDay: 1 } });
    const p = await getRetentionPreview('ana', NOW);
    expect(p?.rows.map((r) => [r.retention, r.current])).toEqual([[0.8, false], [0.85, false], [0.87, true], [0.9, false], [0.95, false]]);
    expect(p).toMatchObject({ days: 30, cards: 2, unmetCards: 2, newCardsPerDay: 1, reviewsPerDay: null, ownParameters: false });
    for (const r of p!.rows) expect([r.backlogAtEnd, r.backlogAverage]).toEqual([0, 0]);
    for (const r of p!.rows) expect(r.busiest).toBeGreaterThanOrEqual(r.average);
    expect(p!.rows[4]!.average).toBeGreaterThan(p!.rows[0]!.average);
    // the same cards give the same figures
    expect(await getRetentionPreview('ana', NOW)).toEqual(p);
    // no cards and nothing to learn: nothing to review
    expect((await getRetentionPreview('new', NOW))?.rows.every((r) => r.average === 0)).toBe(true);
    expect(await getRetentionPreview('nobody', NOW)).toBeNull();
  });

  it("holds reviews back under the learner's cap", async () => {
    // ana's relearning card is due (never capped); with a cap of 1 nothing waits, so the cap
    // binds only when more reviews are due than it allows: give ana 6 reviews due today
    for (let i = 0; i < 4; i++) await db.card.create({ data: { id: `cap${i}-recognition`, noteId: 'pub0', deckId: 'pub', type: 'recognition', sortOrder: 10 + i } });
    for (let i = 0; i < 4; i++) await progress('ana', `cap${i}-recognition`, 'pub', { due: NOW });
    await db.user.update({ where: { id: 'ana' }, data: { reviewsPerDay: 1, newCardsPerDay: 0 } });
    const p = await getRetentionPreview('ana', NOW);
    expect(p).toMatchObject({ cards: 6, reviewsPerDay: 1 });
    for (const r of p!.rows) expect(r.backlogAverage).toBeGreaterThan(0);
    await db.user.update({ where: { id: 'ana' }, data: { reviewsPerDay: null } });
    for (const r of (await getRetentionPreview('ana', NOW))!.rows) expect(r.backlogAverage).toBe(0);
  });
});
