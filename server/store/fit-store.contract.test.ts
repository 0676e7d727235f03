// Scheduler fits through the store of this pass (SQLite, or PostgreSQL with TEST_STORE=postgres):
// a job is claimed by exactly one server, a killed server's lease runs out and the job is
// claimed again, a fit on a simulated learner's log is recorded and adopted, a log too short
// to judge is recorded and changes nothing, and manual log rows never count as reviews. A
// learner who turned automatic fitting off (saved by the settings use case) gets no automatic
// fit, not even one asked for before, but one they ask for runs; going back to the default
// parameters is recorded, clears the parameters, turns automatic fitting off and stops a fit
// under way from adopting anything.
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
const { resetFitToDefaults } = await import('../scheduler-fit/reset-fit');
const { getFitStatus } = await import('../scheduler-fit/get-fit-status');
const { requestFit } = await import('../scheduler-fit/request-fit');
const { settingsInput, updateSettings } = await import('../users/update-settings');

const NOW = new Date('2026-06-01T09:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

beforeAll(async () => {
  for (const id of ['ana', 'ben', 'cem']) await db.user.create({ data: { id, name: id, email: `${id}@example.test`, timeZone: 'UTC', dayStartHour: 0 } });
  await writeSimulatedLog(db, testDb.store, 'ana', { reviews: 3000, seed: 28, start: new Date('2026-02-01T00:00:00Z') });
  await writeSimulatedLog(db, testDb.store, 'ben', { reviews: 60, seed: 5, start: new Date('2026-05-01T00:00:00Z') });
  await writeSimulatedLog(db, testDb.store, 'cem', { reviews: 400, seed: 9, start: new Date('2026-04-01T00:00:00Z') });
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
    expect(await fits.dueFacts('ana')).toEqual({ reviews: 3000, last: null, pending: false, autoFit: true });
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
    expect(await fits.dueFacts('ana')).toEqual({ reviews: 3000, last: { reviews: 3000, outcome: 'adopted' }, pending: false, autoFit: true });
    expect(await checkFitDue('ana', later(66_000))).toBe(false);
  }, 60_000);

  /** The settings form as the learner sends it; `autoFit` present only when its box is ticked. */
  const saveSettings = (userId: string, autoFit: boolean) =>
    updateSettings(userId, settingsInput.parse({
      glossLanguage: 'auto', timeZone: 'UTC', newCardsPerDay: '20', desiredRetentionPercent: '90', role: 'learner', ...(autoFit ? { autoFit: 'on' } : {}),
    }));

  it('with automatic fitting off, asks for no fit by itself and drops one asked for before, but runs one the learner asks for', async () => {
    const fits = store().fits;
    expect((await fits.dueFacts('cem')).autoFit).toBe(true);
    // an automatic job queued while it was still on
    await fits.request('cem', 'auto', later(70_000));
    await saveSettings('cem', false);
    expect((await db.user.findUniqueOrThrow({ where: { id: 'cem' } })).autoFit).toBe(false);
    expect(await fits.learner('cem')).toMatchObject({ autoFit: false });
    expect(await fits.dueFacts('cem')).toEqual({ reviews: 400, last: null, pending: true, autoFit: false });
    const stale = (await fits.claim('s10', later(71_000), 60_000))!;
    expect(stale).toMatchObject({ userId: 'cem', reason: 'auto' });
    expect(await runFitJob(fits, stale, () => later(72_000))).toBeNull();
    expect(await fits.pending('cem', later(72_000))).toBeNull();
    expect(await fits.lastFit('cem')).toBeNull();
    // 400 reviews are enough for a first automatic fit, but it is off
    expect(await checkFitDue('cem', later(73_000))).toBe(false);
    expect(await fits.pending('cem', later(73_000))).toBeNull();
    // "Fit my scheduler now" still works
    await fits.request('cem', 'requested', later(74_000));
    const asked = (await fits.claim('s10', later(74_000), 60_000))!;
    expect(asked).toMatchObject({ userId: 'cem', reason: 'requested' });
    const fit = (await runFitJob(fits, asked, () => later(75_000)))!;
    expect(fit.reviews).toBe(400);
    expect(await fits.lastFit('cem')).toEqual(fit);
    expect((await getFitStatus('cem', later(75_000)))!.autoFit).toBe(false);
    // and on again, the setting is stored as such
    await saveSettings('cem', true);
    expect((await fits.dueFacts('cem')).autoFit).toBe(true);
  }, 60_000);

  it('asked for with nothing new since the last fit, fits nothing: says so, queues nothing, and a job queued anyway runs nothing', async () => {
    const fits = store().fits;
    expect((await fits.dueFacts('cem')).last).toMatchObject({ reviews: 400 });
    const rows = await db.schedulerFit.count({ where: { userId: 'cem' } });
    expect(await requestFit('cem', later(90_000))).toBe('up-to-date');
    expect(await fits.pending('cem', later(90_000))).toBeNull();
    // queued all the same (asked on two servers at once): dropped when claimed, without a fit
    await fits.request('cem', 'requested', later(91_000));
    const job = (await fits.claim('s20', later(91_000), 60_000))!;
    expect(job).toMatchObject({ userId: 'cem', reason: 'requested' });
    expect(await runFitJob(fits, job, () => later(92_000))).toBeNull();
    expect(await fits.pending('cem', later(92_000))).toBeNull();
    expect(await db.schedulerFit.count({ where: { userId: 'cem' } })).toBe(rows);
    // one review more: asking fits again
    const card = await db.reviewLog.findFirstOrThrow({ where: { userId: 'cem' }, select: { cardId: true, deckId: true } });
    await db.reviewLog.create({ data: {
      id: randomUUID(), userId: 'cem', cardId: card.cardId, deckId: card.deckId, rating: 3, stateBefore: 2, stateAfter: 2, dueAfter: later(93_000),
      stabilityAfter: 30, difficultyAfter: 5, elapsedDays: 3, scheduledDays: 30, reviewedAt: later(93_000), serverAt: later(93_000), durationMs: 4000, tzOffsetMin: 0, day: '2026-06-01',
    } });
    expect(await requestFit('cem', later(94_000))).toBe('requested');
    expect(await fits.pending('cem', later(94_000))).toMatchObject({ running: false });
    await fits.drop((await fits.claim('s21', later(95_000), 60_000))!);
  });

  it('goes back to the default parameters: recorded, parameters cleared, automatic fitting off, a fit under way cannot adopt', async () => {
    const fits = store().fits;
    const fitted = (await db.user.findUniqueOrThrow({ where: { id: 'ana' } })).fsrsWeights!;
    expect(fitted).not.toBeNull();
    expect((await getFitStatus('ana', later(80_000)))!).toMatchObject({ fittedInUse: true, autoFit: true });
    // a fit the learner asked for is running on some server when they go back to the defaults
    await fits.request('ana', 'requested', later(80_000));
    const running = (await fits.claim('s11', later(80_000), 60_000))!;
    expect(running.userId).toBe('ana');

    const reset = await resetFitToDefaults('ana', later(81_000));
    expect(reset).toEqual({ status: 'reset', at: later(81_000) });
    const user = await db.user.findUniqueOrThrow({ where: { id: 'ana' } });
    expect(user).toMatchObject({ fsrsWeights: null, autoFit: false });
    expect(await fits.lastFit('ana')).toMatchObject({
      userId: 'ana', createdAt: later(81_000), outcome: 'reset', reviews: 3000, weights: null, weightsBefore: fitted, logLossAfter: null,
    });
    expect(await fits.pending('ana', later(81_000))).toBeNull();
    const status = (await getFitStatus('ana', later(81_000)))!;
    expect(status).toMatchObject({ fittedInUse: false, autoFit: false, pending: null, last: { outcome: 'reset', at: later(81_000), intervals: null } });

    // the fit under way finishes, but its lease went with the job: nothing adopted, nothing recorded
    const rows = await db.schedulerFit.count({ where: { userId: 'ana' } });
    expect(await runFitJob(fits, running, () => later(82_000))).toBeNull();
    expect(await db.schedulerFit.count({ where: { userId: 'ana' } })).toBe(rows);
    expect((await db.user.findUniqueOrThrow({ where: { id: 'ana' } })).fsrsWeights).toBeNull();

    // nothing to go back from a second time
    expect(await resetFitToDefaults('ana', later(83_000))).toEqual({ status: 'already-default' });
    expect(await db.schedulerFit.count({ where: { userId: 'ana' } })).toBe(rows);
    // automatic fitting is off after a reset; on again, the next automatic fit waits for 500 reviews after it
    expect(await checkFitDue('ana', later(84_000))).toBe(false);
    await saveSettings('ana', true);
    expect(await fits.dueFacts('ana')).toEqual({ reviews: 3000, last: { reviews: 3000, outcome: 'reset' }, pending: false, autoFit: true });
    expect(await checkFitDue('ana', later(85_000))).toBe(false);
    // a learner who never had fitted parameters has nothing to go back from
    expect(await resetFitToDefaults('ben', later(86_000))).toEqual({ status: 'already-default' });
  }, 60_000);
});
