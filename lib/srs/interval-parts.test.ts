import { describe, expect, it } from 'vitest';
import { intervalParts } from './index';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe('intervalParts', () => {
  it.each([
    [0, 0, 'minute'],
    [-5 * MIN, 0, 'minute'],
    [Number.NaN, 0, 'minute'],
    [1, 1, 'minute'],
    [30 * S, 1, 'minute'],
    [90 * S, 2, 'minute'],
    [10 * MIN, 10, 'minute'],
    [59 * MIN, 59, 'minute'],
    [59.6 * MIN, 1, 'hour'],
    [90 * MIN, 1.5, 'hour'],
    [5 * H, 5, 'hour'],
    [23.97 * H, 1, 'day'],
    [D, 1, 'day'],
    [3 * D + 5 * H, 3, 'day'],
    [29 * D, 29, 'day'],
    [29.6 * D, 1, 'month'],
    [45 * D, 1.5, 'month'],
    [200 * D, 6.6, 'month'],
    [364 * D, 1, 'year'],
    [548 * D, 1.5, 'year'],
    [36500 * D, 99.9, 'year'],
  ] as const)('%d ms → %d %s', (ms, value, unit) => {
    expect(intervalParts(ms)).toEqual({ value, unit });
  });
});
