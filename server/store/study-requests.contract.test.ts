// "Study this word" through the store of this pass (SQLite, or PostgreSQL with TEST_STORE=postgres):
// the word's new cards start the day's new cards; studied, suspended and other learners' cards,
// and notes of decks the learner may not study, are left alone.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { decideReview } from '@/lib/reviews';
import { createScheduler } from '@/lib/srs';
import { useTestDatabase } from '@/test/test-database';
import type { DecideReview } from './ports';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { store } = await import('./index');
const { studyWord } = await import('../reader/study-word');
const { getStudyStep } = await import('../study/get-study-step');

const NOW = new Date('2026-05-04T09:00:00Z');
const WINDOW = { dayStart: new Date('2026-05-04T00:00:00Z'), dayEnd: new Date('2026-05-05T00:00:00Z'), dueRows: 10, newRows: 10 };
const scheduler = createScheduler({ enableFuzz: false });
const good: DecideReview = ({ card, progress }) => ({
  decision: decideReview({ before: progress, cardId: card.id, cardType: card.type, rating: 3, now: NOW, scheduler }),
  day: '2026-05-04',
  tzOffsetMin: 0,
});

beforeAll(async () => {
  for (const id of ['ana', 'ben', 'tea']) await db.user.create({ data: { id, name: id, email: `${id}@example.test`, timeZone: 'UTC', dayStartHour: 0 } });
  await db.deck.create({ data: { id: 'pub', title: 'Public', visibility: 'public' } });
  await db.deck.create({ data: { id: 'priv', title: 'Private', ownerId: 'tea' } });
  for (const i of [0, 1, 2, 3]) {
    await db.note.create({ data: { id: `w${i}`, deckId: 'pub', kind: 'word', kk: `сөз${i}`, lemma: `сөз${i}`, headword: `сөз${i}`, ru: `слово${i}`, en: `word${i}`, sortOrder: i } });
    for (const [j, type] of ['recognition', 'production'].entries()) {
      await db.card.create({ data: { id: `w${i}-${type}`, noteId: `w${i}`, deckId: 'pub', type, sortOrder: i * 10 + j } });
    }
  }
  await db.note.create({ data: { id: 'secret', deckId: 'priv', kind: 'word', kk: 'құпия', ru: 'тайна', en: 'secret' } });
  await db.card.create({ data: { id: 'secret-recognition', noteId: 'secret', deckId: 'priv', type: 'recognition' } });
});

describe(`study this word (${testDb.store})`, () => {
  it('puts the word first among the new cards, for this learner only', async () => {
    expect((await getStudyStep('ana', 'pub', NOW))?.card?.cardId).toBe('w0-recognition');
    expect(await studyWord('ana', { deckId: 'pub', noteId: 'w3' }, NOW)).toEqual({ ok: true, cards: 2 });
    const rows = await store().study.queue('ana', 'pub', WINDOW);
    const asked = rows.cards.filter((c) => c.requestedAt);
    expect(asked.map((c) => [c.cardId, c.progress, c.requestedAt?.toISOString()]).sort()).toEqual([
      ['w3-production', null, NOW.toISOString()], ['w3-recognition', null, NOW.toISOString()],
    ]);
    // each card once, though it is also among the never-studied ones
    expect(new Set(rows.cards.map((c) => c.cardId)).size).toBe(rows.cards.length);
    expect((await getStudyStep('ana', 'pub', NOW))?.card?.cardId).toBe('w3-recognition');
    expect((await getStudyStep('ben', 'pub', NOW))?.card?.cardId).toBe('w0-recognition');
    // asking counts as no study: nothing in the log, today's counts unchanged
    expect(await db.reviewLog.count({ where: { userId: 'ana' } })).toBe(0);
    expect(rows.newIntroducedToday).toBe(0);
  });

  it('the latest word asked for comes first; a studied or suspended card is left as it is', async () => {
    const later = new Date(NOW.getTime() + 60_000);
    expect(await studyWord('ana', { deckId: 'pub', noteId: 'w2' }, later)).toEqual({ ok: true, cards: 2 });
    expect((await getStudyStep('ana', 'pub', later))?.card?.cardId).toBe('w2-recognition');
    await store().reviews.submit({ id: randomUUID(), userId: 'ana', cardId: 'w2-recognition', rating: 3, reviewedAt: later, durationMs: 1000 }, later, good);
    await db.cardProgress.update({ where: { userId_cardId: { userId: 'ana', cardId: 'w3-production' } }, data: { suspended: true } });
    const before = await db.cardProgress.findMany({ where: { userId: 'ana', cardId: { in: ['w2-recognition', 'w3-production'] } }, orderBy: { cardId: 'asc' } });
    // w2-recognition is studied now and w3-production suspended: only w2-production is asked for again
    expect(await studyWord('ana', { deckId: 'pub', noteId: 'w2' }, later)).toEqual({ ok: true, cards: 1 });
    expect(await studyWord('ana', { deckId: 'pub', noteId: 'w3' }, later)).toEqual({ ok: true, cards: 1 });
    const after = await db.cardProgress.findMany({ where: { userId: 'ana', cardId: { in: ['w2-recognition', 'w3-production'] } }, orderBy: { cardId: 'asc' } });
    expect(after.map(({ updatedAt, ...r }) => (void updatedAt, r))).toEqual(before.map(({ updatedAt, ...r }) => (void updatedAt, r)));
  });

  it('refuses a deck the learner may not study, a note of another deck, and bad input', async () => {
    expect(await studyWord('ana', { deckId: 'priv', noteId: 'secret' }, NOW)).toEqual({ ok: false, error: 'not-found' });
    expect(await studyWord('tea', { deckId: 'pub', noteId: 'secret' }, NOW)).toEqual({ ok: false, error: 'not-found' });
    expect(await studyWord('ana', { deckId: 'pub', noteId: 'x'.repeat(301) }, NOW)).toEqual({ ok: false, error: 'invalid' });
    expect(await studyWord('ana', { deckId: 'pub' }, NOW)).toEqual({ ok: false, error: 'invalid' });
    expect(await db.cardProgress.count({ where: { cardId: 'secret-recognition' } })).toBe(0);
  });
});
