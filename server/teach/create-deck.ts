// A teacher creates an empty private deck.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from '../db';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { ownedLimitIssue } from './owned-limits';
import { deckDescriptionSchema, deckTitleSchema } from './schemas';

export const createDeckInput = z.object({ title: deckTitleSchema, description: deckDescriptionSchema });

export async function createDeck(actor: Actor | null, raw: unknown): Promise<TeachResult<{ id: string }>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = createDeckInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const full = await ownedLimitIssue('decks', actor.id);
  if (full) return fail('invalid', [full]);
  const id = `t-${randomUUID()}`;
  await db.deck.create({ data: { id, ownerId: actor.id, title: parsed.data.title, description: parsed.data.description, visibility: 'private' } });
  return ok({ id });
}
