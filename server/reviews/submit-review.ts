// Records one review: schedules the card with the server's clock, updates the learner's
// CardProgress and appends a ReviewLog row in one transaction. The client-generated id
// makes a retried submit idempotent: the same id returns the stored result, counted once.
import 'server-only';
import { z } from 'zod';
import { createScheduler, isLeech, snapshot, type Rating, type SrsCard, type CardStateCode } from '@/lib/srs';
import { db, type Tx } from '../db';
import { studyableDeckWhere } from '../decks/deck-access';
import { getLearnerSettings } from '../users/learner-settings';
import { timeZoneOffsetMinutes } from '../users/time-zone-offset';

export const submitReviewInput = z.object({
  id: z.string().uuid(),
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

function resultFromLog(log: {
  id: string; cardId: string; rating: number; stateAfter: number; dueAfter: Date; stabilityAfter: number;
  difficultyAfter: number; scheduledDays: number; reviewedAt: Date; serverAt: Date;
}, progress: { reps: number; lapses: number; leech: boolean }): ReviewResult {
  return {
    id: log.id,
    cardId: log.cardId,
    rating: log.rating,
    state: log.stateAfter,
    due: log.dueAfter.toISOString(),
    stability: log.stabilityAfter,
    difficulty: log.difficultyAfter,
    scheduledDays: log.scheduledDays,
    reps: progress.reps,
    lapses: progress.lapses,
    leech: progress.leech,
    reviewedAt: log.reviewedAt.toISOString(),
    serverAt: log.serverAt.toISOString(),
  };
}

async function storedResult(tx: Tx, userId: string, id: string): Promise<SubmitReviewOutcome | null> {
  const log = await tx.reviewLog.findUnique({ where: { id } });
  if (!log) return null;
  if (log.userId !== userId) return { ok: false, error: 'id-conflict' };
  const progress = await tx.cardProgress.findUnique({
    where: { userId_cardId: { userId, cardId: log.cardId } },
    select: { reps: true, lapses: true, leech: true },
  });
  return { ok: true, duplicate: true, result: resultFromLog(log, progress ?? { reps: 0, lapses: 0, leech: false }) };
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002';
}

export async function submitReview(userId: string, input: SubmitReviewInput, options: Options): Promise<SubmitReviewOutcome> {
  const { now } = options;
  const reviewedAt = new Date(input.reviewedAt);
  if (reviewedAt.getTime() > now.getTime() + options.clockSkewMs) return { ok: false, error: 'future-review' };

  try {
    return await db.$transaction(async (tx) => {
      const previous = await storedResult(tx, userId, input.id);
      if (previous) return previous;

      const card = await tx.card.findFirst({
        where: { id: input.cardId, deletedAt: null, note: { deletedAt: null }, deck: studyableDeckWhere(userId) },
        select: { id: true, deckId: true, noteId: true },
      });
      if (!card) return { ok: false, error: 'not-found' } as const;

      const settings = await getLearnerSettings(tx, userId);
      if (!settings) return { ok: false, error: 'not-found' } as const;
      const scheduler = createScheduler({ desiredRetention: settings.desiredRetention, weights: settings.weights });

      const row = await tx.cardProgress.findUnique({ where: { userId_cardId: { userId, cardId: card.id } } });
      const before: SrsCard = row
        ? {
            state: row.state as CardStateCode,
            due: row.due,
            stability: row.stability,
            difficulty: row.difficulty,
            scheduledDays: row.scheduledDays,
            learningSteps: row.learningSteps,
            reps: row.reps,
            lapses: row.lapses,
            lastReview: row.lastReview,
          }
        : scheduler.newCard(now);
      const { card: after, elapsedDays } = scheduler.review(before, input.rating as Rating, now);
      const leech = (row?.leech ?? false) || isLeech(after.lapses);
      const fields = {
        state: after.state,
        due: after.due,
        stability: after.stability,
        difficulty: after.difficulty,
        scheduledDays: after.scheduledDays,
        learningSteps: after.learningSteps,
        reps: after.reps,
        lapses: after.lapses,
        lastReview: now,
        leech,
        // A leech leaves study until the learner looks at it again.
        suspended: (row?.suspended ?? false) || (leech && !(row?.leech ?? false)),
      };
      const progress = await tx.cardProgress.upsert({
        where: { userId_cardId: { userId, cardId: card.id } },
        create: { userId, cardId: card.id, deckId: card.deckId, noteId: card.noteId, firstSeenAt: now, ...fields },
        update: fields,
        select: { reps: true, lapses: true, leech: true },
      });
      const log = await tx.reviewLog.create({
        data: {
          id: input.id,
          userId,
          cardId: card.id,
          deckId: card.deckId,
          rating: input.rating,
          stateBefore: before.state,
          stateAfter: after.state,
          dueBefore: row ? row.due : null,
          dueAfter: after.due,
          stabilityAfter: after.stability,
          difficultyAfter: after.difficulty,
          elapsedDays,
          scheduledDays: after.scheduledDays,
          reviewedAt,
          serverAt: now,
          durationMs: input.durationMs,
          tzOffsetMin: timeZoneOffsetMinutes(settings.timeZone, now),
          previous: row ? snapshot(before) : null,
        },
      });
      return { ok: true, duplicate: false, result: resultFromLog(log, progress) } as const;
    });
  } catch (e) {
    // Two copies of one submit raced: the loser sees the winner's row.
    if (isUniqueViolation(e)) {
      const again = await db.$transaction((tx) => storedResult(tx, userId, input.id));
      if (again) return again;
    }
    throw e;
  }
}
