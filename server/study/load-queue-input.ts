// Loads what lib/srs needs to build one learner's queue for one deck.
import 'server-only';
import type { CardStateCode, QueueCard } from '@/lib/srs';
import { db } from '../db';

export interface DeckQueueInput {
  cards: QueueCard[];
  newIntroducedToday: number;
  reviewsDoneToday: number;
}

export async function loadDeckQueueInput(userId: string, deckId: string, dayStart: Date): Promise<DeckQueueInput> {
  const [cards, progress, reviewsDoneToday] = await Promise.all([
    db.card.findMany({
      where: { deckId, deletedAt: null, note: { deletedAt: null } },
      select: { id: true, noteId: true, sortOrder: true },
      orderBy: { sortOrder: 'asc' },
    }),
    db.cardProgress.findMany({
      where: { userId, deckId },
      select: { cardId: true, state: true, due: true, suspended: true, lastReview: true, firstSeenAt: true },
    }),
    db.reviewLog.count({ where: { userId, deckId, serverAt: { gte: dayStart }, stateBefore: 2 } }),
  ]);
  const byCard = new Map(progress.map((p) => [p.cardId, p]));
  let newIntroducedToday = 0;
  for (const p of progress) if (p.firstSeenAt >= dayStart) newIntroducedToday++;
  return {
    cards: cards.map((c) => {
      const p = byCard.get(c.id);
      return {
        cardId: c.id,
        noteId: c.noteId,
        sortOrder: c.sortOrder,
        progress: p ? { state: p.state as CardStateCode, due: p.due, suspended: p.suspended, lastReview: p.lastReview } : null,
      };
    }),
    newIntroducedToday,
    reviewsDoneToday,
  };
}
