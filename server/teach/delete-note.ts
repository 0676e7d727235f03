// A teacher removes a note from one of their decks. Soft delete: the note and its cards
// leave study, each learner's progress and review history stay (and come back if the
// same word is added again).
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export const deleteNoteInput = z.object({ deckId: idSchema, noteId: idSchema });

export async function deleteNote(actor: Actor | null, raw: unknown, now = new Date()): Promise<TeachResult> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = deleteNoteInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const { deckId, noteId } = parsed.data;
  const note = await db.note.findFirst({ where: { id: noteId, deckId, deletedAt: null, deck: { ownerId: actor.id } }, select: { id: true } });
  if (!note) return fail('not-found');
  await db.$transaction([
    db.note.update({ where: { id: note.id }, data: { deletedAt: now } }),
    db.card.updateMany({ where: { noteId: note.id, deletedAt: null }, data: { deletedAt: now } }),
  ]);
  return ok(null);
}
