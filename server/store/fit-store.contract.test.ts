// Scheduler fits through the store of this pass (SQLite, or PostgreSQL with TEST_STORE=postgres):
// a job is claimed by exactly one server, a killed server's lease runs out and the job is
// claimed again, a fit on a simulated learner's log is recorded and adopted, a log too short
// to judge is recorded and changes nothing, and manual log rows never count as reviews.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_FIT_REVIEWS } from '@/lib/srs';
import { useTestDatabase } from '@/test/test-database';
import { writeSimulatedLog } from '@/test/simulated-log';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { store } = await import('./index');
const { runFitJob } = await import('../scheduler-fit/run-fit');
const { checkFitDue } = await import('../scheduler-fit/notice-review');

const NOW = new Date('2026-06-01T09:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

beforeAll(async () => {
  for (const id of ['ana', 'ben', 'cem']) await db.user.create({ data: { id, name: id, email: `${id}@example.test`, timeZone: 'UTC', dayStartHour: 0 } });
  await writeSimulatedLog(db, testDb.store, 'ana', { reviews: 3000, seed: 28, start: new Date('2026-02-01T00:00:00Z') });
  await writeSimulatedLog(db, testDb.store, 'ben', { reviews: 60, seed: 5, start: new Date('2026-05-01T00:00:00Z') });
  // a manual row ("I know this") and an undone review: neither is a review to fit on
  const card = await db.reviewLog.findFirstOrThrow({ where: { userId: 'ana' }, select: { cardId: true, deckId: true } });
  for (const [rating, undone] of [[0, false], [3, true]] as const) {
    await db.reviewLog.create({ data: {
      id: randomUUID(), userId: 'ana', cardId: card.cardId, deckId: card.deckId, rating, undone, stateBefore: 2, stateAfter: 2, dueAfter: NOW,
      stabilityAfter: 60, difficultyAfter: 5, elapsedDays: 0, scheduledDays: 60, reviewedAt: NOW, serverAt: NOW, durationMs: 0, tzOffsetMin: 0, day: '2026-06-01',
    } });
  }
});
afterAll(() => testDb.cleanup());

describe(`scheduler fits (${testDb.store})`, () => {
  it('counts rated reviews only, and asks for a first fit once there are enough', async () => {
    const fits = store().fits;
    expect(await fits.dueFacts('ana')).toEqual({ reviews: 3000, last: null, pending: false });
    expect((await fits.log('ana')).length).toBe(3001);
    expect(await checkFitDue('ben', NOW)).toBe(false);
    expect((await fits.dueFacts('ben')).reviews).toBeLessThan(MIN_FIT_REVIEWS);
    expect(await checkFitDue('ana', NOW)).toBe(true);
    expect(await fits.pending('ana', NOW)).toEqual({ requestedAt: NOW, running: false });
    expect(await checkFitDue('ana', NOW)).toBe(false);
  });

  it('gives a job to exactly one of the servers that claim it at once, the learner’s own requests first', async () => {
    const fits = store().fits;
    await fits.request('ben', 'requested', later(1));
    expect(await fits.claim('s1', later(2), 60_000)).toMatchObject({ userId: 'ben', reason: 'requested', attempts: 1 });
    const claims = await Promise.all(['s2', 's3', 's4', 's6'].map((owner) => fits.claim(owner, later(2), 60_000)));
    expect(claims.filter((c) => c !== null).map((c) => c!.userId)).toEqual(['ana']);
    expect(await fits.claim('s5', later(3), 60_000)).toBeNull();
    expect(await fits.pending('ben', later(3))).toMatchObject({ running: true });
  });

  it('claims a job again when its server died with the lease, and the dead server cannot finish it', async () => {
    const fits = store().fits;
    const stale = await fits.claim('late', later(61_000), 60_000);
    expect(stale?.attempts).toBe(2);
    const ben = stale!.userId === 'ben' ? stale! : (await fits.claim('late', later(61_000), 60_000))!;
    const dead = { ...ben, owner: 's1' };
    const fit = await runFitJob(fits, dead, () => later(62_000));
    expect(fit).toBeNull();
    expect(await db.schedulerFit.count()).toBe(0);
    const done = await runFitJob(fits, ben, () => later(62_000));
    expect(done).toMatchObject({ outcome: 'too-few', reviews: 60, logLossAfter: null, weights: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: 'ben' } })).fsrsWeights).toBeNull();
    expect(await fits.pending('ben', later(62_000))).toBeNull();
    // a failed fit is tried again later, and dropped after its last attempt
    const ana = (await fits.claim('late', later(62_000), 60_000))!;
    expect(ana.userId).toBe('ana');
    await fits.fail(ana, later(62_000), 1_000, 3);
    expect(await fits.pending('ana', later(62_000))).toMatchObject({ running: false });
    expect(await fits.claim('again', later(62_500), 60_000)).toBeNull();
  });

  it('fits the learner’s log, records before and after, and adopts what predicts better', async () => {
    const fits = store().fits;
    const job = (await fits.claim('s9', later(64_000), 60_000))!;
    expect(job.userId).toBe('ana');
    const fit = (await runFitJob(fits, job, () => later(65_000)))!;
    expect(fit.outcome).toBe('adopted');
    expect(fit.reviews).toBe(3000);
    expect(fit.logLossAfter!).toBeLessThan(fit.logLossBefore!);
    expect(fit.weightsBefore).toBeNull();
    const stored = (await fits.lastFit('ana'))!;
    expect(stored).toEqual(fit);
    const weights = JSON.parse(stored.weights!) as number[];
    expect(weights).toHaveLength(21);
    expect((await db.user.findUniqueOrThrow({ where: { id: 'ana' } })).fsrsWeights).toBe(stored.weights);
    expect(await fits.pending('ana', later(65_000))).toBeNull();
    // the next automatic fit waits for 500 more reviews
    expect(await fits.dueFacts('ana')).toEqual({ reviews: 3000, last: { reviews: 3000, outcome: 'adopted' }, pending: false });
    expect(await checkFitDue('ana', later(66_000))).toBe(false);
  }, 60_000);
});
