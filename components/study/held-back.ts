// What a study page does, when it opens, with the ratings its server-rendered step may not
// know of yet: those still in the outbox and those stored just before the page was read
// (./recently-sent.ts). The step shows which it does not reflect: the card is lined up with as
// many reviews as it had when it was rated. Those cards are held back (not shown again) with
// the state the rating gave them, and the counts move as the ratings moved them.
import type { Rating, Scheduler, SrsCard } from '@/lib/srs';
import type { SrsState, StudyStep } from '@/server/study/get-study-step';
import { reflects } from './recently-sent';

export type CountsDelta = StudyStep['counts'];

export interface HeldCard {
  srs: SrsCard;
  /** the id of the card's last rating on this page */
  lastRatingId: string;
}

export interface UnseenRating {
  id: string;
  cardId: string;
  rating: Rating;
  reviewedAt: string;
  /** reviews the card had when it was rated */
  baseReps?: number;
}

export function srsOf(s: SrsState | null): SrsCard | null {
  return s ? { ...s, due: new Date(s.due), lastReview: s.lastReview ? new Date(s.lastReview) : null } : null;
}

/** How a rating moves a card between the counts (new, learning, review) until the server's next step says. */
export function countsDelta(before: SrsCard | null, after: SrsCard): CountsDelta {
  const d = { new: 0, learning: 0, review: 0 };
  const from = before?.state ?? 0;
  if (from === 0) d.new -= 1;
  else if (from === 2) d.review -= 1;
  else d.learning -= 1;
  if (after.state === 1 || after.state === 3) d.learning += 1;
  return d;
}

const NO_MOVE: CountsDelta = { new: 0, learning: 0, review: 0 };

/**
 * The cards to hold back and each rating's move of the counts, for ratings in the order they
 * were made (a card rated twice moves on from its first rating). A rating the step already
 * reflects (its card is lined up with more reviews than the rating was made on: the old page's
 * request outlived it) holds nothing back and moves nothing: the step is that card's state. A
 * card the step does not line up may be counted there or not, so its ratings move nothing.
 */
export function holdBackUnseen(
  unseen: readonly UnseenRating[],
  queue: StudyStep['queue'],
  scheduler: Scheduler,
): { held: Map<string, HeldCard>; deltas: Map<string, CountsDelta> } {
  const held = new Map<string, HeldCard>();
  const deltas = new Map<string, CountsDelta>();
  const counted = new Map<string, boolean>();
  const lined = new Map(queue.map((q) => [q.cardId, q]));
  const ordered = [...unseen].sort((a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt));
  for (const p of ordered) {
    const earlier = held.get(p.cardId);
    const item = lined.get(p.cardId);
    if (!earlier && item && p.baseReps !== undefined && reflects(item, p.baseReps)) continue;
    const before = earlier ? earlier.srs : item ? srsOf(item.srs) : null;
    const at = new Date(p.reviewedAt);
    const after = scheduler.review(before ?? scheduler.newCard(at), p.rating, at, p.cardId).card;
    held.set(p.cardId, { srs: after, lastRatingId: p.id });
    const known = earlier ? counted.get(p.cardId) === true : item !== undefined;
    counted.set(p.cardId, known);
    deltas.set(p.id, known ? countsDelta(before, after) : NO_MOVE);
  }
  return { held, deltas };
}
