// Records one review: schedules the card with the server's clock, updates the learner's
// CardProgress and appends a ReviewLog row in one transaction (a savepoint within a group
// commit, see server/db/group-commit.ts). The client-generated id makes a retried submit
// idempotent: the same id returns the stored result, counted once.
import 'server-only';
import { z } from 'zod';
import { createScheduler, isLeech, snapshot, studyDayKey, type CardStateCode, type Rating, type Scheduler, type SrsCard } from '@/lib/srs';
import type Database from 'better-sqlite3';
import { groupCommit, type GroupCommit } from '../db/group-commit';
import { sqlite, sqliteDate } from '../db/sqlite';
import { parseWeights } from '../users/learner-settings';
import { timeZoneOffsetMinutes } from '../users/time-zone-offset';
import { reviewStatements, type LogRow, type ProgressRow } from './review-store';
import { studyDayCounts } from '@/lib/progress';

export const submitReviewInput = z.object({
  // One review, one id: an upper-cased copy of a UUID is the same review.
  id: z.string().uuid().transform((id) => id.toLowerCase()),
  cardId: z.string().min(1).max(200),
  rating: z.number().int().min(1).max(4),
  reviewedAt: z.string().datetime({ offset: true }),
  durationMs: z.number().int().min(0).max(24 * 60 * 60 * 1000),
});
export type SubmitReviewInput = z.infer<typeof submitReviewInput>;

export interface ReviewResult {
  id: string;
  cardId: string;
  rating: number;
  state: number;
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  leech: boolean;
  reviewedAt: string;
  serverAt: string;
}

export type SubmitReviewOutcome =
  | { ok: true; result: ReviewResult; duplicate: boolean }
  | { ok: false; error: 'not-found' | 'future-review' | 'id-conflict' };

interface Options {
  now: Date;
  clockSkewMs: number;
}

const iso = (s: string) => new Date(s).toISOString();

function resultFromLog(log: LogRow, progress: { reps: number; lapses: number; leech: number } | undefined): ReviewResult {
  return {
    id: log.id,
    cardId: log.cardId,
    rating: log.rating,
    state: log.stateAfter,
    due: iso(log.dueAfter),
    stability: log.stabilityAfter,
    difficulty: log.difficultyAfter,
    scheduledDays: log.scheduledDays,
    reps: progress?.reps ?? 0,
    lapses: progress?.lapses ?? 0,
    leech: (progress?.leech ?? 0) === 1,
    reviewedAt: iso(log.reviewedAt),
    serverAt: iso(log.serverAt),
  };
}

// Schedulers differ only by the learner's retention and weights: keep a few.
const schedulers = new Map<string, Scheduler>();
function schedulerFor(desiredRetention: number, weightsJson: string | null): Scheduler {
  const key = `${desiredRetention}|${weightsJson ?? ''}`;
  let s = schedulers.get(key);
  if (!s) {
    s = createScheduler({ desiredRetention, weights: parseWeights(weightsJson) });
    if (schedulers.size > 1000) schedulers.clear();
    schedulers.set(key, s);
  }
  return s;
}

// Time-zone offsets and study-day boundaries change only on quarter hours (every zone's
// offset and every day start is a whole number of quarter hours), so within one quarter hour
// a zone's offset and study day are fixed: remember them instead of asking Intl per review.
const QUARTER_HOUR_MS = 900_000;
const clockCache = new Map<string, { offset: number; day: string }>();
function localClock(timeZone: string, dayStartHour: number, now: Date): { offset: number; day: string } {
  const slot = Math.floor(now.getTime() / QUARTER_HOUR_MS);
  const key = `${timeZone}|${dayStartHour}|${slot}`;
  let hit = clockCache.get(key);
  if (!hit) {
    const at = new Date(slot * QUARTER_HOUR_MS);
    hit = { offset: timeZoneOffsetMinutes(timeZone, at), day: studyDayKey(at, timeZone, dayStartHour) };
    if (clockCache.size > 2000) clockCache.clear();
    clockCache.set(key, hit);
  }
  return hit;
}

function toSrsCard(p: ProgressRow): SrsCard {
  return {
    state: p.state as CardStateCode,
    due: new Date(p.due),
    stability: p.stability,
    difficulty: p.difficulty,
    scheduledDays: p.scheduledDays,
    learningSteps: p.learningSteps,
    reps: p.reps,
    lapses: p.lapses,
    lastReview: p.lastReview ? new Date(p.lastReview) : null,
  };
}

const commits = new WeakMap<Database.Database, GroupCommit>();
function commitsFor(db: Database.Database): GroupCommit {
  let c = commits.get(db);
  if (!c) {
    c = groupCommit(db);
    commits.set(db, c);
  }
  return c;
}

export async function submitReview(userId: string, input: SubmitReviewInput, options: Options): Promise<SubmitReviewOutcome> {
  const { now } = options;
  const reviewedAt = new Date(input.reviewedAt);
  if (reviewedAt.getTime() > now.getTime() + options.clockSkewMs) return { ok: false, error: 'future-review' };

  const db = sqlite();
  const st = reviewStatements(db);
  // Runs inside the transaction, so it reads what earlier reviews of the batch wrote.
  return commitsFor(db).run((): SubmitReviewOutcome => {
    const stored = st.log.get(input.id);
    if (stored) {
      if (stored.userId !== userId) return { ok: false, error: 'id-conflict' };
      return { ok: true, duplicate: true, result: resultFromLog(stored, st.progressSummary.get(userId, stored.cardId)) };
    }
    const card = st.studyableCard.get(input.cardId, userId, userId);
    const settings = st.settings.get(userId);
    if (!card || !settings) return { ok: false, error: 'not-found' };

    const scheduler = schedulerFor(settings.desiredRetention, settings.fsrsWeights);
    const row = st.progress.get(userId, card.id);
    const before = row ? toSrsCard(row) : scheduler.newCard(now);
    const { card: after, elapsedDays } = scheduler.review(before, input.rating as Rating, now);
    const wasLeech = row?.leech === 1;
    const leech = wasLeech || isLeech(after.lapses);
    // A card that just became a leech leaves study until the learner looks at it again.
    const suspended = row?.suspended === 1 || (leech && !wasLeech);
    const nowText = sqliteDate(now);
    const clock = localClock(settings.timeZone, settings.dayStartHour, now);
    st.upsertProgress.run({
      userId, cardId: card.id, deckId: card.deckId, noteId: card.noteId,
      state: after.state, due: sqliteDate(after.due), stability: after.stability, difficulty: after.difficulty,
      scheduledDays: after.scheduledDays, learningSteps: after.learningSteps, reps: after.reps, lapses: after.lapses,
      lastReview: nowText, suspended: suspended ? 1 : 0, leech: leech ? 1 : 0, now: nowText,
    });
    const log: LogRow = {
      id: input.id, userId, cardId: card.id, rating: input.rating, stateAfter: after.state, dueAfter: sqliteDate(after.due),
      stabilityAfter: after.stability, difficultyAfter: after.difficulty, scheduledDays: after.scheduledDays,
      reviewedAt: sqliteDate(reviewedAt), serverAt: nowText,
    };
    st.insertLog.run({
      ...log,
      deckId: card.deckId,
      stateBefore: before.state,
      dueBefore: row ? row.due : null,
      elapsedDays,
      durationMs: input.durationMs,
      tzOffsetMin: clock.offset,
      previous: row ? snapshot(before) : null,
    });
    st.addToStudyDay.run({
      userId,
      day: clock.day,
      durationMs: input.durationMs,
      ...studyDayCounts({
        rating: input.rating,
        stateBefore: before.state,
        intervalBefore: row ? row.scheduledDays : 0,
        stabilityBefore: row ? row.stability : 0,
        stabilityAfter: after.stability,
        recognition: card.type === 'recognition',
      }),
    });
    return {
      ok: true,
      duplicate: false,
      result: resultFromLog(log, { reps: after.reps, lapses: after.lapses, leech: leech ? 1 : 0 }),
    };
  });
}
