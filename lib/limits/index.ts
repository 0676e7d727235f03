// Attempt limits as pure decisions: given what a counter holds and its rule, may one more
// attempt go ahead, and what does the counter hold afterwards? The store (one row per key,
// changed atomically) lives in server/limits; the rules in the modules that count.
//
// A counter counts attempts in a fixed window that starts with the first one. A rule can
// cap the attempts in a window (then refuse until the window ends) and make attempts beyond
// a free number wait a delay that doubles with each one, up to a ceiling: that slows a
// guesser down a lot while its owner, who needs a few tries at most, hardly notices.

export interface LimitRule {
  windowMs: number;
  /** Attempts allowed in one window. */
  max: number;
  /** Attempts in a window before delays start (default: no delays). */
  free?: number;
  /** Wait after the first attempt beyond `free`; doubles for each further one. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export interface CounterState {
  count: number;
  /** Epoch milliseconds. */
  windowStart: number;
  /** No attempt before this moment (epoch milliseconds). */
  nextAt: number;
}

export type LimitDecision = { allowed: true; next: CounterState } | { allowed: false; retryAfterMs: number };

/** How long the attempt after the `count`-th one in a window has to wait. */
export function delayAfter(count: number, rule: LimitRule): number {
  const free = rule.free ?? Number.POSITIVE_INFINITY;
  if (count < free || !rule.baseDelayMs) return 0;
  return Math.min(rule.maxDelayMs ?? Number.POSITIVE_INFINITY, rule.baseDelayMs * 2 ** Math.min(30, count - free));
}

export function decide(state: CounterState | null, rule: LimitRule, now: number): LimitDecision {
  if (!state || now - state.windowStart >= rule.windowMs) {
    return { allowed: true, next: { count: 1, windowStart: now, nextAt: now + delayAfter(1, rule) } };
  }
  if (state.count >= rule.max) return { allowed: false, retryAfterMs: state.windowStart + rule.windowMs - now };
  if (now < state.nextAt) return { allowed: false, retryAfterMs: state.nextAt - now };
  const count = state.count + 1;
  return { allowed: true, next: { count, windowStart: state.windowStart, nextAt: now + delayAfter(count, rule) } };
}

/**
 * A token bucket: `capacity` attempts at once, then `perSecond` on average. It refills while
 * nothing is asked of it, up to `capacity`.
 */
export interface RateRule {
  capacity: number;
  perSecond: number;
}

export interface Bucket {
  tokens: number;
  /** Epoch milliseconds of the last refill. */
  at: number;
}

export type RateDecision = { allowed: true; bucket: Bucket } | { allowed: false; bucket: Bucket; retryAfterMs: number };

export function takeToken(bucket: Bucket | null, rule: RateRule, now: number): RateDecision {
  const elapsed = bucket ? Math.max(0, now - bucket.at) : 0;
  const tokens = bucket ? Math.min(rule.capacity, bucket.tokens + (elapsed / 1000) * rule.perSecond) : rule.capacity;
  if (tokens >= 1) return { allowed: true, bucket: { tokens: tokens - 1, at: now } };
  return { allowed: false, bucket: { tokens, at: now }, retryAfterMs: Math.ceil(((1 - tokens) / rule.perSecond) * 1000) };
}

/** Whether a bucket left alone until `now` is full again (and need not be kept). */
export function isFull(bucket: Bucket, rule: RateRule, now: number): boolean {
  return bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * rule.perSecond >= rule.capacity;
}
