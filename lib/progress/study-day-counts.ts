// What one review adds to its learner's study-day rollup, and the rollup of a whole log.
// Both the review hot path (incrementally) and the rebuild (from the raw log) use these,
// so the two cannot disagree.

/** Interval (days) from which a card in review state counts as mature, as in Anki. */
/**
 * The most study time a day counts, in ms: what a 32-bit column holds (PostgreSQL's StudyDay),
 * some 24 days. No learner reaches it; a client that sends 24-hour durations would, and a
 * rollup that overflowed would refuse every later review of that day. Sums stop here.
 */
export const MAX_DAY_DURATION_MS = 2 ** 31 - 1;

export const MATURE_INTERVAL_DAYS = 21;
/** A word is known when its recognition card's stability reaches this many days. */
export const KNOWN_STABILITY_DAYS = 21;
/** ts-fsrs State codes. */
export const STATE_NEW = 0;
export const STATE_REVIEW = 2;
/**
 * ts-fsrs `Rating.Manual`: a log row the learner did not answer but wrote by acting on the card
 * (reset, "I know this" in the card browser). It keeps the log the history of the card's memory
 * state, so a rebuild reads the same stabilities the review path saw, but it is no review: it
 * counts towards nothing but the known words.
 */
export const MANUAL_RATING = 0;

export interface ReviewFacts {
  rating: number;
  stateBefore: number;
  /** the interval scheduled before this review (the card's scheduledDays going in) */
  intervalBefore: number;
  stabilityBefore: number;
  stabilityAfter: number;
  /** whether the card is the recognition card of its word */
  recognition: boolean;
}

export interface StudyDayIncrement {
  newCards: number;
  youngTotal: number;
  youngPassed: number;
  matureTotal: number;
  maturePassed: number;
  knownDelta: number;
}

export interface StudyDayCounts extends StudyDayIncrement {
  day: string;
  reviews: number;
  durationMs: number;
}

export function studyDayCounts(r: ReviewFacts): StudyDayIncrement {
  const knownDelta = r.recognition ? Number(r.stabilityAfter >= KNOWN_STABILITY_DAYS) - Number(r.stabilityBefore >= KNOWN_STABILITY_DAYS) : 0;
  if (r.rating === MANUAL_RATING) return { newCards: 0, youngTotal: 0, youngPassed: 0, matureTotal: 0, maturePassed: 0, knownDelta };
  const inReview = r.stateBefore === STATE_REVIEW;
  const mature = r.intervalBefore >= MATURE_INTERVAL_DAYS;
  const passed = r.rating > 1;
  return {
    newCards: r.stateBefore === STATE_NEW ? 1 : 0,
    youngTotal: inReview && !mature ? 1 : 0,
    youngPassed: inReview && !mature && passed ? 1 : 0,
    matureTotal: inReview && mature ? 1 : 0,
    maturePassed: inReview && mature && passed ? 1 : 0,
    knownDelta,
  };
}

export interface LoggedReview extends ReviewFacts {
  /** study-day key of the review (lib/srs studyDayKey of its server time) */
  day: string;
  durationMs: number;
}

/**
 * The rollup of a log, by day ascending: one entry per study day with at least one review, or
 * with manual rows that changed the known words (a day of manual rows netting nothing is none).
 */
export function rollUpReviews(reviews: Iterable<LoggedReview>): StudyDayCounts[] {
  const days = new Map<string, StudyDayCounts>();
  for (const r of reviews) {
    let d = days.get(r.day);
    if (!d) {
      d = { day: r.day, reviews: 0, newCards: 0, durationMs: 0, youngTotal: 0, youngPassed: 0, matureTotal: 0, maturePassed: 0, knownDelta: 0 };
      days.set(r.day, d);
    }
    const inc = studyDayCounts(r);
    if (r.rating !== MANUAL_RATING) d.reviews += 1;
    d.durationMs = Math.min(d.durationMs + r.durationMs, MAX_DAY_DURATION_MS);
    d.newCards += inc.newCards;
    d.youngTotal += inc.youngTotal;
    d.youngPassed += inc.youngPassed;
    d.matureTotal += inc.matureTotal;
    d.maturePassed += inc.maturePassed;
    d.knownDelta += inc.knownDelta;
  }
  return [...days.values()].filter((d) => !isEmptyStudyDay(d)).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** A study day with nothing counted: as if never studied (the stores delete such rows). */
export function isEmptyStudyDay(d: Pick<StudyDayCounts, 'reviews' | 'knownDelta'>): boolean {
  return d.reviews <= 0 && d.knownDelta === 0;
}
