// A teacher takes a deck back from one of their classes. Members keep their progress.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export const unassignDeckInput = z.object({ classId: idSchema, deckId: idSchema });

export async function unassignDeck(actor: Actor | null, raw: unknown): Promise<TeachResult> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = unassignDeckInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const res = await db.deckAssignment.deleteMany({ where: { classId: parsed.data.classId, deckId: parsed.data.deckId, class: { teacherId: actor.id } } });
  return res.count ? ok(null) : fail('not-found');
}
