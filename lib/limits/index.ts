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
