import { describe, expect, it } from 'vitest';
import { studyDayKey } from '@/lib/srs';
import {
  addDays, dayKey, dayNumber, daysBetween, dueForecast, weekdayOf, knownOverTime, retentionByPeriod, retentionOver, reviewCalendar, rollUpReviews,
  classSummary, sortStudents, streaks, studentsCsv, studyDayCounts, totalsBetween, type LoggedReview, type StudentRow,
} from './index';

const review = (over: Partial<LoggedReview>): LoggedReview => ({
  day: '2026-03-10', durationMs: 1000, rating: 3, stateBefore: 2, intervalBefore: 5, stabilityBefore: 5, stabilityAfter: 8,
  recognition: true, ...over,
});

describe('day keys', () => {
  it('counts calendar days, across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2025-12-31', '2026-03-01')).toBe(60);
  });
});

describe('studyDayCounts', () => {
  it('splits review-state reviews young / mature by the interval before the review', () => {
    expect(studyDayCounts(review({ intervalBefore: 20, rating: 2 }))).toMatchObject({ youngTotal: 1, youngPassed: 1, matureTotal: 0 });
    expect(studyDayCounts(review({ intervalBefore: 21, rating: 1 }))).toMatchObject({ youngTotal: 0, matureTotal: 1, maturePassed: 0 });
  });
  it('ignores learning and relearning reviews for retention, counts first reviews as new', () => {
    expect(studyDayCounts(review({ stateBefore: 1 }))).toMatchObject({ youngTotal: 0, matureTotal: 0, newCards: 0 });
    expect(studyDayCounts(review({ stateBefore: 3, intervalBefore: 40 }))).toMatchObject({ matureTotal: 0 });
    expect(studyDayCounts(review({ stateBefore: 0 }))).toMatchObject({ newCards: 1, youngTotal: 0 });
  });
  it('counts a recognition card crossing 21 days of stability as a known word, and falling back as one less', () => {
    expect(studyDayCounts(review({ stabilityBefore: 15, stabilityAfter: 21 })).knownDelta).toBe(1);
    expect(studyDayCounts(review({ stabilityBefore: 30, stabilityAfter: 4 })).knownDelta).toBe(-1);
    expect(studyDayCounts(review({ stabilityBefore: 30, stabilityAfter: 40 })).knownDelta).toBe(0);
    expect(studyDayCounts(review({ stabilityBefore: 15, stabilityAfter: 21, recognition: false })).knownDelta).toBe(0);
  });
});

describe('retention', () => {
  const rollup = rollUpReviews([
    review({ day: '2026-03-10', intervalBefore: 3, rating: 3 }),
    review({ day: '2026-03-10', intervalBefore: 3, rating: 1 }),
    review({ day: '2026-03-10', intervalBefore: 30, rating: 4 }),
    review({ day: '2026-03-05', intervalBefore: 30, rating: 1 }),
    review({ day: '2026-02-20', intervalBefore: 30, rating: 3 }),
    review({ day: '2025-03-11', intervalBefore: 2, rating: 3 }),
    review({ day: '2025-03-10', intervalBefore: 2, rating: 1 }), // 366 days back: outside the year
    review({ day: '2026-03-10', stateBefore: 1, rating: 1 }), // learning: not counted
  ]);
  it('is the share of passed review-state reviews, young and mature apart', () => {
    const today = retentionOver(rollup, '2026-03-10', 1);
    expect(today.young).toEqual({ passed: 1, total: 2, rate: 0.5 });
    expect(today.mature).toEqual({ passed: 1, total: 1, rate: 1 });
    expect(today.all.rate).toBeCloseTo(2 / 3);
  });
  it('covers today, 7, 30 and 365 study days', () => {
    const r = retentionByPeriod(rollup, '2026-03-10');
    expect(r.week.mature).toEqual({ passed: 1, total: 2, rate: 0.5 });
    expect(r.month.mature).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
    expect(r.year.young).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
  });
  it('has no rate without reviews', () => {
    expect(retentionOver([], '2026-03-10', 30).all).toEqual({ passed: 0, total: 0, rate: null });
  });
});

describe('streaks', () => {
  it('counts the current streak up to today, or yesterday while today is open', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-08', '2026-03-09'];
    expect(streaks(days, '2026-03-10')).toEqual({ current: 2, longest: 3 });
    expect(streaks([...days, '2026-03-10'], '2026-03-10')).toEqual({ current: 3, longest: 3 });
    expect(streaks(days, '2026-03-11')).toEqual({ current: 0, longest: 3 });
    expect(streaks([], '2026-03-11')).toEqual({ current: 0, longest: 0 });
  });

  it("follows the learner's time zone and day start, not UTC dates", () => {
    // Almaty is UTC+5; the study day starts at 04:00 local.
    const tz = 'Asia/Almaty';
    const instants = [
      '2026-03-08T23:30:00Z', // 04:30 on 9 March local → study day 9 March (UTC date: 8 March)
      '2026-03-09T22:30:00Z', // 03:30 on 10 March local → still study day 9 March
      '2026-03-10T00:00:00Z', // 05:00 on 10 March local → study day 10 March (UTC date: 10 March)
      '2026-03-10T22:59:00Z', // 03:59 on 11 March → study day 10 March
    ];
    const localDays = instants.map((i) => studyDayKey(new Date(i), tz, 4));
    expect(localDays).toEqual(['2026-03-09', '2026-03-09', '2026-03-10', '2026-03-10']);
    expect(streaks(localDays, studyDayKey(new Date('2026-03-10T22:59:00Z'), tz, 4))).toEqual({ current: 2, longest: 2 });
    // By UTC dates the same reviews would be 8, 9, 10 March: a streak of 3 — wrong.
    const utcDays = instants.map((i) => i.slice(0, 10));
    expect(streaks(utcDays, '2026-03-10').current).toBe(3);
    // Across midnight UTC in New York (UTC-5 in winter): 19:00 and 20:00 local are the same study day.
    const ny = ['2026-01-15T23:59:00Z', '2026-01-16T01:00:00Z'].map((i) => studyDayKey(new Date(i), 'America/New_York', 4));
    expect(new Set(ny).size).toBe(1);
  });
});

describe('calendar and totals', () => {
  const rollup = rollUpReviews([
    review({ day: '2026-03-10', durationMs: 5000 }),
    review({ day: '2026-03-10', stateBefore: 0, durationMs: 2000 }),
    review({ day: '2026-03-01' }),
    review({ day: '2024-01-01' }),
  ]);
  it('lays the last year out in Monday-first weeks ending today', () => {
    const weeks = reviewCalendar(rollup, '2026-03-10');
    const cells = weeks.flat();
    expect(cells[0]!.day <= addDays('2026-03-10', -364)).toBe(true);
    expect(cells.at(-1)).toMatchObject({ day: '2026-03-10', reviews: 2 });
    expect(weeks.slice(0, -1).every((w) => w.length === 7)).toBe(true);
    expect(cells.find((c) => c.day === '2026-03-01')?.reviews).toBe(1);
    expect(cells.find((c) => c.day === '2026-03-02')?.level).toBe(0);
    expect(cells.find((c) => c.day === '2026-03-10')?.level).toBe(4);
    expect(new Date(`${cells[0]!.day}T00:00:00Z`).getUTCDay()).toBe(1);
  });
  it('sums reviews, new cards and time', () => {
    expect(totalsBetween(rollup, '2026-03-10', '2026-03-10')).toEqual({ reviews: 2, newCards: 1, durationMs: 7000 });
  });
  it('accumulates known words over time', () => {
    const r = rollUpReviews([
      review({ day: '2025-01-01', stabilityBefore: 10, stabilityAfter: 25 }),
      review({ day: '2026-03-01', stabilityBefore: 10, stabilityAfter: 25 }),
      review({ day: '2026-03-05', stabilityBefore: 25, stabilityAfter: 3 }),
      review({ day: '2026-03-09', stabilityBefore: 10, stabilityAfter: 30 }),
    ]);
    const points = knownOverTime(r, '2026-03-10', 10, 1);
    expect(points).toHaveLength(10);
    expect(points[0]).toEqual({ day: '2026-03-01', known: 2 });
    expect(points.find((p) => p.day === '2026-03-05')?.known).toBe(1);
    expect(points.at(-1)).toEqual({ day: '2026-03-10', known: 2 });
    expect(knownOverTime(r, '2026-03-10', 365, 7).at(-1)?.day).toBe('2026-03-10');
  });
});

describe('dueForecast', () => {
  it("buckets due instants into the learner's study days, overdue into today", () => {
    const now = new Date('2026-03-10T06:00:00Z'); // 11:00 in Almaty, study day 10 March
    const due = [
      '2026-03-01T00:00:00Z', // overdue → today
      '2026-03-10T22:00:00Z', // 03:00 on 11 March local → still today's study day
      '2026-03-10T23:00:00Z', // 04:00 on 11 March local → tomorrow
      '2026-03-12T10:00:00Z', // day 3
      '2026-06-01T00:00:00Z', // beyond 30 days: not counted
    ].map((s) => Date.parse(s));
    const f = dueForecast(due, now, 'Asia/Almaty', 4, 30);
    expect(f).toHaveLength(30);
    expect(f[0]).toEqual({ day: '2026-03-10', due: 2 });
    expect(f[1]).toEqual({ day: '2026-03-11', due: 1 });
    expect(f[2]).toEqual({ day: '2026-03-12', due: 1 });
    expect(f.reduce((s, d) => s + d.due, 0)).toBe(4);
    expect(f[29]!.day).toBe('2026-04-08');
  });
  it('keeps study days whole across a DST change', () => {
    const now = new Date('2026-03-07T12:00:00Z'); // New York, DST starts 8 March 2026
    const f = dueForecast([Date.parse('2026-03-09T07:59:00Z'), Date.parse('2026-03-09T08:00:00Z')], now, 'America/New_York', 4, 5);
    // 03:59 and 04:00 EDT on 9 March
    expect(f.map((d) => d.due)).toEqual([0, 1, 1, 0, 0]);
  });
});

describe('students', () => {
  const row = (over: Partial<StudentRow>): StudentRow => ({
    userId: over.name ?? 'u', name: 'u', email: 'u@x', lastStudied: null, lastStudiedDaysAgo: null, reviews7d: 0, retention30d: null, wordsKnown: 0, dueBacklog: 0, ...over,
  });
  const rows = [
    row({ name: 'Ақжол', reviews7d: 5, retention30d: 0.8, lastStudied: '2026-03-09' }),
    row({ name: 'Бибігүл', reviews7d: 50, retention30d: null }),
    row({ name: 'Асан', reviews7d: 5, retention30d: 0.95, lastStudied: '2026-03-10' }),
  ];
  it('sorts either way with missing values last and names breaking ties', () => {
    expect(sortStudents(rows, 'reviews7d', 'desc').map((r) => r.name)).toEqual(['Бибігүл', ...['Асан', 'Ақжол'].sort((a, b) => a.localeCompare(b))]);
    expect(sortStudents(rows, 'retention30d', 'asc').map((r) => r.name)).toEqual(['Ақжол', 'Асан', 'Бибігүл']);
    expect(sortStudents(rows, 'retention30d', 'desc').map((r) => r.name)).toEqual(['Асан', 'Ақжол', 'Бибігүл']);
    expect(sortStudents(rows, 'lastStudied', 'desc').map((r) => r.name)).toEqual(['Асан', 'Ақжол', 'Бибігүл']);
  });
  it('writes CSV with quoting and no formula injection', () => {
    const csv = studentsCsv([row({ name: '=HYPERLINK("x")', email: 'a,b@x', retention30d: 0.912345 })], {
      name: 'Name', email: 'Email', lastStudied: 'Last', reviews7d: 'R7', retention30d: 'Ret', wordsKnown: 'Known', dueBacklog: 'Due',
    });
    expect(csv).toBe('Name,Email,Last,R7,Ret,Known,Due\r\n"\'=HYPERLINK(""x"")","a,b@x",,0,0.9123,0,0\r\n');
  });
});

describe('day numbers', () => {
  it('round-trips every day of several centuries and agrees with Date', () => {
    for (let n = -200_000; n < 200_000; n += 37) {
      const key = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(dayKey(n)).toBe(key);
      expect(dayNumber(key)).toBe(n);
    }
    expect(weekdayOf('2026-11-23')).toBe(0);
    expect(weekdayOf('2026-11-29')).toBe(6);
  });
});

describe('studyDayEnds', () => {
  it('gives the same boundaries as stepping nextStudyDayStart, with and without DST', async () => {
    const { nextStudyDayStart } = await import('@/lib/srs');
    const { studyDayEnds } = await import('./index');
    for (const [tz, at] of [['Asia/Almaty', '2026-03-10T06:00:00Z'], ['America/New_York', '2026-02-20T12:00:00Z'], ['Europe/Berlin', '2026-10-10T12:00:00Z'], ['Asia/Almaty', '2024-02-15T12:00:00Z']] as const) {
      const slow: Date[] = [];
      let cursor = new Date(at);
      for (let i = 0; i < 30; i++) slow.push((cursor = nextStudyDayStart(cursor, tz, 4)));
      expect(studyDayEnds(new Date(at), tz, 4, 30)).toEqual(slow);
    }
  });
});

describe('class summary', () => {
  const row = (userId: string, reviews7d: number, wordsKnown: number) => ({ userId, name: userId, email: `${userId}@x`, lastStudied: null, lastStudiedDaysAgo: null, reviews7d, retention30d: null, wordsKnown, dueBacklog: 0 });
  it('counts students, who studied this week, their reviews and the average known', () => {
    expect(classSummary([row('a', 14, 10), row('b', 0, 3), row('c', 6, 2)])).toEqual({ students: 3, activeThisWeek: 2, reviews7d: 20, averageKnown: 5 });
    expect(classSummary([])).toEqual({ students: 0, activeThisWeek: 0, reviews7d: 0, averageKnown: 0 });
  });
});
