// Limits on guessing the password from Settings: changing the password and deleting the
// account both ask for it, so a stolen session (a borrowed laptop, a copied cookie) could try
// passwords there. Counted per account in the database, across addresses and app servers
// (server/limits/attempt-counters.ts), as sign-in counts (server/auth/sign-in-limits.ts):
// 5 wrong passwords go through at once, then each further try waits a delay that doubles from
// 5 s up to 5 minutes, and at most 30 are tried in an hour. The right password starts the
// count afresh. Only a wrong password counts; an attempt refused for anything else is given back.
// AUTH_RATE_LIMIT=off (load tests, e2e) turns it off with the other sign-in limits.
import 'server-only';
import type { LimitRule } from '@/lib/limits';
import { env } from '../env';
import { clearCounter, consumeAttempt, counterKey, refundAttempt, type Reservation } from '../limits/attempt-counters';

export const PASSWORD_CHECKS_PER_ACCOUNT: LimitRule = { windowMs: 60 * 60_000, max: 30, free: 5, baseDelayMs: 5_000, maxDelayMs: 5 * 60_000 };

export interface PasswordCheck {
  key: string;
  reservation: Reservation | null;
}

/** The counter's key for one account (an HMAC of its id, as every counter key). */
export const passwordCheckKey = (userId: string) => counterKey('settings-password-account', userId);

/** Counts one password check of this account, or says how long to wait. */
export async function startPasswordCheck(userId: string, now = new Date()): Promise<PasswordCheck | { retryAfterMs: number }> {
  const key = passwordCheckKey(userId);
  if (!env.AUTH_RATE_LIMIT) return { key, reservation: null };
  const counted = await consumeAttempt(key, PASSWORD_CHECKS_PER_ACCOUNT, now);
  return counted.allowed ? { key, reservation: counted.reservation } : { retryAfterMs: counted.retryAfterMs };
}

/** A wrong password keeps the count; the right one clears it; anything else gives it back. */
export async function finishPasswordCheck(check: PasswordCheck, outcome: 'right' | 'wrong' | 'other'): Promise<void> {
  if (!check.reservation || outcome === 'wrong') return;
  if (outcome === 'right') await clearCounter(check.key);
  else await refundAttempt(check.reservation);
}
