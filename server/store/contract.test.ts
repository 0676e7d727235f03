// The storage contract: what every store adapter must do, run against the store of this pass
// (SQLite by default, PostgreSQL with TEST_STORE=postgres). Two stores opened on one
// database stand for two app servers.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideReview } from '@/lib/reviews';
import { createScheduler, type Rating } from '@/lib/srs';
import { useTestDatabase } from '@/test/test-database';
import type { DecideReview, ReviewSubmission, Store } from './ports';
import { rollUpLogs } from './rebuild-study-days';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { store } = await import('./index');
const { createSqliteStore } = await import('./sqlite');
const { createPostgresStore } = await import('./postgres');
const { createPool } = await import('./postgres/pool');
const { parseDatabaseUrl } = await import('./database-url');

const NOW = new Date('2026-05-04T09:00:00Z');
const scheduler = createScheduler({ enableFuzz: false });
const decide: DecideReview = ({ card, progress }) => ({
  decision: decideReview({ before: progress, cardId: card.id, cardType: card.type, rating: 3, now: NOW, scheduler }),
  day: '2026-05-04',
  tzOffsetMin: 300,
});

function openSecondStore(): Store {
  const target = parseDatabaseUrl(testDb.url);
  return target.kind === 'sqlite' ? createSqliteStore(target.file) : createPostgresStore(createPool(target.url, { max: 4 }));
}

function review(userId: string, cardId: string, rating: Rating = 3, id = randomUUID()): ReviewSubmission {
  return { id, userId, cardId, rating, reviewedAt: NOW, durationMs: 1500 };
}

let other: Store;

beforeAll(async () => {
  for (const id of ['una', 'vic', 'teacher']) await db.user.create({ data: { id, name: id.toUpperCase(), email: `${id}@example.test` } });
  await db.deck.create({ data: { id: 'd', title: 'Deck', visibility: 'public' } });
  for (const i of [0, 1]) {
    await db.note.create({ data: { id: `n${i}`, deckId: 'd', kind: 'word', kk: `сөз${i}`, ru: `слово${i}`, en: `word${i}` } });
    await db.card.create({ data: { id: `c${i}`, noteId: `n${i}`, deckId: 'd', type: 'recognition' } });
  }
  await db.session.create({ data: { id: 's1', token: 'tok-live', userId: 'una', expiresAt: new Date(NOW.getTime() + 86_400_000) } });
  other = openSecondStore();
});

afterAll(async () => {
  await other.stop();
  await testDb.cleanup();
});

describe(`store contract (${testDb.store})`, () => {
  it('is the store the pass is for, and answers a ping', async () => {
    expect(store().kind).toBe(testDb.store);
    await expect(store().ping()).resolves.toBeUndefined();
  });

  it('reads a session with its user afresh: a role change shows at once, a deleted session is gone', async () => {
    expect(await store().sessions.byToken('tok-live')).toMatchObject({ id: 'una', name: 'UNA', role: 'learner' });
    expect((await store().sessions.byToken('tok-live'))!.expiresAt).toBeInstanceOf(Date);
    expect(await store().sessions.byToken('no-such-token')).toBeNull();
    await db.user.update({ where: { id: 'una' }, data: { role: 'teacher' } });
    expect((await other.sessions.byToken('tok-live'))!.role).toBe('teacher');
    await db.session.delete({ where: { id: 's1' } });
    expect(await other.sessions.byToken('tok-live')).toBeNull();
  });

  it('stores one review once when two servers get copies of it at the same moment', async () => {
    const r = review('vic', 'c0');
    const outs = await Promise.all([store().reviews.submit(r, NOW, decide), other.reviews.submit(r, NOW, decide), store().reviews.submit(r, NOW, decide), other.reviews.submit(r, NOW, decide)]);
    expect(outs.every((o) => o.ok)).toBe(true);
    expect(outs.filter((o) => o.ok && !o.duplicate)).toHaveLength(1);
    const results = outs.map((o) => (o.ok ? o.result : null));
    for (const res of results) expect(res).toEqual(results[0]);
    expect(await db.reviewLog.count({ where: { id: r.id } })).toBe(1);
    expect((await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'vic', cardId: 'c0' } } })).reps).toBe(1);
    expect((await db.studyDay.findUniqueOrThrow({ where: { userId_day: { userId: 'vic', day: '2026-05-04' } } })).reviews).toBe(1);
  });

  it('loses no rating when two servers rate one card at the same moment', async () => {
    const subs = Array.from({ length: 16 }, () => review('vic', 'c1'));
    const outs = await Promise.all(subs.map((s, i) => (i % 2 ? other : store()).reviews.submit(s, NOW, decide)));
    expect(outs.every((o) => o.ok && !o.duplicate)).toBe(true);
    const p = await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'vic', cardId: 'c1' } } });
    expect(p.reps).toBe(16);
    const reps = (await db.reviewLog.findMany({ where: { userId: 'vic', cardId: 'c1' }, select: { repsAfter: true } })).map((l) => l.repsAfter);
    expect(reps.sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect((await db.studyDay.findUniqueOrThrow({ where: { userId_day: { userId: 'vic', day: '2026-05-04' } } })).reviews).toBe(17);
  });

  it("refuses another learner's review id and cards nobody may study", async () => {
    const r = review('vic', 'c0');
    await store().reviews.submit(r, NOW, decide);
    expect(await other.reviews.submit({ ...r, userId: 'una' }, NOW, decide)).toEqual({ ok: false, error: 'id-conflict' });
    expect(await store().reviews.submit(review('vic', 'no-card'), NOW, decide)).toEqual({ ok: false, error: 'not-found' });
    expect(await store().reviews.submit(review('nobody', 'c0'), NOW, decide)).toEqual({ ok: false, error: 'not-found' });
  });

  it('writes nothing when the decision throws', async () => {
    const before = await db.reviewLog.count();
    await expect(store().reviews.submit(review('una', 'c0'), NOW, () => { throw new Error('no decision'); })).rejects.toThrow('no decision');
    expect(await db.reviewLog.count()).toBe(before);
    expect(await db.cardProgress.count({ where: { userId: 'una' } })).toBe(0);
  });

  it('reads progress the same way on every store', async () => {
    const reader = store().progress;
    expect(await reader.user('vic')).toMatchObject({ id: 'vic', timeZone: 'Asia/Almaty', dayStartHour: 4 });
    expect(await reader.user('nobody')).toBeNull();
    expect(await reader.studyDays('vic')).toEqual([
      // c1's third to sixteenth ratings find it in review state with a young interval.
      { day: '2026-05-04', reviews: 18, newCards: 2, durationMs: 18 * 1500, youngTotal: 14, youngPassed: 14, matureTotal: 0, maturePassed: 0, knownDelta: 0 },
    ]);
    const states = await reader.cardStates('vic');
    expect(states.every((s) => typeof s.suspended === 'boolean' && typeof s.n === 'number')).toBe(true);
    expect(states.reduce((n, s) => n + s.n, 0)).toBe(2);
    const due = await reader.dueTimes('vic', new Date(NOW.getTime() + 400 * 86_400_000));
    expect(due).toHaveLength(2);
    for (const t of due) expect(t).toBeGreaterThan(NOW.getTime());
    expect(await reader.studyableDecks('vic')).toEqual([{ id: 'd', title: 'Deck', words: 2, cards: 2 }]);
    expect(await reader.deckProgress('vic', NOW)).toEqual([{ deckId: 'd', cards: 2, seen: 2, known: 0, due: 0 }]);
    // The same reads narrowed to some decks (a teacher's view of a class's decks): all of vic's
    // work is in 'd', none in a deck she never studied.
    expect(await reader.cardStates('vic', ['d'])).toEqual(states);
    expect(await reader.dueTimes('vic', new Date(NOW.getTime() + 400 * 86_400_000), ['d'])).toEqual(due);
    expect(rollUpLogs(await reader.deckLogFacts('vic', ['d']), 'Asia/Almaty', 4)).toEqual(await reader.studyDays('vic'));
    expect(await reader.cardStates('vic', ['elsewhere'])).toEqual([]);
    expect(await reader.dueTimes('vic', new Date(NOW.getTime() + 400 * 86_400_000), [])).toEqual([]);
    expect(await reader.deckLogFacts('vic', ['elsewhere'])).toEqual([]);
  });

  it('reads a whole class in batches', async () => {
    await db.class.create({ data: { id: 'k', teacherId: 'teacher', name: '9A', joinCode: 'K-1' } });
    for (const userId of ['una', 'vic']) await db.classMember.create({ data: { classId: 'k', userId } });
    await db.deckAssignment.create({ data: { classId: 'k', deckId: 'd' } });
    const reader = store().progress;
    expect(await reader.classById('k')).toEqual({ id: 'k', name: '9A', teacherId: 'teacher' });
    expect(await reader.isMember('k', 'vic')).toBe(true);
    expect(await reader.isMember('k', 'teacher')).toBe(false);
    expect((await reader.classMembers('k')).map((m) => m.id)).toEqual(['una', 'vic']);
    const day = new Date(NOW.getTime() - 86_400_000);
    const windows = [{ userId: 'vic', since7: day, since30: day }, { userId: 'una', since7: day, since30: day }];
    const vicLast = (await db.reviewLog.aggregate({ where: { userId: 'vic', deckId: 'd', undone: false, rating: { gt: 0 } }, _max: { serverAt: true } }))._max.serverAt;
    expect(vicLast).not.toBeNull();
    expect(await reader.classDeckActivity(['d'], windows)).toEqual([
      { userId: 'vic', reviews7d: 18, reviewed30d: 14, passed30d: 14, lastAt: vicLast },
      { userId: 'una', reviews7d: 0, reviewed30d: 0, passed30d: 0, lastAt: null },
    ]);
    // the last review counts only in the decks asked about
    expect((await reader.classDeckActivity(['elsewhere'], windows)).map((a) => a.lastAt)).toEqual([null, null]);
    expect((await reader.classDeckActivity(['other'], windows)).map((a) => a.reviews7d)).toEqual([0, 0]);
    expect((await reader.classDeckActivity(['d'], [{ userId: 'vic', since7: new Date(NOW.getTime() + 1000), since30: day }]))[0]!.reviews7d).toBe(0);
    expect(await reader.classDeckProgress('k', NOW)).toEqual([{ userId: 'vic', deckId: 'd', cards: 2, seen: 2, known: 0, due: 0 }]);
    expect(await reader.assignedDecks('k')).toEqual([{ id: 'd', title: 'Deck', words: 2 }]);
    const lapses = await reader.classNoteLapses('k', ['d']);
    expect(lapses.map((l) => [l.noteId, l.reps]).sort()).toEqual([['n0', 2], ['n1', 16]]);
    expect(await reader.classNoteLapses('k', ['other'])).toEqual([]);
    expect(await reader.classNoteRetention('k', ['d'])).toEqual([{ deckId: 'd', noteId: 'n1', total: 14, passed: 14 }]);
    expect(await reader.classNoteRetention('k', ['other'])).toEqual([]);
    expect((await reader.notes(['n1', 'missing'])).map((n) => n.id)).toEqual(['n1']);
  });

  it('rebuilds the rollup from the log to what the review path wrote', async () => {
    const live = await store().progress.studyDays('vic');
    await db.studyDay.deleteMany({ where: { userId: 'vic' } });
    expect(await store().rollups.rebuildStudyDays(['vic'])).toEqual({ users: 1, days: 1 });
    expect(await store().progress.studyDays('vic')).toEqual(live);
  });
});
