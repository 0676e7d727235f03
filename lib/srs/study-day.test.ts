import { describe, expect, it } from 'vitest';
import { isValidTimeZone, nextStudyDayStart, studyDayKey, studyDayStart } from './index';

const at = (iso: string) => new Date(iso);

describe('study day in Asia/Almaty (UTC+5 since 2024-03-01)', () => {
  const tz = 'Asia/Almaty';

  it('starts at 04:00 local = 23:00 UTC the evening before', () => {
    const now = at('2026-11-27T10:00:00Z'); // 15:00 local
    expect(studyDayStart(now, tz, 4)).toEqual(at('2026-11-26T23:00:00Z'));
    expect(nextStudyDayStart(now, tz, 4)).toEqual(at('2026-11-27T23:00:00Z'));
    expect(studyDayKey(now, tz, 4)).toBe('2026-11-27');
  });

  it('studyDayKey flips exactly at 04:00 local', () => {
    expect(studyDayKey(at('2026-11-26T22:59:59.999Z'), tz, 4)).toBe('2026-11-26'); // 03:59:59.999 local
    expect(studyDayKey(at('2026-11-26T23:00:00Z'), tz, 4)).toBe('2026-11-27'); // 04:00 local
  });

  it('a 01:00 session still belongs to the previous study day', () => {
    const now = at('2026-11-26T20:00:00Z'); // 01:00 local on the 27th
    expect(studyDayKey(now, tz, 4)).toBe('2026-11-26');
    expect(studyDayStart(now, tz, 4)).toEqual(at('2026-11-25T23:00:00Z'));
    expect(nextStudyDayStart(now, tz, 4)).toEqual(at('2026-11-26T23:00:00Z'));
  });

  it('uses the old UTC+6 offset before the 2024 change and UTC+5 after', () => {
    expect(studyDayStart(at('2024-02-20T12:00:00Z'), tz, 4)).toEqual(at('2024-02-19T22:00:00Z'));
    expect(studyDayStart(at('2024-03-05T12:00:00Z'), tz, 4)).toEqual(at('2024-03-04T23:00:00Z'));
    // The study day of 29 Feb 2024 lasted 25 hours.
    const feb29 = at('2024-02-29T12:00:00Z');
    expect(nextStudyDayStart(feb29, tz, 4).getTime() - studyDayStart(feb29, tz, 4).getTime()).toBe(25 * 3_600_000);
  });
});

describe('study day in Europe/Berlin around DST', () => {
  const tz = 'Europe/Berlin';

  it('spring forward (29 Mar 2026): the study day is 23 hours', () => {
    const now = at('2026-03-28T12:00:00Z');
    expect(studyDayStart(now, tz, 4)).toEqual(at('2026-03-28T03:00:00Z')); // 04:00 CET
    expect(nextStudyDayStart(now, tz, 4)).toEqual(at('2026-03-29T02:00:00Z')); // 04:00 CEST
    expect(studyDayKey(at('2026-03-29T01:59:00Z'), tz, 4)).toBe('2026-03-28');
    expect(studyDayKey(at('2026-03-29T02:00:00Z'), tz, 4)).toBe('2026-03-29');
  });

  it('fall back (25 Oct 2026): the study day is 25 hours', () => {
    const now = at('2026-10-24T12:00:00Z');
    expect(studyDayStart(now, tz, 4)).toEqual(at('2026-10-24T02:00:00Z')); // 04:00 CEST
    expect(nextStudyDayStart(now, tz, 4)).toEqual(at('2026-10-25T03:00:00Z')); // 04:00 CET
    expect(studyDayKey(at('2026-10-25T02:59:00Z'), tz, 4)).toBe('2026-10-24');
    expect(studyDayKey(at('2026-10-25T03:00:00Z'), tz, 4)).toBe('2026-10-25');
  });

  it('a day start inside the skipped hour begins when clocks jump; in the repeated hour the first occurrence', () => {
    expect(studyDayStart(at('2026-03-29T12:00:00Z'), tz, 2)).toEqual(at('2026-03-29T01:00:00Z'));
    expect(studyDayStart(at('2026-10-25T12:00:00Z'), tz, 2)).toEqual(at('2026-10-25T00:00:00Z'));
  });
});

describe('study day in America/New_York', () => {
  it('follows EDT/EST', () => {
    expect(studyDayStart(at('2026-07-01T12:00:00Z'), 'America/New_York', 4)).toEqual(at('2026-07-01T08:00:00Z'));
    expect(studyDayStart(at('2026-12-01T12:00:00Z'), 'America/New_York', 4)).toEqual(at('2026-12-01T09:00:00Z'));
  });
});

describe('study day in UTC and fallbacks', () => {
  it('UTC with the default 04:00 start', () => {
    expect(studyDayStart(at('2026-05-10T03:59:00Z'), 'UTC', 4)).toEqual(at('2026-05-09T04:00:00Z'));
    expect(studyDayStart(at('2026-05-10T04:00:00Z'), 'UTC', 4)).toEqual(at('2026-05-10T04:00:00Z'));
    expect(nextStudyDayStart(at('2026-05-10T04:00:00Z'), 'UTC', 4)).toEqual(at('2026-05-11T04:00:00Z'));
    expect(studyDayKey(at('2026-12-31T23:00:00Z'), 'UTC', 4)).toBe('2026-12-31');
    expect(studyDayKey(at('2027-01-01T03:59:00Z'), 'UTC', 4)).toBe('2026-12-31');
  });

  it('midnight day start', () => {
    expect(studyDayStart(at('2026-05-10T00:00:00Z'), 'UTC', 0)).toEqual(at('2026-05-10T00:00:00Z'));
    expect(studyDayKey(at('2026-05-09T23:59:59Z'), 'UTC', 0)).toBe('2026-05-09');
  });

  it('invalid time zones fall back to UTC', () => {
    expect(isValidTimeZone('Asia/Almaty')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    const now = at('2026-05-10T12:00:00Z');
    expect(studyDayStart(now, 'Mars/Olympus', 4)).toEqual(studyDayStart(now, 'UTC', 4));
  });

  it('clamps a bad day-start hour instead of failing', () => {
    const now = at('2026-05-10T12:00:00Z');
    expect(studyDayStart(now, 'UTC', 30)).toEqual(studyDayStart(now, 'UTC', 23));
    expect(studyDayStart(now, 'UTC', -2)).toEqual(studyDayStart(now, 'UTC', 0));
    expect(studyDayStart(now, 'UTC', Number.NaN)).toEqual(studyDayStart(now, 'UTC', 4));
  });
});
