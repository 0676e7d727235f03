// A teacher deletes one of their decks (after confirming in the UI): its notes, cards,
// assignments and the progress on it go with it.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export const deleteDeckInput = z.object({ deckId: idSchema, confirm: z.literal('yes') });

export async function deleteDeck(actor: Actor | null, raw: unknown): Promise<TeachResult> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = deleteDeckInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const res = await db.deck.deleteMany({ where: { id: parsed.data.deckId, ownerId: actor.id } });
  return res.count ? ok(null) : fail('not-found');
}
