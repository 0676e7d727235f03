// A teacher assigns one of their decks to one of their classes: every member sees it.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export const assignDeckInput = z.object({ classId: idSchema, deckId: idSchema });

export async function assignDeck(actor: Actor | null, raw: unknown): Promise<TeachResult> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = assignDeckInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const { classId, deckId } = parsed.data;
  const [cls, deck] = await Promise.all([
    db.class.findFirst({ where: { id: classId, teacherId: actor.id }, select: { id: true } }),
    db.deck.findFirst({ where: { id: deckId, ownerId: actor.id }, select: { id: true } }),
  ]);
  if (!cls || !deck) return fail('not-found');
  await db.deckAssignment.upsert({ where: { classId_deckId: { classId, deckId } }, create: { classId, deckId }, update: {} });
  return ok(null);
}
