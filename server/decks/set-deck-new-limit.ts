// A learner's own new-card limit for one deck they study (DeckStudyLimit): at most this many new
// cards of the deck a day, within their overall limit; empty removes it (docs/decisions/026).
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { store } from '../store';
import { deckNewPerDayField } from '../users/limit-fields';

export const deckNewLimitInput = z.object({
  deckId: z.string().min(1).max(200),
  deckNewCardsPerDay: deckNewPerDayField,
});
export type DeckNewLimitInput = z.infer<typeof deckNewLimitInput>;

export async function setDeckNewLimit(userId: string, input: DeckNewLimitInput): Promise<'saved' | 'not-found'> {
  // Only for a deck the learner may study (the study reader's access rule).
  if (!(await store().study.deckAndSettings(userId, input.deckId))) return 'not-found';
  const key = { userId_deckId: { userId, deckId: input.deckId } };
  if (input.deckNewCardsPerDay === null) await db.deckStudyLimit.deleteMany({ where: { userId, deckId: input.deckId } });
  else await db.deckStudyLimit.upsert({ where: key, create: { userId, deckId: input.deckId, newCardsPerDay: input.deckNewCardsPerDay }, update: { newCardsPerDay: input.deckNewCardsPerDay } });
  return 'saved';
}
