// Ratings the server has stored, kept for a few minutes in this browser. A reload can race a
// rating: the server renders the new page from what it read before that rating was stored,
// while the old page still got the answer and cleared the rating from the outbox. Neither the
// outbox nor the step then knows of it, and the card just answered would be shown again. A
// rating is written here before it leaves the outbox, so the page always has it in one of the
// two; and the step says whether it already reflects it (the card's reviews went past the
// count the rating was made on).
export interface SentRating {
  id: string;
  cardId: string;
  rating: 1 | 2 | 3 | 4;
  reviewedAt: string;
  /** reviews the card had when it was rated */
  baseReps: number;
  /** when the server's answer arrived (ms) */
  sentAt: number;
}

/** Long past any page the server rendered before the rating was stored. */
export const SENT_KEPT_MS = 10 * 60_000;
const KEPT_AT_MOST = 32;

/** The list with `rating` added, without entries older than SENT_KEPT_MS, newest last. */
export function withSent(list: readonly SentRating[], rating: SentRating, now: number): SentRating[] {
  const kept = list.filter((r) => r.id !== rating.id && now - r.sentAt < SENT_KEPT_MS);
  return [...kept, rating].slice(-KEPT_AT_MOST);
}

export function withoutSent(list: readonly SentRating[], id: string): SentRating[] {
  return list.filter((r) => r.id !== id);
}

/** Whether a step already shows a rating made when its card had `baseReps` reviews: the card it lines up has another count (the rating was stored). */
export function reflects(lined: { srs: { reps: number } | null }, baseReps: number): boolean {
  return (lined.srs?.reps ?? 0) !== baseReps;
}

/**
 * The recent ratings a step does not reflect yet: the card is in the step's queue with as many
 * reviews as it had when it was rated. A card the step does not line up is not shown from it.
 */
export function notReflected(
  list: readonly SentRating[],
  queue: readonly { cardId: string; srs: { reps: number } | null }[],
  now: number,
): SentRating[] {
  const lined = new Map(queue.map((q) => [q.cardId, q]));
  return list.filter((r) => {
    const item = lined.get(r.cardId);
    return now - r.sentAt < SENT_KEPT_MS && item !== undefined && !reflects(item, r.baseReps);
  });
}

/** Parses what storage holds; anything malformed counts as nothing sent. */
export function parseSent(raw: string | null): SentRating[] {
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    if (!Array.isArray(v)) return [];
    return v.filter((r): r is SentRating =>
      !!r && typeof r === 'object' && typeof r.id === 'string' && typeof r.cardId === 'string' &&
      [1, 2, 3, 4].includes(r.rating) && typeof r.reviewedAt === 'string' && !Number.isNaN(Date.parse(r.reviewedAt)) &&
      Number.isInteger(r.baseReps) && Number.isFinite(r.sentAt));
  } catch {
    return [];
  }
}
