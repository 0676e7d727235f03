import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failingLogTriggerSql, useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { submitReview } = await import('./submit-review');
const { store } = await import('../store');

const NOW = new Date('2026-03-10T08:00:00Z');
const opts = { now: NOW, clockSkewMs: 60_000 };

async function user(id: string) {
  await db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
}

async function deck(id: string, visibility: 'public' | 'private', ownerId: string | null = null) {
  await db.deck.create({ data: { id, title: id, visibility, ownerId } });
  await db.note.create({ data: { id: `${id}-n`, deckId: id, kind: 'word', kk: 'мемлекет', ru: 'государство', en: 'state' } });
  await db.card.create({ data: { id: `${id}-c`, noteId: `${id}-n`, deckId: id, type: 'recognition' } });
}

function input(cardId: string, rating = 3, id = randomUUID()) {
  return { id, cardId, rating, reviewedAt: NOW.toISOString(), durationMs: 3000 };
}

beforeAll(async () => {
  await user('alice');
  await user('bob');
  await user('teacher');
  await deck('public', 'public');
  await deck('private', 'private', 'teacher');
  await deck('assigned', 'private', 'teacher');
  await db.class.create({ data: { id: 'class1', teacherId: 'teacher', name: '7A', joinCode: 'CODE-1' } });
  await db.classMember.create({ data: { classId: 'class1', userId: 'bob' } });
  await db.deckAssignment.create({ data: { classId: 'class1', deckId: 'assigned' } });
});

afterAll(async () => {
  await db.$disconnect();
  await testDb.cleanup();
});

describe('submitReview', () => {
  it('schedules a new card, creates its progress and one log row', async () => {
    const out = await submitReview('alice', input('public-c'), opts);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.duplicate).toBe(false);
    expect(out.result.state).toBe(1);
    expect(new Date(out.result.due).getTime()).toBeGreaterThan(NOW.getTime());
    const progress = await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'alice', cardId: 'public-c' } } });
    expect(progress.reps).toBe(1);
    expect(progress.lastReview?.toISOString()).toBe(NOW.toISOString());
    expect(await db.reviewLog.count({ where: { userId: 'alice' } })).toBe(1);
  });

  it('answers a retried id with the stored result and counts it once', async () => {
    const body = input('public-c', 4);
    const first = await submitReview('bob', body, opts);
    const again = await submitReview('bob', body, { ...opts, now: new Date(NOW.getTime() + 60_000) });
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.duplicate).toBe(true);
    expect(again.result).toEqual(first.result);
    expect(await db.reviewLog.count({ where: { id: body.id } })).toBe(1);
    const progress = await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'bob', cardId: 'public-c' } } });
    expect(progress.reps).toBe(1);
  });

  it('answers a retry with the result of that review, not with the card as it is now', async () => {
    await user('ned');
    const first = input('public-c', 3);
    const one = await submitReview('ned', first, opts);
    const later = new Date(NOW.getTime() + 3_600_000);
    await submitReview('ned', { ...input('public-c', 1), reviewedAt: later.toISOString() }, { ...opts, now: later });
    const retry = await submitReview('ned', first, { ...opts, now: later });
    expect(one.ok && retry.ok).toBe(true);
    if (!one.ok || !retry.ok) return;
    expect(retry.duplicate).toBe(true);
    expect(retry.result).toEqual(one.result);
    expect(retry.result.reps).toBe(1);
  });

  it('loses no rating when different ratings of one card arrive at once', async () => {
    await user('oli');
    const outs = await Promise.all(Array.from({ length: 12 }, (_, i) => submitReview('oli', input('public-c', (i % 4) + 1), opts)));
    expect(outs.every((o) => o.ok && !o.duplicate)).toBe(true);
    const p = await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'oli', cardId: 'public-c' } } });
    expect(p.reps).toBe(12);
    expect(await db.reviewLog.count({ where: { userId: 'oli' } })).toBe(12);
    expect((await db.studyDay.findMany({ where: { userId: 'oli' } })).reduce((n, d) => n + d.reviews, 0)).toBe(12);
    // Each review saw the one before it: the reps after them are 1..12, once each.
    const logs = await db.reviewLog.findMany({ where: { userId: 'oli' }, select: { repsAfter: true } });
    expect(logs.map((l) => l.repsAfter).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('stores concurrent copies of one submit once', async () => {
    await user('carol');
    const body = input('public-c');
    const results = await Promise.all(Array.from({ length: 6 }, () => submitReview('carol', body, opts)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    expect(await db.reviewLog.count({ where: { userId: 'carol' } })).toBe(1);
  });

  it("refuses another learner's id", async () => {
    const body = input('public-c');
    await submitReview('alice', body, opts);
    expect(await submitReview('bob', body, opts)).toEqual({ ok: false, error: 'id-conflict' });
  });

  it('refuses cards of decks the learner may not study, allows assigned ones', async () => {
    expect(await submitReview('alice', input('private-c'), opts)).toEqual({ ok: false, error: 'not-found' });
    expect(await submitReview('alice', input('assigned-c'), opts)).toEqual({ ok: false, error: 'not-found' });
    expect(await submitReview('alice', input('no-such-card'), opts)).toEqual({ ok: false, error: 'not-found' });
    expect((await submitReview('bob', input('assigned-c'), opts)).ok).toBe(true);
    expect((await submitReview('teacher', input('private-c'), opts)).ok).toBe(true);
    expect(await db.reviewLog.count({ where: { userId: 'alice', cardId: { in: ['private-c', 'assigned-c'] } } })).toBe(0);
  });

  it('refuses a review from the future beyond the allowed skew', async () => {
    const body = { ...input('public-c'), reviewedAt: new Date(NOW.getTime() + 120_000).toISOString() };
    expect(await submitReview('alice', body, opts)).toEqual({ ok: false, error: 'future-review' });
    const withinSkew = { ...input('public-c'), reviewedAt: new Date(NOW.getTime() + 30_000).toISOString() };
    expect((await submitReview('alice', withinSkew, opts)).ok).toBe(true);
  });

  it('writes progress and log in one transaction: a failed log write leaves progress untouched', async () => {
    await user('dave');
    await testDb.exec(failingLogTriggerSql(testDb.store));
    await expect(submitReview('dave', { ...input('public-c'), durationMs: 4242 }, opts)).rejects.toThrow();
    expect(await db.cardProgress.count({ where: { userId: 'dave' } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: 'dave' } })).toBe(0);
  });

  it('suspends a card as a leech at 8 lapses', async () => {
    await user('erin');
    let now = NOW;
    // Graduate to review, then fail it repeatedly.
    await submitReview('erin', input('public-c', 4), { ...opts, now });
    for (let i = 0; i < 8; i++) {
      const p = await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'erin', cardId: 'public-c' } } });
      now = new Date(Math.max(p.due.getTime(), now.getTime()) + 60_000);
      await submitReview('erin', { ...input('public-c', 1), reviewedAt: now.toISOString() }, { ...opts, now });
      const after = await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'erin', cardId: 'public-c' } } });
      if (after.state === 3) {
        now = new Date(after.due.getTime() + 60_000);
        await submitReview('erin', { ...input('public-c', 4), reviewedAt: now.toISOString() }, { ...opts, now });
      }
    }
    const p = await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'erin', cardId: 'public-c' } } });
    expect(p.lapses).toBeGreaterThanOrEqual(8);
    expect(p.leech).toBe(true);
    expect(p.suspended).toBe(true);
  });

  it('counts each review in its study day of the learner, in the same transaction', async () => {
    await db.user.create({ data: { id: 'fay', name: 'fay', email: 'fay@example.test', timeZone: 'Asia/Almaty', dayStartHour: 4 } });
    // 22:30 UTC is 03:30 the next morning in Almaty (UTC+5): still the study day before.
    const late = new Date('2026-03-10T22:30:00Z');
    const next = new Date('2026-03-10T23:30:00Z'); // 04:30: a new study day
    await submitReview('fay', { ...input('public-c', 3), reviewedAt: late.toISOString(), durationMs: 2000 }, { ...opts, now: late });
    await submitReview('fay', { ...input('public-c', 3), reviewedAt: next.toISOString(), durationMs: 5000 }, { ...opts, now: next });
    const days = await db.studyDay.findMany({ where: { userId: 'fay' }, orderBy: { day: 'asc' } });
    expect(days.map((d) => [d.day, d.reviews, d.newCards, d.durationMs])).toEqual([['2026-03-10', 1, 1, 2000], ['2026-03-11', 1, 0, 5000]]);
    // A retried id is not counted again.
    const body = { ...input('public-c', 3), reviewedAt: next.toISOString() };
    await submitReview('fay', body, { ...opts, now: next });
    await submitReview('fay', body, { ...opts, now: next });
    expect((await db.studyDay.findUniqueOrThrow({ where: { userId_day: { userId: 'fay', day: '2026-03-11' } } })).reviews).toBe(2);
  });

  it('logs the offset and study day in force at the review, across a DST change', async () => {
    await db.user.create({ data: { id: 'ivy', name: 'ivy', email: 'ivy@example.test', timeZone: 'America/New_York', dayStartHour: 3 } });
    const before = new Date('2026-03-08T06:59:00Z'); // 01:59 EST
    const after = new Date('2026-03-08T07:00:00Z'); // 03:00 EDT: clocks jumped, a new study day starts
    for (const now of [before, after]) await submitReview('ivy', { ...input('public-c'), reviewedAt: now.toISOString() }, { ...opts, now });
    const logs = await db.reviewLog.findMany({ where: { userId: 'ivy' }, orderBy: { serverAt: 'asc' } });
    expect(logs.map((l) => l.tzOffsetMin)).toEqual([-300, -240]);
    const days = await db.studyDay.findMany({ where: { userId: 'ivy' }, orderBy: { day: 'asc' } });
    expect(days.map((d) => [d.day, d.reviews])).toEqual([['2026-03-07', 1], ['2026-03-08', 1]]);
  });

  it('rolls back the study day with a failed log write', async () => {
    await user('gus');
    await expect(submitReview('gus', { ...input('public-c'), durationMs: 4242 }, opts)).rejects.toThrow();
    expect(await db.studyDay.count({ where: { userId: 'gus' } })).toBe(0);
  });

  it('keeps a rollup equal to what the raw log gives', async () => {
    await db.user.create({ data: { id: 'hal', name: 'hal', email: 'hal@example.test', timeZone: 'America/New_York', dayStartHour: 2 } });
    await deck('hal-deck', 'private', 'hal');
    await db.card.create({ data: { id: 'hal-deck-p', noteId: 'hal-deck-n', deckId: 'hal-deck', type: 'production' } });
    // Months of reviews at varied hours (some early, some late), passing and failing, so
    // cards reach review state, grow mature intervals, lapse, and cross 21 days of stability both ways.
    let t = new Date('2026-01-01T12:00:00Z').getTime();
    let k = 0;
    for (let step = 0; step < 90; step++) {
      for (const cardId of ['hal-deck-c', 'hal-deck-p', 'public-c']) {
        k += 1;
        const at = new Date(t + ((k * 7919) % 1440) * 60_000 / 3);
        const rating = k % 11 === 0 ? 1 : k % 5 === 0 ? 2 : k % 7 === 0 ? 4 : 3;
        const out = await submitReview('hal', { ...input(cardId, rating), reviewedAt: at.toISOString(), durationMs: 1000 + k }, { ...opts, now: at });
        expect(out.ok).toBe(true);
        t = at.getTime() + 60_000;
      }
      t += 86_400_000 * (step % 9 === 0 ? 30 : step % 4);
    }
    const cols = { day: true, reviews: true, newCards: true, durationMs: true, youngTotal: true, youngPassed: true, matureTotal: true, maturePassed: true, knownDelta: true };
    const live = await db.studyDay.findMany({ where: { userId: 'hal' }, orderBy: { day: 'asc' }, select: cols });
    expect(live.some((d) => d.matureTotal > 0)).toBe(true);
    expect(live.some((d) => d.youngTotal > 0)).toBe(true);
    expect(live.some((d) => d.knownDelta > 0)).toBe(true);
    expect(live.reduce((s, d) => s + d.reviews, 0)).toBe(await db.reviewLog.count({ where: { userId: 'hal' } }));
    // Words known by the rollup = recognition cards at stability ≥ 21 now.
    const known = await db.cardProgress.count({ where: { userId: 'hal', stability: { gte: 21 }, card: { type: 'recognition' } } });
    expect(live.reduce((s, d) => s + d.knownDelta, 0)).toBe(known);
    await store().rollups.rebuildStudyDays(['hal']);
    const rebuilt = await db.studyDay.findMany({ where: { userId: 'hal' }, orderBy: { day: 'asc' }, select: cols });
    expect(rebuilt).toEqual(live);
  });
});
