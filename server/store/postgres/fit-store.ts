// Scheduler fits on PostgreSQL: the questions of ../sqlite/fit-store.ts. A claim skips jobs
// another server is claiming at that moment (FOR UPDATE SKIP LOCKED), and re-checks the lease
// in the UPDATE, so each job runs on exactly one server.
import type pg from 'pg';
import type { FitLogRow, FitOutcome } from '@/lib/srs';
import type { FitLearner, FitReason, FitStore, SchedulerFitRow } from '../ports';
import { inTransaction, pgTime } from './pool';

const PAGE = 2_000;
const FIT_COLUMNS = `"id", "userId", "createdAt", "reviews", "trainItems", "testItems", "outcome", "logLossBefore", "rmseBefore", "logLossAfter", "rmseAfter", "weights", "weightsBefore", "durationMs"`;

const SQL = {
  request: `INSERT INTO "FitJob" ("userId", "requestedAt", "reason", "leaseUntil", "attempts") VALUES ($1, $2, $3, $2, 0)
    ON CONFLICT ("userId") DO UPDATE SET "reason" = CASE WHEN EXCLUDED."reason" = 'requested' THEN 'requested' ELSE "FitJob"."reason" END`,
  claim: `UPDATE "FitJob" SET "leaseUntil" = $2, "leaseOwner" = $3, "attempts" = "attempts" + 1
    WHERE "userId" = (SELECT "userId" FROM "FitJob" WHERE "leaseUntil" <= $1 ORDER BY ("reason" = 'requested') DESC, "requestedAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
      AND "leaseUntil" <= $1
    RETURNING "userId", "reason", "requestedAt", "attempts"`,
  endJob: 'DELETE FROM "FitJob" WHERE "userId" = $1 AND "leaseOwner" = $2',
  retry: 'UPDATE "FitJob" SET "leaseUntil" = $1, "leaseOwner" = NULL WHERE "userId" = $2 AND "leaseOwner" = $3',
  insertFit: `INSERT INTO "SchedulerFit" (${FIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
  adopt: 'UPDATE "user" SET "fsrsWeights" = $1, "updatedAt" = $2 WHERE "id" = $3',
  weightsInUse: 'SELECT "fsrsWeights" FROM "user" WHERE "id" = $1 FOR UPDATE',
  toDefaults: 'UPDATE "user" SET "fsrsWeights" = NULL, "autoFit" = false, "updatedAt" = $1 WHERE "id" = $2',
  dropJobs: 'DELETE FROM "FitJob" WHERE "userId" = $1',
  reviews: 'SELECT count(*) AS n FROM "ReviewLog" WHERE "userId" = $1 AND "rating" > 0 AND NOT "undone"',
  lastFit: `SELECT ${FIT_COLUMNS} FROM "SchedulerFit" WHERE "userId" = $1 ORDER BY "createdAt" DESC, "id" DESC LIMIT 1`,
  job: 'SELECT "requestedAt", "leaseUntil", "leaseOwner" FROM "FitJob" WHERE "userId" = $1',
  learner: 'SELECT "timeZone", "dayStartHour", "desiredRetention", "fsrsWeights", "autoFit" FROM "user" WHERE "id" = $1',
  logPage: `SELECT "id", "cardId", "rating", "stateAfter", "day", "serverAt" FROM "ReviewLog"
    WHERE "userId" = $1 AND NOT "undone" AND ("serverAt", "id") > ($2, $3)
    ORDER BY "serverAt", "id" LIMIT $4`,
};

function insertFit(client: pg.PoolClient, fit: SchedulerFitRow) {
  return client.query(SQL.insertFit, [
    fit.id, fit.userId, pgTime(fit.createdAt), fit.reviews, fit.trainItems, fit.testItems, fit.outcome,
    fit.logLossBefore, fit.rmseBefore, fit.logLossAfter, fit.rmseAfter, fit.weights, fit.weightsBefore, fit.durationMs,
  ]);
}

export function postgresFitStore(pool: pg.Pool): FitStore {
  const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T | undefined> => (await pool.query<T>(text, values)).rows[0];
  return {
    async request(userId: string, reason: FitReason, now: Date) {
      await pool.query(SQL.request, [userId, pgTime(now), reason]);
    },
    async claim(owner, now, leaseMs) {
      const row = await one<{ userId: string; reason: string; requestedAt: Date; attempts: number }>(SQL.claim, [pgTime(now), pgTime(new Date(now.getTime() + leaseMs)), owner]);
      return row ? { userId: row.userId, reason: row.reason as FitReason, requestedAt: row.requestedAt, owner, attempts: row.attempts } : null;
    },
    finish(job, fit, now) {
      return inTransaction(pool, async (client) => {
        if (((await client.query(SQL.endJob, [job.userId, job.owner])).rowCount ?? 0) === 0) return false;
        await insertFit(client, fit);
        if (fit.outcome === 'adopted') await client.query(SQL.adopt, [fit.weights, pgTime(now), fit.userId]);
        return true;
      });
    },
    async fail(job, now, retryMs, maxAttempts) {
      if (job.attempts >= maxAttempts) await pool.query(SQL.endJob, [job.userId, job.owner]);
      else await pool.query(SQL.retry, [pgTime(new Date(now.getTime() + retryMs)), job.userId, job.owner]);
    },
    async drop(job) {
      await pool.query(SQL.endJob, [job.userId, job.owner]);
    },
    resetToDefaults(userId, id, now) {
      return inTransaction(pool, async (client) => {
        // the row lock orders a reset against a fit adopting at the same moment
        const inUse = (await client.query<{ fsrsWeights: string | null }>(SQL.weightsInUse, [userId])).rows[0]?.fsrsWeights;
        if (!inUse) return null;
        const reviews = Number((await client.query<{ n: string }>(SQL.reviews, [userId])).rows[0]?.n ?? 0);
        const row: SchedulerFitRow = {
          id, userId, createdAt: now, reviews, trainItems: 0, testItems: 0, outcome: 'reset',
          logLossBefore: null, rmseBefore: null, logLossAfter: null, rmseAfter: null, weights: null, weightsBefore: inUse, durationMs: 0,
        };
        await insertFit(client, row);
        await client.query(SQL.toDefaults, [pgTime(now), userId]);
        await client.query(SQL.dropJobs, [userId]);
        return row;
      });
    },
    async dueFacts(userId) {
      const [reviews, last, job, learner] = await Promise.all([
        one<{ n: number }>(SQL.reviews, [userId]),
        one<{ reviews: number; outcome: string }>(SQL.lastFit, [userId]),
        one(SQL.job, [userId]),
        one<FitLearner>(SQL.learner, [userId]),
      ]);
      return {
        reviews: Number(reviews?.n ?? 0),
        last: last ? { reviews: last.reviews, outcome: last.outcome as FitOutcome } : null,
        pending: job !== undefined,
        autoFit: learner?.autoFit ?? true,
      };
    },
    async learner(userId) {
      return (await one<FitLearner>(SQL.learner, [userId])) ?? null;
    },
    async log(userId) {
      const rows: FitLogRow[] = [];
      let at = new Date(0);
      let id = '';
      for (;;) {
        const page = (await pool.query<{ id: string; cardId: string; rating: number; stateAfter: number; day: string; serverAt: Date }>(SQL.logPage, [userId, pgTime(at), id, PAGE])).rows;
        for (const r of page) rows.push({ cardId: r.cardId, rating: r.rating, stateAfter: r.stateAfter, day: r.day, at: r.serverAt });
        if (page.length < PAGE) return rows;
        at = page.at(-1)!.serverAt;
        id = page.at(-1)!.id;
      }
    },
    async lastFit(userId) {
      const row = await one<SchedulerFitRow & { outcome: string }>(SQL.lastFit, [userId]);
      return row ? { ...row, outcome: row.outcome as FitOutcome } : null;
    },
    async pending(userId, now) {
      const job = await one<{ requestedAt: Date; leaseUntil: Date; leaseOwner: string | null }>(SQL.job, [userId]);
      if (!job) return null;
      return { requestedAt: job.requestedAt, running: job.leaseOwner !== null && job.leaseUntil > now };
    },
  };
}
