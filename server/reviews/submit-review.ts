// Records one review: schedules the card with the server's clock, updates the learner's
// CardProgress, appends a ReviewLog row and counts it in the study-day rollup, atomically,
// in whichever store DATABASE_URL names (server/store). The client-generated id makes a
// retried submit idempotent: the same id returns this review's stored result, counted once.
import 'server-only';
import { z } from 'zod';
import { decideReview } from '@/lib/reviews';
import type { Rating } from '@/lib/srs';
import { store, type ReviewResult, type ReviewStoreOutcome } from '../store';
import { noticeReview } from '../scheduler-fit/notice-review';
import { localClock, schedulerFor } from './review-clock';

/** One review, one id: an upper-cased copy of a UUID is the same review. */
export const reviewIdSchema = z.string().uuid().transform((id) => id.toLowerCase());

export const submitReviewInput = z.object({
  id: reviewIdSchema,
  cardId: z.string().min(1).max(200),
  rating: z.number().int().min(1).max(4),
  reviewedAt: z.string().datetime({ offset: true }),
  durationMs: z.number().int().min(0).max(24 * 60 * 60 * 1000),
  /**
   * How many reviews the card had when the page showed it. A card answered since (in another
   * tab, or from a stale page) is refused as stale rather than counted twice.
   */
  baseReps: z.number().int().min(0).max(1_000_000).optional(),
});
export type SubmitReviewInput = z.infer<typeof submitReviewInput>;
export type { ReviewResult };

export type SubmitReviewOutcome = ReviewStoreOutcome | { ok: false; error: 'future-review' };

interface Options {
  now: Date;
  clockSkewMs: number;
}

export async function submitReview(userId: string, input: SubmitReviewInput, options: Options): Promise<SubmitReviewOutcome> {
  const { now } = options;
  const reviewedAt = new Date(input.reviewedAt);
  if (reviewedAt.getTime() > now.getTime() + options.clockSkewMs) return { ok: false, error: 'future-review' };
  const rating = input.rating as Rating;
  const outcome = await store().reviews.submit(
    { id: input.id, userId, cardId: input.cardId, rating, reviewedAt, durationMs: input.durationMs },
    now,
    ({ card, settings, progress }) => {
      if (input.baseReps !== undefined && (progress?.reps ?? 0) !== input.baseReps) return null;
      const clock = localClock(settings.timeZone, settings.dayStartHour, now);
      const decision = decideReview({
        before: progress,
        cardId: card.id,
        cardType: card.type,
        rating,
        now,
        scheduler: schedulerFor(settings.desiredRetention, settings.fsrsWeights),
      });
      return { decision, day: clock.day, tzOffsetMin: clock.offset };
    },
  );
  if (outcome.ok && !outcome.duplicate) noticeReview(userId, now);
  return outcome;
}
