import { describe, expect, it } from 'vitest';
import { decide, delayAfter, isFull, takeToken, type Bucket, type CounterState, type LimitRule } from './index';

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

describe('takeToken', () => {
  const rule = { capacity: 3, perSecond: 2 };
  const drain = (from: Bucket | null, n: number, now: number) => {
    let b = from;
    const allowed: boolean[] = [];
    for (let i = 0; i < n; i++) {
      const d = takeToken(b, rule, now);
      allowed.push(d.allowed);
      b = d.bucket;
    }
    return { allowed, bucket: b! };
  };

  it('lets a burst of `capacity` through at once, then refuses and says how long until the next token', () => {
    const { allowed, bucket } = drain(null, 4, 1_000);
    expect(allowed).toEqual([true, true, true, false]);
    const refused = takeToken(bucket, rule, 1_000);
    expect(refused).toMatchObject({ allowed: false, retryAfterMs: 500 });
    expect(takeToken(bucket, rule, 1_250)).toMatchObject({ allowed: false, retryAfterMs: 250 });
  });

  it('refills at `perSecond`, never beyond `capacity`', () => {
    const empty = drain(null, 3, 0).bucket;
    expect(takeToken(empty, rule, 499).allowed).toBe(false);
    expect(takeToken(empty, rule, 500).allowed).toBe(true);
    // A long rest gives a full bucket back, not more.
    expect(drain(empty, 4, 60_000).allowed).toEqual([true, true, true, false]);
    expect(isFull(empty, rule, 1_499)).toBe(false);
    expect(isFull(empty, rule, 1_500)).toBe(true);
  });

  it('a refusal does not consume: steady requests at the rate all pass after the burst', () => {
    let b = drain(null, 3, 0).bucket;
    const passed: boolean[] = [];
    for (let t = 500; t <= 5_000; t += 500) {
      const d = takeToken(b, rule, t);
      passed.push(d.allowed);
      b = d.bucket;
    }
    expect(passed.every(Boolean)).toBe(true);
  });
});
