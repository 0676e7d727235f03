// Learn-ahead: a learning card may be shown before it is due only when nothing else is left
// today (no due learning card, review or new card), and only if it falls due within the
// learn-ahead limit. The card then comes with its due time, so the page can say so
// ("nothing else is due; this card is due in 9 min") and wait, or let the learner go on
// early. Without this, a card rated "Hard (6 min)" came straight back a second later.

export interface LearningDue {
  cardId: string;
  due: Date;
}

export interface LearnAheadOffer {
  cardId: string;
  /** When the card is really due (later than now). */
  due: Date;
}

/**
 * The card to offer early: the learning card due soonest within `limitMs` of now, or null.
 * Call it only when nothing else is left today; cards already due are not "ahead".
 */
export function learnAheadOffer(learning: readonly LearningDue[], now: Date, limitMs: number): LearnAheadOffer | null {
  const t = now.getTime();
  const limit = Number.isFinite(limitMs) && limitMs > 0 ? limitMs : 0;
  let best: LearningDue | null = null;
  for (const c of learning) {
    const due = c.due.getTime();
    if (due <= t || due > t + limit) continue;
    if (!best || due < best.due.getTime() || (due === best.due.getTime() && c.cardId < best.cardId)) best = c;
  }
  return best ? { cardId: best.cardId, due: best.due } : null;
}

/** How long the page waits before showing an offered card by itself; 0 once it is due. */
export function learnAheadWaitMs(due: Date | string, now: Date): number {
  const d = typeof due === 'string' ? Date.parse(due) : due.getTime();
  return Number.isFinite(d) ? Math.max(0, d - now.getTime()) : 0;
}
