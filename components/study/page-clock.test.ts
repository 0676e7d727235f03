import { describe, expect, it } from 'vitest';
import { clockOffset, CLOCK_TOLERANCE_MS } from './page-clock';

const at = (ms: number) => new Date(ms).toISOString();
const T = Date.UTC(2026, 11, 3, 12, 0, 0);

describe('the study page clock', () => {
  it('leaves a device clock alone that agrees with the server within the tolerance', () => {
    expect(clockOffset(0, at(T), T + 900)).toBe(0);
    expect(clockOffset(0, at(T), T - CLOCK_TOLERANCE_MS)).toBe(0);
  });

  it('corrects a device clock that runs ten minutes fast, and one a month slow', () => {
    expect(clockOffset(0, at(T), T + 10 * 60_000)).toBe(-10 * 60_000);
    expect(clockOffset(0, at(T), T - 31 * 86_400_000)).toBe(31 * 86_400_000);
  });

  it('keeps its correction through small delays, and follows the clock when it is set right again', () => {
    const fast = clockOffset(0, at(T), T + 10 * 60_000);
    expect(clockOffset(fast, at(T + 5_000), T + 5_000 + 10 * 60_000 + 700)).toBe(fast);
    expect(clockOffset(fast, at(T + 9_000), T + 9_400)).toBe(0);
  });

  it('ignores a step whose time it cannot read', () => {
    expect(clockOffset(-600_000, 'not a time', T)).toBe(-600_000);
  });
});
