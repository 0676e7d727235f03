// Scheduler fits on SQLite (docs/decisions/028): the fit log and its job queue. Writes go
// through the group commit like every write on this connection; the learner's log is read a
// page at a time with the event loop given back between pages, so reading 100,000 reviews
// never holds up the reviews being answered.
import type Database from 'better-sqlite3';
import type { FitLogRow, FitOutcome } from '@/lib/srs';
import type { ClaimedFitJob, FitReason, FitStore, SchedulerFitRow } from '../ports';
import { parseSqliteDate, sqliteDate } from './connection';
import { groupCommit } from './group-commit';

const PAGE = 2_000;

interface FitRowDb extends Omit<SchedulerFitRow, 'createdAt' | 'outcome'> { createdAt: string; outcome: string }

function fitFromDb(row: FitRowDb): SchedulerFitRow {
  return { ...row, createdAt: parseSqliteDate(row.createdAt), outcome: row.outcome as FitOutcome };
}

export function sqliteFitStore(db: Database.Database): FitStore {
  const commits = groupCommit(db);
  const st = {
    request: db.prepare<[string, string, string, string]>(`
      INSERT INTO FitJob (userId, requestedAt, reason, leaseUntil, attempts) VALUES (?, ?, ?, ?, 0)
      ON CONFLICT (userId) DO UPDATE SET reason = CASE WHEN excluded.reason = 'requested' THEN 'requested' ELSE FitJob.reason END`),
    claim: db.prepare<{ now: string; until: string; owner: string }, { userId: string; reason: string; requestedAt: string; attempts: number }>(`
      UPDATE FitJob SET leaseUntil = @until, leaseOwner = @owner, attempts = attempts + 1
      WHERE userId = (SELECT userId FROM FitJob WHERE leaseUntil <= @now ORDER BY reason = 'requested' DESC, requestedAt LIMIT 1)
        AND leaseUntil <= @now
      RETURNING userId, reason, requestedAt, attempts`),
    endJob: db.prepare<[string, string]>('DELETE FROM FitJob WHERE userId = ? AND leaseOwner = ?'),
    retry: db.prepare<[string, string, string]>('UPDATE FitJob SET leaseUntil = ?, leaseOwner = NULL WHERE userId = ? AND leaseOwner = ?'),
    insertFit: db.prepare<[SchedulerFitRow & { createdAtText: string }]>(`
      INSERT INTO SchedulerFit (id, userId, createdAt, reviews, trainItems, testItems, outcome, logLossBefore, rmseBefore, logLossAfter, rmseAfter, weights, weightsBefore, durationMs)
      VALUES (@id, @userId, @createdAtText, @reviews, @trainItems, @testItems, @outcome, @logLossBefore, @rmseBefore, @logLossAfter, @rmseAfter, @weights, @weightsBefore, @durationMs)`),
    adopt: db.prepare<[string | null, string, string]>('UPDATE user SET fsrsWeights = ?, updatedAt = ? WHERE id = ?'),
    toDefaults: db.prepare<[string, string]>('UPDATE user SET fsrsWeights = NULL, autoFit = 0, updatedAt = ? WHERE id = ?'),
    dropJobs: db.prepare<[string]>('DELETE FROM FitJob WHERE userId = ?'),
    reviews: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM ReviewLog WHERE userId = ? AND rating > 0 AND undone = 0'),
    lastFit: db.prepare<[string], FitRowDb>('SELECT * FROM SchedulerFit WHERE userId = ? ORDER BY createdAt DESC, id DESC LIMIT 1'),
    job: db.prepare<[string], { requestedAt: string; leaseUntil: string; leaseOwner: string | null }>('SELECT requestedAt, leaseUntil, leaseOwner FROM FitJob WHERE userId = ?'),
    learner: db.prepare<[string], { timeZone: string; dayStartHour: number; desiredRetention: number; fsrsWeights: string | null; autoFit: number }>(
      'SELECT timeZone, dayStartHour, desiredRetention, fsrsWeights, autoFit FROM user WHERE id = ?'),
    logPage: db.prepare<{ userId: string; at: string; id: string; limit: number }, { id: string; cardId: string; rating: number; stateAfter: number; day: string; serverAt: string }>(`
      SELECT id, cardId, rating, stateAfter, day, serverAt FROM ReviewLog
      WHERE userId = @userId AND undone = 0 AND (serverAt > @at OR (serverAt = @at AND id > @id))
      ORDER BY serverAt, id LIMIT @limit`),
  };
  return {
    async request(userId: string, reason: FitReason, now: Date) {
      await commits.run(() => st.request.run(userId, sqliteDate(now), reason, sqliteDate(now)));
    },
    claim(owner, now, leaseMs) {
      return commits.run(() => {
        const row = st.claim.get({ now: sqliteDate(now), until: sqliteDate(new Date(now.getTime() + leaseMs)), owner });
        return row ? { userId: row.userId, reason: row.reason as FitReason, requestedAt: parseSqliteDate(row.requestedAt), owner, attempts: row.attempts } : null;
      });
    },
    finish(job: ClaimedFitJob, fit, now) {
      return commits.run(() => {
        if (st.endJob.run(job.userId, job.owner).changes === 0) return false;
        st.insertFit.run({ ...fit, createdAtText: sqliteDate(fit.createdAt) });
        if (fit.outcome === 'adopted') st.adopt.run(fit.weights, sqliteDate(now), fit.userId);
        return true;
      });
    },
    async fail(job, now, retryMs, maxAttempts) {
      await commits.run(() => {
        if (job.attempts >= maxAttempts) st.endJob.run(job.userId, job.owner);
        else st.retry.run(sqliteDate(new Date(now.getTime() + retryMs)), job.userId, job.owner);
      });
    },
    async drop(job) {
      await commits.run(() => st.endJob.run(job.userId, job.owner));
    },
    resetToDefaults(userId, id, now) {
      return commits.run(() => {
        const learner = st.learner.get(userId);
        if (!learner?.fsrsWeights) return null;
        const row: SchedulerFitRow = {
          id, userId, createdAt: now, reviews: st.reviews.get(userId)?.n ?? 0, trainItems: 0, testItems: 0, outcome: 'reset',
          logLossBefore: null, rmseBefore: null, logLossAfter: null, rmseAfter: null, weights: null, weightsBefore: learner.fsrsWeights, durationMs: 0,
        };
        st.insertFit.run({ ...row, createdAtText: sqliteDate(now) });
        st.toDefaults.run(sqliteDate(now), userId);
        st.dropJobs.run(userId);
        return row;
      });
    },
    async dueFacts(userId) {
      const last = st.lastFit.get(userId);
      return {
        reviews: st.reviews.get(userId)?.n ?? 0,
        last: last ? { reviews: last.reviews, outcome: last.outcome as FitOutcome } : null,
        pending: st.job.get(userId) !== undefined,
        autoFit: st.learner.get(userId)?.autoFit !== 0,
      };
    },
    async learner(userId) {
      const row = st.learner.get(userId);
      return row ? { ...row, autoFit: row.autoFit !== 0 } : null;
    },
    async log(userId) {
      const rows: FitLogRow[] = [];
      let at = '';
      let id = '';
      for (;;) {
        const page = st.logPage.all({ userId, at, id, limit: PAGE });
        for (const r of page) rows.push({ cardId: r.cardId, rating: r.rating, stateAfter: r.stateAfter, day: r.day, at: parseSqliteDate(r.serverAt) });
        if (page.length < PAGE) return rows;
        at = page.at(-1)!.serverAt;
        id = page.at(-1)!.id;
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    async lastFit(userId) {
      const row = st.lastFit.get(userId);
      return row ? fitFromDb(row) : null;
    },
    async pending(userId, now) {
      const job = st.job.get(userId);
      if (!job) return null;
      return { requestedAt: parseSqliteDate(job.requestedAt), running: job.leaseOwner !== null && parseSqliteDate(job.leaseUntil) > now };
    },
  };
}
