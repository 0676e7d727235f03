// How many new cards and reviews a learner may still meet today (docs/decisions/026), and which
// cards a sibling answered today buries. Pure: the counts are read by the caller.
import type { CardStateCode } from './types';

/** Bounds of the settings (the forms' zod schemas use them). */
export const MAX_NEW_PER_DAY = 500;
export const MIN_REVIEWS_PER_DAY = 1;
export const MAX_REVIEWS_PER_DAY = 9999;

export interface NewLimitInput {
  /** the learner's overall limit, across every deck */
  newPerDay: number;
  /** new cards met today in all decks */
  newIntroducedTodayAllDecks: number;
  /** the learner's limit for this deck; null or absent: only the overall limit holds */
  deckNewPerDay?: number | null;
  /** new cards of this deck met today */
  deckNewIntroducedToday: number;
}

/** New cards left today in this deck: what is left of the overall limit, and of the deck's own if it has one. */
export function newCardsLeft(input: NewLimitInput): number {
  const overall = Math.max(0, count(input.newPerDay) - count(input.newIntroducedTodayAllDecks));
  if (input.deckNewPerDay === null || input.deckNewPerDay === undefined) return overall;
  return Math.min(overall, Math.max(0, count(input.deckNewPerDay) - count(input.deckNewIntroducedToday)));
}

/** Which limit keeps this deck's unseen cards out of today's session, and its value. */
export type NewHeldBack = { limit: 'deck' | 'overall'; perDay: number };

/**
 * Why no new card is offered while the deck still has unseen ones: the overall limit when it is
 * used up (raising the deck's own would change nothing), else the deck's. null: nothing is held
 * back (no unseen card, or some new cards are still allowed today).
 */
export function newHeldBack(input: NewLimitInput & { unseenLeft: boolean }): NewHeldBack | null {
  if (!input.unseenLeft || newCardsLeft(input) > 0) return null;
  return newCardsLeft({ ...input, deckNewPerDay: null }) === 0
    ? { limit: 'overall', perDay: count(input.newPerDay) }
    : { limit: 'deck', perDay: count(input.deckNewPerDay ?? 0) };
}

/**
 * Reviews left today under the learner's cap (reviews of cards in review state, all decks,
 * as Anki's "maximum reviews/day": learning and relearning steps are never capped).
 * null: no cap.
 */
export function reviewsLeft(reviewsPerDay: number | null, reviewsDoneTodayAllDecks: number): number {
  if (reviewsPerDay === null) return Number.POSITIVE_INFINITY;
  return Math.max(0, count(reviewsPerDay) - count(reviewsDoneTodayAllDecks));
}

/**
 * Whether a card of a note another of whose cards was answered today waits for tomorrow (Anki's
 * "bury new siblings" and "bury review siblings"): new cards (never met: null) and reviews do;
 * a learning or relearning card does not, as its steps are minutes long and lose their point
 * if postponed.
 */
export function buriedBySibling(state: CardStateCode | null): boolean {
  return state === null || state === 0 || state === 2;
}

function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}
