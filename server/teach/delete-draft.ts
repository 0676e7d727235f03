// A teacher discards one of their drafts.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export const deleteDraftInput = z.object({ draftId: idSchema });

export async function deleteDraft(actor: Actor | null, raw: unknown): Promise<TeachResult> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = deleteDraftInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const res = await db.deckDraft.deleteMany({ where: { id: parsed.data.draftId, ownerId: actor.id } });
  return res.count ? ok(null) : fail('not-found');
}
