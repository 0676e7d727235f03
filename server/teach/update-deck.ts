// A teacher renames and describes one of their decks.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { deckDescriptionSchema, deckTitleSchema, idSchema } from './schemas';

export const updateDeckInput = z.object({ deckId: idSchema, title: deckTitleSchema, description: deckDescriptionSchema });

export async function updateDeck(actor: Actor | null, raw: unknown): Promise<TeachResult> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = updateDeckInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const { deckId, title, description } = parsed.data;
  const res = await db.deck.updateMany({ where: { id: deckId, ownerId: actor.id }, data: { title, description } });
  return res.count ? ok(null) : fail('not-found');
}
