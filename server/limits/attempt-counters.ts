// Attempt counters in the database (model AttemptCounter), so that every app server counts
// into the same rows: a limit each process kept alone would be a bypass with four of them.
// No read-modify-write race, on SQLite and PostgreSQL alike, through Prisma only:
// - a plain cap is one conditional increment (count < max, window not over), so any number
//   of simultaneous attempts (a class signing in at once) are counted exactly;
// - otherwise (a new window, a rule with delays) it is a compare-and-swap: read the row,
//   decide (lib/limits), and update it only where (count, windowStart, nextAt) are still
//   what was read; if another server changed it meanwhile, decide again on the fresh row.
//   Simultaneous attempts on one delayed counter are an attack: past a few lost races the
//   attempt is refused.
import 'server-only';
import { createHmac } from 'node:crypto';
import { decide, type CounterState, type LimitRule } from '@/lib/limits';
import { db } from '../db';
import { env } from '../env';

export interface Reservation {
  key: string;
  windowStart: Date;
}

export type Consumed = { allowed: true; reservation: Reservation } | { allowed: false; retryAfterMs: number };

const MAX_TRIES = 8;

/** The row key: the rule's name, then an HMAC of what is counted (no addresses or emails in clear). */
export function counterKey(rule: string, ...parts: string[]): string {
  return `${rule}:${createHmac('sha256', env.BETTER_AUTH_SECRET).update(parts.join('\u0000')).digest('base64url').slice(0, 32)}`;
}

const toState = (row: { count: number; windowStart: Date; nextAt: Date }): CounterState => ({
  count: row.count, windowStart: row.windowStart.getTime(), nextAt: row.nextAt.getTime(),
});

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

/** Counts one attempt under `rule` if the rule allows it now. */
export async function consumeAttempt(key: string, rule: LimitRule, now = new Date()): Promise<Consumed> {
  const delays = !!rule.baseDelayMs && rule.free !== undefined;
  for (let i = 0; i < MAX_TRIES; i++) {
    if (!delays) {
      const counted = await db.attemptCounter.updateMany({
        where: { key, windowStart: { gt: new Date(now.getTime() - rule.windowMs) }, count: { lt: rule.max } },
        data: { count: { increment: 1 } },
      });
      if (counted.count === 1) {
        const row = await db.attemptCounter.findUnique({ where: { key }, select: { windowStart: true } });
        return { allowed: true, reservation: { key, windowStart: row?.windowStart ?? now } };
      }
    }
    const row = await db.attemptCounter.findUnique({ where: { key } });
    const decision = decide(row ? toState(row) : null, rule, now.getTime());
    if (!decision.allowed) return decision;
    const next = {
      count: decision.next.count,
      windowStart: new Date(decision.next.windowStart),
      nextAt: new Date(decision.next.nextAt),
      expiresAt: new Date(Math.max(decision.next.windowStart + rule.windowMs, decision.next.nextAt)),
    };
    if (!row) {
      try {
        await db.attemptCounter.create({ data: { key, ...next } });
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    } else {
      const swapped = await db.attemptCounter.updateMany({
        where: { key, count: row.count, windowStart: row.windowStart, nextAt: row.nextAt },
        data: next,
      });
      if (swapped.count !== 1) continue;
    }
    if (Math.random() < 0.01) void forgetExpired(now).catch(() => undefined);
    return { allowed: true, reservation: { key, windowStart: next.windowStart } };
  }
  // Many servers racing for one counter: an attack on it. Refuse rather than count loosely.
  return { allowed: false, retryAfterMs: 1_000 };
}

/** Takes back a counted attempt that turned out not to count (a successful sign-in). */
export async function refundAttempt(r: Reservation): Promise<void> {
  await db.attemptCounter.updateMany({ where: { key: r.key, windowStart: r.windowStart, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Starts a counter afresh (the account's owner got in). */
export async function clearCounter(key: string): Promise<void> {
  await db.attemptCounter.deleteMany({ where: { key } });
}

async function forgetExpired(now: Date): Promise<void> {
  await db.attemptCounter.deleteMany({ where: { expiresAt: { lt: now } } });
}
