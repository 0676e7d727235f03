import { buriedBySibling, newCardsLeft, reviewsLeft } from './daily-limits';
import { learnAheadOffer } from './learn-ahead';
import type { CardStateCode } from './types';

export interface QueueCard {
  cardId: string;
  noteId: string;
  sortOrder: number;
  progress: null | { state: CardStateCode; due: Date; suspended: boolean; lastReview: Date | null };
  /**
   * A new card the learner asked to study ("study this word" in the reader): the day's new
   * cards start with these, the latest asked first, and the day's new-card limit does not hold
   * them back (the learner asked for this one). Siblings still wait for another day.
   */
  requestedAt?: Date | null;
}

export interface QueueInput {
  now: Date;
  /** From studyDayStart(). */
  dayStart: Date;
  /**
   * From nextStudyDayStart(). Optional: defaults to dayStart + 24h, which is an hour off
   * on DST-change days; pass it when you have it.
   */
  dayEnd?: Date;
  /** Every active card of the deck, with the learner's progress if any. */
  cards: QueueCard[];
  /** New cards of this deck first reviewed since dayStart (the deck's limit, and rule 5's pace). */
  newIntroducedToday: number;
  /** New cards first reviewed since dayStart in all decks (the overall limit); default: newIntroducedToday. */
  newIntroducedTodayAllDecks?: number;
  /** The learner's overall new-card limit, across decks. Default 20 (DEFAULT_NEW_PER_DAY). */
  newPerDay: number;
  /** The learner's own new-card limit for this deck; null or absent: only newPerDay holds. */
  deckNewPerDay?: number | null;
  /** Reviews of this deck's cards in Review state since dayStart (learning steps and first views of new cards not included); rule 5's pace. */
  reviewsDoneToday: number;
  /** The same in all decks (the cap); default: reviewsDoneToday. */
  reviewsDoneTodayAllDecks?: number;
  /** The learner's daily review cap, across decks; null: no cap (the default). */
  reviewsPerDay: number | null;
  /** Default 20 minutes. */
  learnAheadMs?: number;
  /**
   * Notes with a card reviewed since dayStart, for the sibling rule, when `cards` holds only
   * the cards that can be shown (the server reads them from today's log instead).
   */
  reviewedTodayNotes?: Iterable<string>;
}

export interface Queue {
  /** cardId to show now. */
  next: string | null;
  /** What remains today. */
  counts: { new: number; learning: number; review: number };
  /** When something next becomes due; only set when `next` is null. */
  nextDueAt: Date | null;
  /**
   * Set when `next` is a learning card shown ahead of time (rule 7): when it is really due,
   * so the page can say so and wait. Null for a card that is due.
   */
  aheadUntil: Date | null;
}

export const DEFAULT_NEW_PER_DAY = 20;
export const DEFAULT_LEARN_AHEAD_MS = 20 * 60_000;

const DAY_MS = 86_400_000;

/**
 * Queue policy — what to show next and what is left for today.
 *
 * 1. Suspended cards never appear, in any count or in nextDueAt.
 * 2. Learning/relearning cards (state 1/3) with due <= now come first, earliest due first:
 *    their steps are minutes long and lose their point if postponed.
 * 3. Review cards (state 2) are due for the whole study day: due < dayEnd (or due <= now).
 *    Earliest due first; at most reviewsPerDay - reviewsDoneTodayAllDecks of them (no cap when
 *    reviewsPerDay is null). Learning steps are never capped (daily-limits.ts reviewsLeft).
 * 4. New cards (no progress, or state 0) in sortOrder, at most what is left of the overall
 *    limit (all decks) and of the deck's own limit, if any (daily-limits.ts newCardsLeft).
 *    Cards the learner asked for (requestedAt) come first and may go past the limit.
 * 5. New cards are interleaved with reviews: one new card after every N reviews, with
 *    N = max(1, floor(reviews today / new today)), where "today" = done + remaining, so N
 *    stays the same through the session instead of drifting as cards are answered.
 *    The next card is new once reviewsDoneToday >= (newIntroducedToday + 1) * N.
 *    When one kind runs out, the other continues alone.
 * 6. Siblings (cards of the same note) — so one answer does not give away the other:
 *    - a new card is not introduced if another card of its note was reviewed today
 *      (progress.lastReview >= dayStart), or is due today (learning or review), or an
 *      earlier (by sortOrder) new card of the note is being introduced today;
 *    - a review card whose sibling was reviewed today is buried until the next study day
 *      (not shown, not counted; nextDueAt says dayEnd).
 *    Learning cards are never held back by siblings (daily-limits.ts buriedBySibling).
 * 7. If nothing else is left today, a learning card due within learnAheadMs may be shown
 *    early (learnAheadOffer), with its due time in aheadUntil so the page says so.
 * 8. Otherwise next = null and nextDueAt = the earliest time a non-new card becomes
 *    showable: learning due, review due (>= dayEnd), or — for reviews held back by the
 *    review cap or buried by a sibling — dayEnd. New cards are left out of nextDueAt.
 *
 * Counts: learning = learning cards due before dayEnd (includes ones due later today);
 * review = reviews that will still be shown today (within the cap, buried siblings left out);
 * new = min(new limit left, new cards available under rule 6).
 * Ties are broken by sortOrder, then cardId, so the queue is deterministic.
 */
export function buildQueue(input: QueueInput): Queue {
  const now = input.now.getTime();
  const dayStart = input.dayStart.getTime();
  const dayEnd = input.dayEnd ? input.dayEnd.getTime() : dayStart + DAY_MS;
  const learnAheadMs = nonNegative(input.learnAheadMs ?? DEFAULT_LEARN_AHEAD_MS);
  const newLeft = newCardsLeft({
    newPerDay: input.newPerDay,
    newIntroducedTodayAllDecks: input.newIntroducedTodayAllDecks ?? input.newIntroducedToday,
    deckNewPerDay: input.deckNewPerDay,
    deckNewIntroducedToday: input.newIntroducedToday,
  });
  const reviewLeft = reviewsLeft(input.reviewsPerDay, input.reviewsDoneTodayAllDecks ?? input.reviewsDoneToday);

  const reviewedToday = new Map<string, Set<string>>(); // noteId → cardIds reviewed today
  // A note reviewed today without its card at hand: a sibling of any card of it ('' is no card).
  for (const noteId of input.reviewedTodayNotes ?? []) reviewedToday.set(noteId, new Set(['']));
  const dueToday = new Map<string, Set<string>>(); // noteId → cardIds (learning/review) due today
  const add = (map: Map<string, Set<string>>, card: QueueCard) => {
    const set = map.get(card.noteId) ?? new Set<string>();
    set.add(card.cardId);
    map.set(card.noteId, set);
  };
  const hasSibling = (map: Map<string, Set<string>>, card: QueueCard) => {
    const set = map.get(card.noteId);
    return set !== undefined && (set.size > 1 || !set.has(card.cardId));
  };

  interface Scheduled {
    card: QueueCard;
    due: number;
  }
  const learning: Scheduled[] = [];
  const reviews: Scheduled[] = [];
  const fresh: QueueCard[] = [];

  for (const card of input.cards) {
    const p = card.progress;
    if (p?.lastReview && p.lastReview.getTime() >= dayStart) add(reviewedToday, card);
    if (p?.suspended) continue;
    if (p === null || p.state === 0) {
      fresh.push(card);
      continue;
    }
    const due = p.due.getTime();
    if (p.state === 2) {
      reviews.push({ card, due });
      if (due < dayEnd || due <= now) add(dueToday, card);
    } else {
      learning.push({ card, due });
      if (due < dayEnd) add(dueToday, card);
    }
  }

  const byDue = (a: Scheduled, b: Scheduled) => a.due - b.due || tieBreak(a.card, b.card);
  learning.sort(byDue);
  reviews.sort(byDue);
  fresh.sort((a, b) => (b.requestedAt?.getTime() ?? -Infinity) - (a.requestedAt?.getTime() ?? -Infinity) || tieBreak(a, b));

  const learningDueNow = learning.filter((s) => s.due <= now);
  const learningToday = learning.filter((s) => s.due < dayEnd);

  const reviewsDue = reviews.filter((s) => s.due < dayEnd || s.due <= now);
  const reviewsFuture = reviews.filter((s) => !(s.due < dayEnd || s.due <= now));
  // Buried by a sibling answered today: back on the next study day.
  const buried = (s: Scheduled) => buriedBySibling(s.card.progress?.state ?? null) && hasSibling(reviewedToday, s.card);
  const shownReviews = reviewsDue.filter((s) => !buried(s)).slice(0, reviewLeft);

  const introducedNotes = new Set<string>();
  const availableNew: QueueCard[] = [];
  for (const card of fresh) {
    if (availableNew.length >= newLeft && !card.requestedAt) break;
    if (introducedNotes.has(card.noteId)) continue;
    if (buriedBySibling(card.progress?.state ?? null) && (reviewedToday.has(card.noteId) || dueToday.has(card.noteId))) continue;
    introducedNotes.add(card.noteId);
    availableNew.push(card);
  }

  const counts = { new: availableNew.length, learning: learningToday.length, review: shownReviews.length };
  const found = (card: QueueCard): Queue => ({ next: card.cardId, counts, nextDueAt: null, aheadUntil: null });

  const firstLearning = learningDueNow[0];
  if (firstLearning) return found(firstLearning.card);

  const firstReview = shownReviews[0];
  const firstNew = availableNew[0];
  if (firstReview && firstNew) {
    const reviewsTotal = nonNegative(input.reviewsDoneToday) + shownReviews.length;
    const newTotal = nonNegative(input.newIntroducedToday) + availableNew.length;
    const every = Math.max(1, Math.floor(reviewsTotal / newTotal));
    const newIsDue = nonNegative(input.reviewsDoneToday) >= (nonNegative(input.newIntroducedToday) + 1) * every;
    return found(newIsDue ? firstNew : firstReview.card);
  }
  if (firstReview) return found(firstReview.card);
  if (firstNew) return found(firstNew);

  const ahead = learnAheadOffer(learning.map((s) => ({ cardId: s.card.cardId, due: new Date(s.due) })), input.now, learnAheadMs);
  if (ahead) return { next: ahead.cardId, counts, nextDueAt: null, aheadUntil: ahead.due };

  let nextDueAt = Number.POSITIVE_INFINITY;
  const firstLaterLearning = learning.find((s) => s.due > now);
  if (firstLaterLearning) nextDueAt = firstLaterLearning.due;
  const firstFutureReview = reviewsFuture[0];
  if (firstFutureReview) nextDueAt = Math.min(nextDueAt, Math.max(firstFutureReview.due, dayEnd));
  // Due reviews held back by the cap or buried by a sibling come back on the next study day.
  if (reviewsDue.length > shownReviews.length) nextDueAt = Math.min(nextDueAt, dayEnd);

  return { next: null, counts, nextDueAt: Number.isFinite(nextDueAt) ? new Date(nextDueAt) : null, aheadUntil: null };
}

function tieBreak(a: QueueCard, b: QueueCard): number {
  return a.sortOrder - b.sortOrder || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
}

function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}
