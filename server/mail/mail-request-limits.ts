// How often anyone may ask for a mail with a link (a password reset, trusting a browser, the
// address's confirmation): per client address, so one machine cannot mail the world, and per
// email, so one mailbox is not flooded. Counted in the database (every server shares them).
import 'server-only';
import type { LimitRule } from '@/lib/limits';
import { limitAddress } from '../auth/sign-in-limits';
import { env } from '../env';
import { consumeAttempt, counterKey } from '../limits/attempt-counters';

export const MAIL_REQUESTS_PER_ADDRESS: LimitRule = { windowMs: 60 * 60_000, max: 10 };
export const MAIL_REQUESTS_PER_EMAIL: LimitRule = { windowMs: 60 * 60_000, max: 3 };

export type MailKind = 'reset' | 'trust' | 'verify';

/** Counts one request for a `kind` mail to `email`; null when it may go, else how long to wait. */
export async function countMailRequest(kind: MailKind, headers: Headers, email: string, now = new Date()): Promise<{ retryAfterSeconds: number } | null> {
  if (!env.AUTH_RATE_LIMIT) return null;
  const rules = [[counterKey(`${kind}-address`, limitAddress(headers)), MAIL_REQUESTS_PER_ADDRESS], [counterKey(`${kind}-email`, email), MAIL_REQUESTS_PER_EMAIL]] as const;
  for (const [key, rule] of rules) {
    const counted = await consumeAttempt(key, rule, now);
    if (!counted.allowed) return { retryAfterSeconds: Math.max(1, Math.ceil(counted.retryAfterMs / 1000)) };
  }
  return null;
}
