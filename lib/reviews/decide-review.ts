// What one rating does to a card, decided once for every store: the FSRS step, the leech
// rule, the undo snapshot and what the review adds to the study-day rollup. The SQLite and
// PostgreSQL adapters call this inside their transaction, on the row they read (and, on
// PostgreSQL, locked) there, so the two stores cannot decide differently.
import { isLeech, snapshot, type Rating, type Scheduler, type SrsCard } from '../srs';
import { studyDayCounts, type StudyDayIncrement } from '../progress';

/** A learner's stored progress on one card: the FSRS state plus the flags the app keeps. */
export interface StoredProgress extends SrsCard {
  suspended: boolean;
  leech: boolean;
}

export interface ReviewDecisionInput {
  /** null: the learner meets the card for the first time */
  before: StoredProgress | null;
  cardId: string;
  cardType: string;
  rating: Rating;
  now: Date;
  scheduler: Scheduler;
}

export interface ReviewDecision {
  before: SrsCard;
  after: SrsCard;
  elapsedDays: number;
  suspended: boolean;
  leech: boolean;
  /** what undo restores: the row as it was, or null when there was none */
  previous: string | null;
  studyDay: StudyDayIncrement;
}

export function decideReview({ before: stored, cardId, cardType, rating, now, scheduler }: ReviewDecisionInput): ReviewDecision {
  const before: SrsCard = stored ?? scheduler.newCard(now);
  const { card: after, elapsedDays } = scheduler.review(before, rating, now, cardId);
  const wasLeech = stored?.leech ?? false;
  const leech = wasLeech || isLeech(after.lapses);
  // A card that just became a leech leaves study until the learner looks at it again.
  const suspended = (stored?.suspended ?? false) || (leech && !wasLeech);
  return {
    before,
    after,
    elapsedDays,
    suspended,
    leech,
    previous: stored ? progressSnapshot(stored) : null,
    studyDay: studyDayCounts({
      rating,
      stateBefore: before.state,
      intervalBefore: stored ? stored.scheduledDays : 0,
      stabilityBefore: stored ? stored.stability : 0,
      stabilityAfter: after.stability,
      recognition: cardType === 'recognition',
    }),
  };
}

/** The undo record of a progress row: lib/srs's card snapshot plus the app's flags. */
export function progressSnapshot(p: StoredProgress): string {
  const card = JSON.parse(snapshot(p)) as Record<string, unknown>;
  return JSON.stringify({ ...card, suspended: p.suspended, leech: p.leech });
}
