// The card browser's part of the storage contract (see ./contract.test.ts), on the store of
// this pass: browsing with filters, search and sort, and the learner's actions on cards
// keeping the review history, the rollup and the study queue consistent.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DAY_DURATION_MS } from '@/lib/progress';
import { decideReview, decideUndo } from '@/lib/reviews';
import { createScheduler, type Rating } from '@/lib/srs';
import { useTestDatabase } from '@/test/test-database';
import type { CardBrowseQuery, CardSortKey, DecideReview } from './ports';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { store } = await import('./index');
const { browseCards, browseCardsInput } = await import('../cards/browse-cards');
const { actOnCards } = await import('../cards/act-on-cards');

const NOW = new Date('2026-05-04T09:00:00Z');
const LATER = new Date('2026-05-20T09:00:00Z');
const scheduler = createScheduler({ enableFuzz: false });
const rate = (rating: Rating, now = NOW): DecideReview => ({ card, progress }) => ({
  decision: decideReview({ before: progress, cardId: card.id, cardType: card.type, rating, now, scheduler }),
  day: now.toISOString().slice(0, 10),
  tzOffsetMin: 300,
});
const submit = (userId: string, cardId: string, rating: Rating, now = NOW) =>
  store().reviews.submit({ id: randomUUID(), userId, cardId, rating, reviewedAt: now, durationMs: 1000 }, now, rate(rating, now));
const browse = (userId: string, query: Record<string, string> = {}, now = NOW) => browseCards(userId, browseCardsInput.parse(query), now).then((p) => p!);

const WORDS = [
  { id: 'integ', kk: 'интеграция', ru: 'интеграция', en: 'integration' },
  { id: 'state', kk: 'мемлекет', ru: 'государство', en: 'state' },
  { id: 'region', kk: 'аймақ', ru: 'регион', en: 'region' },
];

beforeAll(async () => {
  for (const id of ['ana', 'ben', 'tea']) await db.user.create({ data: { id, name: id, email: `${id}@example.test`, timeZone: 'UTC' } });
  await db.deck.create({ data: { id: 'pub', title: 'Public', visibility: 'public' } });
  await db.deck.create({ data: { id: 'priv', title: 'Private', ownerId: 'tea' } });
  for (const [i, w] of WORDS.entries()) {
    await db.note.create({ data: { id: w.id, deckId: 'pub', kind: 'word', kk: w.kk, lemma: w.kk, headword: w.kk, ru: w.ru, en: w.en, sortOrder: i } });
    for (const [j, type] of ['recognition', 'production'].entries()) {
      await db.card.create({ data: { id: `${w.id}-${type}`, noteId: w.id, deckId: 'pub', type, sortOrder: i * 10 + j } });
    }
  }
  await db.note.create({ data: { id: 'secret', deckId: 'priv', kind: 'word', kk: 'құпия', ru: 'тайна', en: 'secret' } });
  await db.card.create({ data: { id: 'secret-recognition', noteId: 'secret', deckId: 'priv', type: 'recognition' } });
});

afterAll(async () => {
  await testDb.cleanup();
});

describe(`card store contract (${testDb.store})`, () => {
  it("lists the learner's cards in the decks they may study, never-met ones included, a page at a time", async () => {
    const all = await browse('ana');
    expect(all.total).toBe(6);
    expect(all.cards.map((c) => c.cardId)).toEqual(WORDS.flatMap((w) => [`${w.id}-recognition`, `${w.id}-production`]));
    expect(all.cards[0]).toMatchObject({ deckTitle: 'Public', state: 0, due: null, reps: 0, suspended: false, leech: false, kk: 'интеграция' });
    expect((await browse('tea')).total).toBe(7);
    expect((await browse('ana', { page: '9' })).page).toBe(1);
  });

  it('finds a card by an inflected form, by Latin, and by a Russian or English meaning', async () => {
    const ids = async (q: string) => (await browse('ana', { q, type: 'recognition' })).cards.map((c) => c.cardId);
    expect(await ids('интеграциясына')).toEqual(['integ-recognition']);
    expect(await ids('мемлекеттердің')).toEqual(['state-recognition']);
    expect(await ids('aimaq')).toEqual(['region-recognition']);
    expect(await ids('Государство')).toEqual(['state-recognition']);
    expect(await ids('REGION')).toEqual(['region-recognition']);
    expect(await ids('50%_')).toEqual([]);
    expect(await ids('құпия')).toEqual([]);
  });

  it('suspends a card never met (it leaves the study queue) and unsuspends it', async () => {
    expect(await actOnCards('ana', { action: 'suspend', cardIds: ['region-recognition', 'secret-recognition', 'nope'] }, NOW)).toEqual({ ok: true, found: 1, changed: 1 });
    expect(await db.cardProgress.count({ where: { cardId: 'secret-recognition' } })).toBe(0);
    expect((await browse('ana', { suspended: 'yes' })).cards.map((c) => c.cardId)).toEqual(['region-recognition']);
    expect((await browse('ana', { suspended: 'no' })).total).toBe(5);
    const window = { dayStart: new Date('2026-05-04T00:00:00Z'), dayEnd: new Date('2026-05-05T00:00:00Z'), dueRows: 10, newRows: 10 };
    expect((await store().study.queue('ana', 'pub', window)).cards.map((c) => c.cardId)).not.toContain('region-recognition');
    expect(await actOnCards('ana', { action: 'suspend', cardIds: ['region-recognition'] }, NOW)).toEqual({ ok: true, found: 1, changed: 0 });
    expect(await actOnCards('ana', { action: 'unsuspend', cardIds: ['region-recognition'] }, NOW)).toEqual({ ok: true, found: 1, changed: 1 });
    expect((await store().study.queue('ana', 'pub', window)).cards.map((c) => c.cardId)).toContain('region-recognition');
    expect(await db.reviewLog.count({ where: { userId: 'ana' } })).toBe(0);
  });

  it('refuses bad input and acts on nothing of another learner', async () => {
    expect(await actOnCards('ana', { action: 'explode', cardIds: ['integ-recognition'] }, NOW)).toEqual({ ok: false, error: 'invalid' });
    expect(await actOnCards('ana', { action: 'reset', cardIds: [] }, NOW)).toEqual({ ok: false, error: 'invalid' });
    await submit('ben', 'state-recognition', 3);
    expect(await actOnCards('ana', { action: 'reset', cardIds: ['state-recognition'] }, NOW)).toEqual({ ok: true, found: 1, changed: 0 });
    expect((await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'ben', cardId: 'state-recognition' } } })).reps).toBe(1);
  });

  it('"I know this" sends every card of the note to review for a long interval and counts the word known, as a rebuild does', async () => {
    // distinct times: the log is ordered by time (a rebuild breaks ties by id, which is random)
    await submit('ana', 'integ-recognition', 1, new Date(NOW.getTime() - 120_000));
    await submit('ana', 'integ-recognition', 1, new Date(NOW.getTime() - 60_000));
    const reviewsBefore = await db.reviewLog.count({ where: { userId: 'ana' } });
    expect(await actOnCards('ana', { action: 'known', cardIds: ['integ-recognition'] }, NOW)).toEqual({ ok: true, found: 2, changed: 2 });
    const rows = await db.cardProgress.findMany({ where: { userId: 'ana', noteId: 'integ' }, orderBy: { cardId: 'asc' } });
    expect(rows.map((r) => [r.cardId, r.state, r.scheduledDays >= 60, r.stability >= 21])).toEqual([
      ['integ-production', 2, true, true], ['integ-recognition', 2, true, true],
    ]);
    expect(await db.reviewLog.count({ where: { userId: 'ana' } })).toBe(reviewsBefore + 2);
    expect(await db.reviewLog.count({ where: { userId: 'ana', rating: 0 } })).toBe(2);
    const day = await db.studyDay.findUniqueOrThrow({ where: { userId_day: { userId: 'ana', day: '2026-05-04' } } });
    expect(day).toMatchObject({ reviews: 2, knownDelta: 1 });
    expect((await store().progress.deckProgress('ana', NOW))[0]).toMatchObject({ known: 1 });
    // manual rows are no reviews: today's study counts and the sibling rule ignore them
    const window = { dayStart: new Date('2026-05-04T00:00:00Z'), dayEnd: new Date('2026-05-05T00:00:00Z'), dueRows: 10, newRows: 10 };
    const q = await store().study.queue('ana', 'pub', window);
    expect(q.reviewsDoneToday).toBe(0);
    expect(q.newIntroducedToday).toBe(1);
    // knowing never shortens: a second press changes nothing
    expect(await actOnCards('ana', { action: 'known', cardIds: ['integ-production'] }, NOW)).toEqual({ ok: true, found: 2, changed: 0 });
  });

  it('takes back neither a manual row nor a rating made before it', async () => {
    const logs = await db.reviewLog.findMany({ where: { userId: 'ana', cardId: 'integ-recognition' }, orderBy: { serverAt: 'asc' } });
    const manual = logs.find((l) => l.rating === 0)!;
    const lastRating = logs.filter((l) => l.rating > 0).at(-1)!;
    expect(await store().reviews.undo('ana', manual.id, decideUndo)).toEqual({ ok: false, error: 'not-undoable' });
    expect(await store().reviews.undo('ana', lastRating.id, decideUndo)).toEqual({ ok: false, error: 'not-last' });
  });

  it('takes back a rating only while it is the card\'s last change: not after a reset and a new rating, nor across a suspension', async () => {
    await db.user.create({ data: { id: 'cyd', name: 'cyd', email: 'cyd@example.test', timeZone: 'UTC' } });
    const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
    const progress = (cardId: string) => db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'cyd', cardId } } });
    // rate, reset, rate again: the second rating brings the review count back to the first one's
    const first = await submit('cyd', 'region-production', 3, at(0));
    expect(await actOnCards('cyd', { action: 'reset', cardIds: ['region-production'] }, at(1))).toMatchObject({ changed: 1 });
    const second = await submit('cyd', 'region-production', 3, at(2));
    if (!first.ok || !second.ok) throw new Error('not stored');
    expect(await store().reviews.undo('cyd', first.result.id, decideUndo)).toEqual({ ok: false, error: 'not-last' });
    expect(await progress('region-production')).toMatchObject({ reps: 1, state: second.result.state });
    expect(await store().reviews.undo('cyd', second.result.id, decideUndo)).toMatchObject({ ok: true, alreadyUndone: false });
    expect(await progress('region-production')).toMatchObject({ reps: 0, state: 0 });

    // rate twice, suspend: the last rating is no longer the last change, until the card is unsuspended
    await submit('cyd', 'state-production', 3, at(0));
    const last = await submit('cyd', 'state-production', 3, at(30));
    if (!last.ok) throw new Error('not stored');
    expect(await actOnCards('cyd', { action: 'suspend', cardIds: ['state-production'] }, at(31))).toMatchObject({ changed: 1 });
    expect(await store().reviews.undo('cyd', last.result.id, decideUndo)).toEqual({ ok: false, error: 'not-last' });
    expect(await progress('state-production')).toMatchObject({ suspended: true, reps: 2 });
    expect(await actOnCards('cyd', { action: 'unsuspend', cardIds: ['state-production'] }, at(32))).toMatchObject({ changed: 1 });
    expect(await store().reviews.undo('cyd', last.result.id, decideUndo)).toMatchObject({ ok: true, alreadyUndone: false });
    expect(await progress('state-production')).toMatchObject({ suspended: false, reps: 1 });
  });

  it('stops a day\'s study time at what its column holds, and keeps storing reviews past it', async () => {
    await db.user.create({ data: { id: 'dur', name: 'dur', email: 'dur@example.test', timeZone: 'UTC' } });
    const day = 24 * 3600_000;
    // 26 reviews that each claim a whole day: more than 2^31 - 1 ms together
    for (let i = 0; i < 26; i++) {
      const at = new Date(NOW.getTime() + i * 60_000);
      const stored = await store().reviews.submit({ id: randomUUID(), userId: 'dur', cardId: 'integ-production', rating: 3, reviewedAt: at, durationMs: day }, at, rate(3, at));
      expect(stored.ok, `review ${i + 1}`).toBe(true);
    }
    const studyDay = await db.studyDay.findUniqueOrThrow({ where: { userId_day: { userId: 'dur', day: '2026-05-04' } } });
    expect(studyDay).toMatchObject({ reviews: 26, durationMs: MAX_DAY_DURATION_MS });
    expect(await db.reviewLog.count({ where: { userId: 'dur' } })).toBe(26);
  });

  it('resets a card to new, keeps its history, clears the leech flag and corrects the known count', async () => {
    await db.cardProgress.update({ where: { userId_cardId: { userId: 'ana', cardId: 'integ-recognition' } }, data: { lapses: 8, leech: true } });
    expect((await browse('ana', { leech: 'yes' })).cards.map((c) => c.cardId)).toEqual(['integ-recognition']);
    expect((await browseCards('ana', browseCardsInput.parse({}), NOW))!.leeches).toBe(1);
    const logsBefore = await db.reviewLog.count({ where: { userId: 'ana' } });
    expect(await actOnCards('ana', { action: 'reset', cardIds: ['integ-recognition'] }, LATER)).toEqual({ ok: true, found: 1, changed: 1 });
    const p = await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'ana', cardId: 'integ-recognition' } } });
    expect(p).toMatchObject({ state: 0, reps: 0, lapses: 0, leech: false, stability: 0 });
    expect(await db.reviewLog.count({ where: { userId: 'ana' } })).toBe(logsBefore + 1);
    expect((await browse('ana', { leech: 'yes' })).total).toBe(0);
    expect((await browse('ana', { state: 'new', type: 'recognition' })).cards.map((c) => c.cardId)).toContain('integ-recognition');
    const live = await store().progress.studyDays('ana');
    expect(live.find((d) => d.day === '2026-05-20')).toMatchObject({ reviews: 0, knownDelta: -1 });
    expect((await store().progress.deckProgress('ana', LATER))[0]).toMatchObject({ known: 0 });
    // reviewing the reset card counts it as new again, the same on the review path and in a rebuild
    await submit('ana', 'integ-recognition', 4, LATER);
    const after = await store().progress.studyDays('ana');
    expect(after.find((d) => d.day === '2026-05-20')).toMatchObject({ reviews: 1, newCards: 1 });
    await db.studyDay.deleteMany({ where: { userId: 'ana' } });
    await store().rollups.rebuildStudyDays(['ana']);
    expect(await store().progress.studyDays('ana')).toEqual(after);
  });

  it('pages through every sort without losing or repeating a card, the cards a field means nothing for in deck order', async () => {
    // 'cal' has two decks of 14 cards: a mix of cards never met, met and reset (state 0 with a
    // row), suspended, with lapses, and one deleted card with a row; the public deck adds 6 more.
    await db.user.create({ data: { id: 'cal', name: 'cal', email: 'cal@example.test', timeZone: 'UTC' } });
    const cards: { id: string; deckId: string; sortOrder: number }[] = [];
    for (const deckId of ['cal-b', 'cal-a']) {
      await db.deck.create({ data: { id: deckId, title: deckId, ownerId: 'cal' } });
      for (let i = 0; i < 14; i++) {
        const id = `${deckId}-${i}`;
        // every third note a sentence (no headword); the words' headwords out of deck order
        const headword = i % 3 === 2 ? null : `сөз${(i * 5) % 14}`;
        await db.note.create({ data: { id, deckId, kind: headword ? 'word' : 'sentence', kk: `сөз${i}`, headword, ru: 'слово', en: 'word', sortOrder: i } });
        await db.card.create({ data: { id, noteId: id, deckId, type: i % 2 ? 'production' : 'recognition', sortOrder: 13 - i } });
        cards.push({ id, deckId, sortOrder: 13 - i });
        if (i % 3 === 0) continue; // never met
        const state = i % 5 === 0 ? 0 : (i % 3) + 1;
        await db.cardProgress.create({ data: {
          userId: 'cal', cardId: id, deckId, noteId: id, state, due: new Date(NOW.getTime() + ((i * 7) % 11) * 86_400_000),
          scheduledDays: state ? i % 4 : 0, reps: state ? i % 6 : 0, lapses: state ? i % 3 : 0, suspended: i % 4 === 0,
        } });
      }
    }
    await db.card.update({ where: { id: 'cal-a-13' }, data: { deletedAt: NOW } });
    const all = (await browse('cal', { sort: 'deck' })).total;
    expect(all).toBe(6 + 27);
    const query = (sort: CardSortKey, desc: boolean, more: Partial<CardBrowseQuery> = {}): CardBrowseQuery => ({
      deckId: null, noteId: null, type: null, state: null, due: null, minLapses: null, leech: null, suspended: null, search: null,
      sort, desc, offset: 0, limit: 4, dayStart: NOW, dayEnd: LATER, weekEnd: LATER, ...more,
    });
    const field: Record<string, (c: { state: number; due: Date | null; lapses: number; reps: number; scheduledDays: number }) => number | null> = {
      due: (c) => (c.state === 0 ? null : c.due!.getTime()), lapses: (c) => c.lapses || null, reps: (c) => c.reps || null, interval: (c) => c.scheduledDays || null,
    };
    const filtersToTry: Partial<CardBrowseQuery>[] = [
      {}, { suspended: false }, { suspended: true }, { state: 'review' }, { type: 'production' }, { deckId: 'cal-a' },
      { search: { patterns: ['%сөз1%'], lemmas: [] } }, { minLapses: 1 }, { state: 'new' },
    ];
    for (const more of filtersToTry) {
      // the browser's rows for this filter in deck order: the reference every sort is checked against
      const inDeckOrder = [];
      for (let offset = 0; ; offset += 50) {
        const { rows } = await store().cards.browse('cal', { ...query('deck', false, more), offset, limit: 50 });
        inDeckOrder.push(...rows);
        if (rows.length < 50) break;
      }
      expect(inDeckOrder.length).toBeGreaterThan(0);
      for (const sort of ['due', 'lapses', 'reps', 'interval'] as const) {
        for (const desc of [false, true]) {
          const seen: string[] = [];
          let total = -1;
          for (let offset = 0; offset < 60; offset += 4) {
            const got = await store().cards.browse('cal', { ...query(sort, desc, more), offset });
            total = got.total;
            seen.push(...got.rows.map((r) => r.cardId));
          }
          const key = field[sort]!;
          const meaningful = inDeckOrder.filter((c) => key(c) !== null).sort((a, b) => (desc ? key(b)! - key(a)! : key(a)! - key(b)!));
          const rest = inDeckOrder.filter((c) => key(c) === null);
          const expected = (sort !== 'due' && !desc ? [...rest, ...meaningful] : [...meaningful, ...rest]).map((c) => c.cardId);
          expect({ more, sort, desc, total, seen }).toEqual({ more, sort, desc, total: inDeckOrder.length, seen: expected });
        }
      }
      // by word: words by headword, then sentences by their text, each note's cards in deck order
      for (const desc of [false, true]) {
        const seen: string[] = [];
        for (let offset = 0; offset < 60; offset += 4) seen.push(...(await store().cards.browse('cal', { ...query('word', desc, more), offset })).rows.map((r) => r.cardId));
        const text = (c: { headword: string | null; kk: string }) => c.headword ?? c.kk;
        const byText = (a: { headword: string | null; kk: string }, b: { headword: string | null; kk: string }) => (desc ? -1 : 1) * (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0);
        const stable = <T>(xs: T[], cmp: (a: T, b: T) => number) => xs.map((x, i) => [x, i] as const).sort((a, b) => cmp(a[0], b[0]) || a[1] - b[1]).map(([x]) => x);
        const sortOrder = new Map(cards.map((c) => [c.id, c.sortOrder]));
        const inNoteOrder = [...inDeckOrder].filter((c) => sortOrder.has(c.cardId))
          .sort((a, b) => sortOrder.get(a.cardId)! - sortOrder.get(b.cardId)! || (a.cardId < b.cardId ? -1 : 1));
        const words = stable(inNoteOrder.filter((c) => c.headword !== null), byText);
        const sentences = stable(inNoteOrder.filter((c) => c.headword === null), byText);
        expect({ more, desc, seen: seen.filter((id) => id.startsWith('cal-')) }).toEqual({ more, desc, seen: [...words, ...sentences].map((c) => c.cardId) });
        expect(seen.length).toBe(inDeckOrder.length);
      }
    }
    expect((await browse('cal', { sort: 'due' })).cards.map((c) => c.cardId)).not.toContain('cal-a-13');
  });

  it('filters by state, due, lapses and deck, and sorts', async () => {
    expect((await browse('ana', { state: 'review' })).cards.map((c) => c.cardId)).toEqual(['integ-recognition', 'integ-production']);
    expect((await browse('ana', { state: 'new' })).total).toBe(4);
    const recognitionDue = (await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'ana', cardId: 'integ-recognition' } } })).due;
    const dayAfter = new Date(recognitionDue.getTime() + 86_400_000);
    expect((await browse('ana', { due: 'overdue' }, dayAfter)).cards.map((c) => c.cardId)).toEqual(['integ-recognition']);
    expect((await browse('ana', { due: 'today' }, LATER)).total).toBe(0);
    expect((await browse('ana', { due: 'week' }, new Date(recognitionDue.getTime() - 3 * 86_400_000))).cards.map((c) => c.cardId)).toEqual(['integ-recognition']);
    expect((await browse('ana', { lapses: '1' })).total).toBe(0);
    expect((await browse('ben', { lapses: '1', deck: 'pub' })).total).toBe(0);
    expect((await browse('ana', { deck: 'priv' })).total).toBe(0);
    const byInterval = await browse('ana', { sort: 'interval', dir: 'desc' });
    expect(byInterval.cards.slice(0, 2).map((c) => c.cardId)).toEqual(['integ-production', 'integ-recognition']);
    const byWord = (await browse('ana', { sort: 'word', type: 'recognition' })).cards.map((c) => c.kk);
    expect(byWord).toEqual(['аймақ', 'интеграция', 'мемлекет']);
    const byDue = (await browse('ana', { sort: 'due' })).cards.map((c) => c.cardId);
    expect(byDue.slice(0, 2)).toEqual(['integ-recognition', 'integ-production']);
    expect((await browse('ana', { sort: 'due', dir: 'desc' })).cards.slice(0, 2).map((c) => c.cardId)).toEqual(['integ-production', 'integ-recognition']);
  });
});
