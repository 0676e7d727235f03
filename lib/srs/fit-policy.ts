/**
 * When a learner's FSRS parameters are fitted to their own review log, what the optimiser is
 * given, which reviews are held back to judge the fit, and when the fitted parameters are
 * used (docs/decisions/028). Pure: the log, the time zone and the numbers are passed in; the
 * optimiser itself (@open-spaced-repetition/binding, native) runs on the server.
 */
import { createScheduler } from './scheduler';
import { studyDayKey } from './study-day';
import type { Rating } from './types';

/**
 * fsrs-rs trains fully only from 64 items (reviews with an earlier review of the same card on
 * another day); with fewer it returns its pre-trained initial stabilities and nothing else.
 */
export const MIN_TRAINING_ITEMS = 64;
/** Share of the items, the latest by time, the fit does not see and is judged on. */
export const HELD_BACK_FRACTION = 0.2;
/** Held-back items below this many judge nothing. */
export const MIN_HELD_BACK_ITEMS = 16;
/** Rated reviews before a first fit is tried: items ≤ reviews, so fewer can never be enough. */
export const MIN_FIT_REVIEWS = Math.ceil(MIN_TRAINING_ITEMS / (1 - HELD_BACK_FRACTION));
/** New rated reviews since the last fit that make the next one due. */
export const REFIT_EVERY_REVIEWS = 500;
/** After a fit found too few items (many reviews on the same day), it is tried again after this many. */
export const RETRY_AFTER_TOO_FEW_REVIEWS = 100;

/**
 * What a SchedulerFit row records: a fit adopted, kept (it did not predict better) or too few
 * items to fit on; or `reset`, no fit at all: the learner went back to the default parameters.
 */
export type FitOutcome = 'adopted' | 'kept' | 'too-few' | 'reset';

/** Why a fit is asked for: by itself after reviews, or by the learner ("Fit my scheduler now"). */
export type FitReason = 'auto' | 'requested';

/** One row of the learner's review log, as the store reads it (undone rows left out). */
export interface FitLogRow {
  cardId: string;
  /** 1–4; 0 is a manual row (reset, "I know this": docs/decisions/025) */
  rating: number;
  /** card state after the row (0: new, which after a manual row means the card was reset) */
  stateAfter: number;
  /** study-day key the review counted in ('' for rows written before the key was kept) */
  day: string;
  at: Date;
}

/** One review as the optimiser sees it: the rating and the whole days since the card's previous review. */
export interface FitReview {
  rating: Rating;
  deltaT: number;
}

/** A card's reviews up to and including the one whose recall is predicted (fsrs-rs FSRSItem). */
export type FitItem = FitReview[];

export interface FitItems {
  train: FitItem[];
  heldBack: FitItem[];
}

/** Whether the log holds enough to fit on and to judge the fit. */
export function enoughItems(items: FitItems): boolean {
  return items.train.length >= MIN_TRAINING_ITEMS && items.heldBack.length >= MIN_HELD_BACK_ITEMS;
}

export interface FitDueInput {
  reason: FitReason;
  /** the learner's setting: are fits asked for by themselves? */
  autoFit: boolean;
  /** rated reviews in the learner's log now */
  reviews: number;
  /** the learner's last fit (or reset), if any */
  last: { reviews: number; outcome: FitOutcome } | null;
}

/**
 * Whether a fit may run for this reason: one the learner asks for always may; an automatic one
 * only while the learner leaves automatic fitting on (a job asked for before they turned it
 * off is dropped when a server picks it up, by this same rule).
 */
export function fitAllowed(reason: FitReason, autoFit: boolean): boolean {
  return reason === 'requested' || autoFit;
}

/**
 * Whether a fit is due. One the learner asks for is, unless their last fit already ran on every
 * review they have (it would find the same again: pressing the button over and over ran a fit
 * each time); after going back to the defaults it is. An automatic one only if allowed
 * (fitAllowed), first from MIN_FIT_REVIEWS rated reviews, then REFIT_EVERY_REVIEWS after the
 * last fit, or after the learner went back to the defaults (a reset counts as a fit here, so
 * turning automatic fitting on again does not re-adopt at once: docs/decisions/028).
 */
export function fitDue({ reason, autoFit, reviews, last }: FitDueInput): boolean {
  if (!fitAllowed(reason, autoFit)) return false;
  if (reason === 'requested') return !last || last.outcome === 'reset' || reviews > last.reviews;
  if (!last) return reviews >= MIN_FIT_REVIEWS;
  const step = last.outcome === 'too-few' ? RETRY_AFTER_TOO_FEW_REVIEWS : REFIT_EVERY_REVIEWS;
  return reviews >= Math.max(MIN_FIT_REVIEWS, last.reviews + step);
}

function dayNumber(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / 86_400_000);
}

/**
 * The optimiser's items from a review log. Manual rows (rating 0) are no reviews and are
 * skipped, as fsrs-rs skips Anki's manual entries; a reset (a manual row leaving the card new)
 * starts the card's history afresh, since the memory it had is gone from the schedule too.
 * Days are counted at the learner's day boundary (the row's own study day). Each review after
 * a card's first, on a later day than the one before it, is one item: its history is the
 * card's earlier reviews (same-day ones included, with deltaT 0, for FSRS-6's short-term
 * terms). The latest HELD_BACK_FRACTION of those items by time are held back: the fit never
 * sees them and both parameter sets are judged on them, as the learner's future would judge
 * them. Held-back items keep their full history (the earlier reviews may be in training).
 */
export function buildFitItems(log: readonly FitLogRow[], timeZone: string, dayStartHour: number): FitItems {
  const byCard = new Map<string, FitLogRow[]>();
  for (const row of log) {
    const rows = byCard.get(row.cardId);
    if (rows) rows.push(row);
    else byCard.set(row.cardId, [row]);
  }
  const items: { at: number; item: FitItem }[] = [];
  for (const rows of byCard.values()) {
    rows.sort((a, b) => a.at.getTime() - b.at.getTime());
    let history: FitReview[] = [];
    let lastDay = 0;
    for (const row of rows) {
      if (row.rating < 1 || row.rating > 4) {
        if (row.stateAfter === 0) history = [];
        continue;
      }
      const day = dayNumber(row.day || studyDayKey(row.at, timeZone, dayStartHour));
      const review: FitReview = { rating: row.rating as Rating, deltaT: history.length ? Math.max(0, day - lastDay) : 0 };
      history = [...history, review];
      lastDay = day;
      if (history.length > 1 && review.deltaT > 0) items.push({ at: row.at.getTime(), item: history });
    }
  }
  items.sort((a, b) => a.at - b.at);
  const heldBack = Math.round(items.length * HELD_BACK_FRACTION);
  const cut = items.length - heldBack;
  return { train: items.slice(0, cut).map((i) => i.item), heldBack: items.slice(cut).map((i) => i.item) };
}

/** How well a parameter set predicts the held-back reviews (fsrs-rs evaluate: log loss, RMSE over bins). */
export interface FitScore {
  logLoss: number;
  rmse: number;
}

export interface AdoptionInput {
  /** the parameters in use when the fit ran (the defaults when none were adopted yet) */
  before: FitScore;
  defaults: FitScore;
  after: FitScore;
}

/**
 * The fitted parameters are used only when they predict the held-back reviews better (lower
 * log loss) than both the defaults and the parameters in use: a fit on a small or odd log can
 * be worse than FSRS's defaults, and then the learner keeps what they had.
 */
export function shouldAdopt({ before, defaults, after }: AdoptionInput): boolean {
  if (![after.logLoss, after.rmse].every(Number.isFinite)) return false;
  return after.logLoss < before.logLoss && after.logLoss < defaults.logLoss;
}

/** Intervals in days the scheduler gives a new card answered Good twice (through its learning steps) or Easy once. */
export interface FirstIntervals {
  good: number;
  easy: number;
}

/**
 * What a parameter set means for a learner's new cards, through the app's own scheduler
 * (no fuzz): the interval after a new card is answered Good at each learning step until it
 * graduates, and after it is answered Easy. Settings compares these before and after a fit.
 */
export function firstIntervals(weights: readonly number[] | null, desiredRetention: number): FirstIntervals {
  const scheduler = createScheduler({ weights: weights ? [...weights] : null, desiredRetention, enableFuzz: false });
  const start = new Date(Date.UTC(2026, 0, 1, 9));
  const days = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 864_000) / 100;
  const easy = scheduler.review(scheduler.newCard(start), 4, start, 'first-intervals').card;
  let card = scheduler.newCard(start);
  let now = start;
  for (let step = 0; step < 5 && card.state !== 2; step++) {
    card = scheduler.review(card, 3, now, 'first-intervals').card;
    if (card.state !== 2) now = card.due;
  }
  return { good: days(now, card.due), easy: days(start, easy.due) };
}
