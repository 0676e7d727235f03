import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { submitReview } = await import('../reviews/submit-review');
const { getLearnerProgress } = await import('./get-learner-progress');
const { getClassProgress } = await import('./get-class-progress');
const { getStudentProgress } = await import('./get-student-progress');

const DAY = 86_400_000;
const NOW = new Date('2026-03-10T08:00:00Z'); // 13:00 in Almaty

async function user(id: string, name = id) {
  await db.user.create({ data: { id, name, email: `${id}@example.test`, timeZone: 'Asia/Almaty', dayStartHour: 4 } });
}

async function review(userId: string, cardId: string, rating: number, at: Date) {
  const out = await submitReview(userId, { id: randomUUID(), cardId, rating, reviewedAt: at.toISOString(), durationMs: 6000 }, { now: at, clockSkewMs: 60_000 });
  if (!out.ok) throw new Error(out.error);
  return out.result;
}

beforeAll(async () => {
  for (const id of ['ann', 'ben', 'cat', 'teacher', 'other-teacher']) await user(id, id.toUpperCase());
  await db.deck.create({ data: { id: 'pub', title: 'Public', visibility: 'public' } });
  await db.deck.create({ data: { id: 'cls', title: 'Class deck', visibility: 'private', ownerId: 'teacher' } });
  for (const [deckId, n] of [['pub', 3], ['cls', 2]] as const) {
    for (let i = 0; i < n; i++) {
      await db.note.create({ data: { id: `${deckId}-n${i}`, deckId, kind: 'word', kk: `сөз${i}`, ru: `слово${i}`, en: `word${i}` } });
      await db.card.create({ data: { id: `${deckId}-n${i}-r`, noteId: `${deckId}-n${i}`, deckId, type: 'recognition' } });
      await db.card.create({ data: { id: `${deckId}-n${i}-p`, noteId: `${deckId}-n${i}`, deckId, type: 'production' } });
    }
  }
  await db.class.create({ data: { id: 'c1', teacherId: 'teacher', name: '7A', joinCode: 'C1' } });
  await db.class.create({ data: { id: 'c2', teacherId: 'other-teacher', name: '8B', joinCode: 'C2' } });
  await db.classMember.create({ data: { classId: 'c1', userId: 'ann' } });
  await db.classMember.create({ data: { classId: 'c1', userId: 'ben' } });
  await db.classMember.create({ data: { classId: 'c2', userId: 'cat' } });
  await db.deckAssignment.create({ data: { classId: 'c1', deckId: 'cls' } });

  // ann: studied yesterday and today (local days), one card failed after graduating.
  await review('ann', 'pub-n0-r', 4, new Date(NOW.getTime() - DAY));
  await review('ann', 'cls-n0-r', 3, new Date(NOW.getTime() - DAY));
  const later = new Date(NOW.getTime() - 60_000);
  await review('ann', 'pub-n0-r', 1, later);
  await review('ann', 'cls-n0-r', 3, later);
  await review('ann', 'cls-n1-r', 1, later);
  // ben: once, a week ago.
  await review('ben', 'cls-n0-r', 3, new Date(NOW.getTime() - 8 * DAY));
  // A known word for ben, written directly (as an import of history would).
  await db.cardProgress.update({ where: { userId_cardId: { userId: 'ben', cardId: 'cls-n0-r' } }, data: { stability: 30, due: new Date(NOW.getTime() + 20 * DAY) } });
});

afterAll(async () => {
  await db.$disconnect();
  await testDb.cleanup();
});

describe('getLearnerProgress', () => {
  it("counts today's reviews, streak, states, forecast and decks from the learner's own data", async () => {
    const p = await getLearnerProgress('ann', NOW);
    expect(p).not.toBeNull();
    if (!p) return;
    expect(p.today).toBe('2026-03-10');
    expect(p.todayCounts.reviewed).toBe(3);
    expect(p.todayCounts.newCards).toBe(1);
    expect(p.timeToday).toBe(18_000);
    expect(p.streaks).toEqual({ current: 2, longest: 2 });
    expect(p.retention.today.all.total).toBe(1); // pub-n0-r was in review state and failed
    expect(p.retention.today.all.rate).toBe(0);
    expect(p.calendar.flat().find((c) => c.day === '2026-03-10')?.reviews).toBe(3);
    // 10 cards studyable, 3 seen (by state), 7 never seen → new
    const s = p.states;
    expect(s.new + s.learning + s.review + s.relearning + s.suspended).toBe(10);
    expect(s.new).toBe(7);
    expect(p.forecast).toHaveLength(30);
    expect(p.forecast.reduce((a, d) => a + d.due, 0)).toBe(3);
    expect(p.decks.map((d) => [d.id, d.words, d.seen])).toEqual([['pub', 3, 1], ['cls', 2, 2]]);
  });

  it("doesn't show a class deck to a learner outside the class", async () => {
    const p = await getLearnerProgress('cat', NOW);
    expect(p?.decks.map((d) => d.id)).toEqual(['pub']);
    expect(p?.todayCounts.reviewed).toBe(0);
  });

  it('counts a word as seen once any of its cards was reviewed, not only its recognition card', async () => {
    await user('dan', 'DAN');
    await review('dan', 'pub-n1-p', 3, NOW);
    await review('dan', 'pub-n2-p', 3, NOW);
    await review('dan', 'pub-n2-r', 3, NOW);
    expect((await getLearnerProgress('dan', NOW))?.decks.find((d) => d.id === 'pub')?.seen).toBe(2);
  });
});

describe('getClassProgress', () => {
  it("is the class's teacher's only", async () => {
    expect(await getClassProgress('other-teacher', 'c1', { now: NOW })).toBeNull();
    expect(await getClassProgress('ann', 'c1', { now: NOW })).toBeNull();
    expect(await getClassProgress('teacher', 'no-such-class', { now: NOW })).toBeNull();
  });

  it('lists the students with their figures, sorted as asked', async () => {
    const p = await getClassProgress('teacher', 'c1', { now: NOW, sort: 'reviews7d', direction: 'desc' });
    // Only the class's deck counts: ann's two reviews of the public deck are not the class's.
    expect(p?.students.map((s) => [s.name, s.lastStudied, s.reviews7d, s.wordsKnown])).toEqual([
      ['ANN', '2026-03-10', 3, 0],
      ['BEN', '2026-03-02', 0, 1],
    ]);
    // ann's one lapse of a review-state card was in the public deck.
    expect(p?.students[0]?.retention30d).toBeNull();
    expect(p?.students[1]?.retention30d).toBeNull();
  });

  it('reports per assigned deck who started, words known and the hardest words with glosses', async () => {
    const p = await getClassProgress('teacher', 'c1', { now: NOW });
    expect(p?.decks).toHaveLength(1);
    const d = p!.decks[0]!;
    expect(d).toMatchObject({ id: 'cls', words: 2, started: 2, averageKnown: 0.5 });
    // cls-n1 lapsed only in learning (no lapse counted); nothing reaches 3 reviews with a lapse.
    expect(d.hardest).toEqual([]);
  });

  it('ranks words by lapses per review over the class', async () => {
    await db.cardProgress.update({ where: { userId_cardId: { userId: 'ann', cardId: 'cls-n1-r' } }, data: { reps: 4, lapses: 2 } });
    await db.cardProgress.update({ where: { userId_cardId: { userId: 'ben', cardId: 'cls-n0-r' } }, data: { reps: 6, lapses: 1 } });
    const d = (await getClassProgress('teacher', 'c1', { now: NOW }))!.decks[0]!;
    expect(d.hardest.map((w) => [w.kk, w.ru, w.en, w.lapseRate])).toEqual([
      ['сөз1', 'слово1', 'word1', 0.5],
      ['сөз0', 'слово0', 'word0', 1 / 8],
    ]);
    expect(d.hardest[1]!.retention).toBeNull(); // no review of cls-n0 was in review state yet
  });

  it("dates a student's last study by the class's decks alone", async () => {
    // ben studies the public deck today: his teacher still sees his last class study a week ago.
    await review('ben', 'pub-n1-r', 3, new Date(NOW.getTime() - 30_000));
    const rows = (await getClassProgress('teacher', 'c1', { now: NOW }))!.students;
    expect(rows.find((r) => r.name === 'BEN')?.lastStudied).toBe('2026-03-02');
    expect(rows.find((r) => r.name === 'ANN')?.lastStudied).toBe('2026-03-10');
    // "Today" / a week ago, counted in the student's own days.
    expect(rows.find((r) => r.name === 'BEN')?.lastStudiedDaysAgo).toBe(8);
    expect(rows.find((r) => r.name === 'ANN')?.lastStudiedDaysAgo).toBe(0);
  });

  it("counts 'today' in the student's own days, not the teacher's", async () => {
    // 08:00 UTC is 01:00 in Los Angeles: before her 04:00 day start, her study day is still 9 March.
    await db.user.update({ where: { id: 'ann' }, data: { timeZone: 'America/Los_Angeles' } });
    try {
      const ann = (await getClassProgress('teacher', 'c1', { now: NOW }))!.students.find((r) => r.name === 'ANN');
      expect(ann?.lastStudied).toBe('2026-03-09');
      expect(ann?.lastStudiedDaysAgo).toBe(0);
    } finally {
      await db.user.update({ where: { id: 'ann' }, data: { timeZone: 'Asia/Almaty' } });
    }
  });
});

describe('getStudentProgress', () => {
  it('lets the teacher of a class the student is in see the student, nobody else', async () => {
    const ann = await getStudentProgress('teacher', 'c1', 'ann', NOW);
    expect(ann?.decks.map((d) => d.id)).toEqual(['cls']);
    expect((await getLearnerProgress('ann', NOW))?.decks.map((d) => d.id).sort()).toEqual(['cls', 'pub']);
    expect(await getStudentProgress('teacher', 'c1', 'cat', NOW)).toBeNull(); // not in this class
    expect(await getStudentProgress('teacher', 'c2', 'cat', NOW)).toBeNull(); // not this teacher's class
    expect(await getStudentProgress('ben', 'c1', 'ann', NOW)).toBeNull(); // a classmate
    expect(await getStudentProgress('other-teacher', 'c1', 'ann', NOW)).toBeNull();
  });
  it("counts the class's decks alone in every figure, never the student's work in other decks", async () => {
    // ann studies the public deck too: 2 of her 5 reviews (one of today's 3) and 6 of the 10 cards
    // she may study are outside the class. Her own page counts them; her teacher's does not.
    const own = (await getLearnerProgress('ann', NOW))!;
    const seen = (await getStudentProgress('teacher', 'c1', 'ann', NOW))!;
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    const stateTotal = (p: typeof own) => sum(Object.values(p.states));
    const calendarTotal = (p: typeof own) => sum(p.calendar.flat().map((d) => d.reviews));
    const dueTotal = (p: typeof own) => sum(p.forecast.map((d) => d.due));

    expect([own.todayCounts.reviewed, seen.todayCounts.reviewed]).toEqual([3, 2]);
    expect([own.totalsYear.reviews, seen.totalsYear.reviews]).toEqual([5, 3]);
    expect([own.timeYear, seen.timeYear]).toEqual([5 * 6000, 3 * 6000]);
    expect([own.timeToday, seen.timeToday]).toEqual([3 * 6000, 2 * 6000]);
    expect([calendarTotal(own), calendarTotal(seen)]).toEqual([5, 3]);
    expect([stateTotal(own), stateTotal(seen)]).toEqual([10, 4]);
    expect([own.states.new, seen.states.new]).toEqual([7, 2]);
    expect([dueTotal(own), dueTotal(seen)]).toEqual([3, 2]);
    // pub-n0-r's lapse today is a review-state review outside the class: not in the teacher's retention
    expect(own.retention.year.all.total).toBeGreaterThan(seen.retention.year.all.total);
    expect(seen.retention.year.all.total).toBe(0);
    expect(seen.streaks).toEqual(own.streaks); // she studied class cards on both days too
  });

  it('shows nothing but the deck list when the class has no decks', async () => {
    await db.class.create({ data: { id: 'c3', teacherId: 'teacher', name: '9C', joinCode: 'C3' } });
    await db.classMember.create({ data: { classId: 'c3', userId: 'ann' } });
    const seen = (await getStudentProgress('teacher', 'c3', 'ann', NOW))!;
    expect(seen.decks).toEqual([]);
    expect(seen.totalsYear).toEqual({ reviews: 0, newCards: 0, durationMs: 0 });
    expect(seen.todayCounts).toEqual({ reviewed: 0, newCards: 0, due: 0 });
    expect(Object.values(seen.states).every((n) => n === 0)).toBe(true);
    expect(seen.wordsKnown).toBe(0);
    expect(seen.streaks.current).toBe(0);
  });
});
