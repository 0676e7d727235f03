import { describe, expect, it } from 'vitest';
import { decide, delayAfter, type CounterState, type LimitRule } from './index';

function attempts(rule: LimitRule, times: number[]): boolean[] {
  let state: CounterState | null = null;
  return times.map((t) => {
    const d = decide(state, rule, t);
    if (d.allowed) state = d.next;
    return d.allowed;
  });
}

describe('decide', () => {
  it('caps attempts in a window and starts again when it ends', () => {
    const rule = { windowMs: 1000, max: 3 };
    expect(attempts(rule, [0, 1, 2, 3, 999, 1000, 1001])).toEqual([true, true, true, false, false, true, true]);
    const d = decide({ count: 3, windowStart: 0, nextAt: 0 }, rule, 400);
    expect(d).toEqual({ allowed: false, retryAfterMs: 600 });
  });

  it('lets the free attempts through at once, then doubles the wait up to the ceiling', () => {
    const rule = { windowMs: 3_600_000, max: 1000, free: 3, baseDelayMs: 1000, maxDelayMs: 4000 };
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => delayAfter(n, rule))).toEqual([0, 0, 1000, 2000, 4000, 4000, 4000]);
    // Three at once; the fourth waits 1 s after the third, the fifth 2 s after the fourth.
    expect(attempts(rule, [0, 1, 2, 500, 1002, 1003, 2500, 3003])).toEqual([true, true, true, false, true, false, false, true]);
  });

  it('does not start a new window when another server’s clock is a little behind', () => {
    const rule = { windowMs: 1000, max: 1 };
    expect(decide({ count: 1, windowStart: 100, nextAt: 100 }, rule, 90).allowed).toBe(false);
  });
});
