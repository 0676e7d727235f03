// The learner's limits as they hold for one deck they may study: the deck's own new-card limit
// (null: none) and the overall ones. Null when the learner may not study the deck.
import 'server-only';
import { store } from '../store';

export interface DeckLimits {
  deckNewPerDay: number | null;
  newCardsPerDay: number;
  reviewsPerDay: number | null;
}

export async function getDeckLimits(userId: string, deckId: string): Promise<DeckLimits | null> {
  const found = await store().study.deckAndSettings(userId, deckId);
  if (!found) return null;
  const { deckNewPerDay, newCardsPerDay, reviewsPerDay } = found.settings;
  return { deckNewPerDay, newCardsPerDay, reviewsPerDay };
}
