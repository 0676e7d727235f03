// The counters against a real database: exact under simultaneous attempts, refunds, resets.
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { clearCounter, consumeAttempt, counterKey, refundAttempt } = await import('./attempt-counters');

afterAll(async () => {
  await testDb.cleanup();
});

const allowed = (rs: { allowed: boolean }[]) => rs.filter((r) => r.allowed).length;

describe('attempt counters', () => {
  it('count a capped window exactly, however many attempts arrive at once', async () => {
    const rule = { windowMs: 60_000, max: 10 };
    const now = new Date('2026-01-01T10:00:00Z');
    const key = counterKey('test-cap', 'a');
    const first = await Promise.all(Array.from({ length: 50 }, () => consumeAttempt(key, rule, now)));
    expect(allowed(first)).toBe(10);
    expect((await db.attemptCounter.findUniqueOrThrow({ where: { key } })).count).toBe(10);
    // A new window starts after windowMs.
    expect((await consumeAttempt(key, rule, new Date(now.getTime() + 60_000))).allowed).toBe(true);
  });

  it('give an attempt back, and start afresh when cleared', async () => {
    const rule = { windowMs: 60_000, max: 1 };
    const now = new Date('2026-01-01T10:00:00Z');
    const key = counterKey('test-refund', 'a');
    const r = await consumeAttempt(key, rule, now);
    if (!r.allowed) throw new Error('refused');
    expect((await consumeAttempt(key, rule, now)).allowed).toBe(false);
    await refundAttempt(r.reservation);
    expect((await consumeAttempt(key, rule, now)).allowed).toBe(true);
    await clearCounter(key);
    expect((await consumeAttempt(key, rule, now)).allowed).toBe(true);
  });

  it('let no simultaneous attempts past a delay', async () => {
    const rule = { windowMs: 3_600_000, max: 1000, free: 3, baseDelayMs: 60_000, maxDelayMs: 60_000 };
    const now = new Date('2026-01-01T10:00:00Z');
    const key = counterKey('test-delay', 'a');
    const burst = await Promise.all(Array.from({ length: 20 }, () => consumeAttempt(key, rule, now)));
    expect(allowed(burst)).toBeGreaterThanOrEqual(1);
    expect(allowed(burst)).toBeLessThanOrEqual(3);
    const refused = burst.find((r) => !r.allowed) as { retryAfterMs: number } | undefined;
    expect(refused?.retryAfterMs).toBeGreaterThan(0);
  });

  it('keep what is counted out of the key', () => {
    const key = counterKey('sign-in-account', 'victim@example.test', '198.51.100.7');
    expect(key).toMatch(/^sign-in-account:[\w-]{32}$/);
    expect(key).not.toContain('victim');
  });
});
