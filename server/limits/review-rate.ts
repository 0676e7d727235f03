// How fast one learner's ratings are taken (security audit F7): a burst as large as an offline
// queue that comes back online, then a few a second, far beyond anyone studying by hand. Beyond
// it the answer is 429 with Retry-After, which the study page's outbox retries later, so nothing
// is lost; what it stops is a script adding thousands of log rows a second and inflating the
// class dashboards. Counted per process: the hot path gets no database round trip, and with
// several app servers a client gets their sum (decision 016 lists the per-process choices).
import 'server-only';
import { isFull, takeToken, type Bucket, type RateRule } from '@/lib/limits';
import { env } from '../env';

export const REVIEW_RATE: RateRule = { capacity: 600, perSecond: 5 };

const buckets = new Map<string, Bucket>();
/** Past this many learners, buckets that have filled up again are dropped (they hold nothing). */
const SWEEP_AT = 10_000;

/** Takes one rating from the learner's budget; null when allowed, else how long to wait. */
export function takeReviewToken(userId: string, now: number): { retryAfterMs: number } | null {
  if (!env.REVIEW_RATE_LIMIT) return null;
  const decision = takeToken(buckets.get(userId) ?? null, REVIEW_RATE, now);
  buckets.set(userId, decision.bucket);
  if (buckets.size > SWEEP_AT) for (const [id, b] of buckets) if (isFull(b, REVIEW_RATE, now)) buckets.delete(id);
  return decision.allowed ? null : { retryAfterMs: decision.retryAfterMs };
}
