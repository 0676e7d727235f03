import { describe, expect, it } from 'vitest';
import { isEmptyStudyDay, MANUAL_RATING, rollUpReviews, studyDayCounts, type LoggedReview } from './index';

const row = (over: Partial<LoggedReview>): LoggedReview => ({
  day: '2026-05-04', durationMs: 0, rating: 3, stateBefore: 2, intervalBefore: 5, stabilityBefore: 5, stabilityAfter: 8, recognition: true, ...over,
});

describe('manual log rows (reset, "I know this")', () => {
  it('count towards the known words only', () => {
    expect(studyDayCounts(row({ rating: MANUAL_RATING, stabilityBefore: 30, stabilityAfter: 0 }))).toEqual({
      newCards: 0, youngTotal: 0, youngPassed: 0, matureTotal: 0, maturePassed: 0, knownDelta: -1,
    });
    expect(studyDayCounts(row({ rating: MANUAL_RATING, stateBefore: 0, stabilityBefore: 0, stabilityAfter: 60 })).knownDelta).toBe(1);
  });

  it('make no review in the rollup, and a day of them netting nothing is no study day', () => {
    const days = rollUpReviews([
      row({ day: '2026-05-04' }),
      row({ day: '2026-05-04', rating: MANUAL_RATING, stabilityBefore: 8, stabilityAfter: 60 }),
      row({ day: '2026-05-05', rating: MANUAL_RATING, stabilityBefore: 0, stabilityAfter: 60 }),
      row({ day: '2026-05-05', rating: MANUAL_RATING, stabilityBefore: 60, stabilityAfter: 0 }),
      row({ day: '2026-05-06', rating: MANUAL_RATING, stabilityBefore: 60, stabilityAfter: 0 }),
    ]);
    expect(days.map((d) => [d.day, d.reviews, d.youngTotal, d.knownDelta])).toEqual([['2026-05-04', 1, 1, 1], ['2026-05-06', 0, 0, -1]]);
    expect(isEmptyStudyDay({ reviews: 0, knownDelta: 0 })).toBe(true);
    expect(isEmptyStudyDay({ reviews: 0, knownDelta: -1 })).toBe(false);
  });
});
